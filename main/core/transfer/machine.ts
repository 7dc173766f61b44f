// The life of a transfer, as pure functions: which step may follow which. Out: prepared (and, where
// the profile says so, approved by the head) → sent → received (receipt of service) → answered:
// accepted, refused (then escalated to the government, never sent on), or reported to the
// government by the receiver → decided. In: registered → acknowledged → accepted / refused /
// escalated → decided. The services call these before writing anything.

import {
  TRANSFER_IN_STATE_LABELS,
  TRANSFER_OUT_STATE_LABELS,
  type TransferInAction,
  type TransferInState,
  type TransferOutAction,
  type TransferOutState,
} from '../../../shared/contract/transfers';
import { AppError } from '../errors';

export type OutEvent = 'edit' | 'approve' | 'send' | 'withdraw' | 'receipt' | 'answer-accepted' | 'answer-refused' | 'answer-reported' | 'escalate' | 'decide';
export type InEvent = 'acknowledge' | 'answer-accepted' | 'answer-refused' | 'answer-escalated' | 'decide';

const OUT: Record<TransferOutState, Partial<Record<OutEvent, TransferOutState>>> = {
  'awaiting-approval': { edit: 'awaiting-approval', approve: 'ready', withdraw: 'withdrawn' },
  ready: { edit: 'ready', send: 'sent', withdraw: 'withdrawn' },
  sent: { receipt: 'received' },
  received: { 'answer-accepted': 'accepted', 'answer-refused': 'refused', 'answer-reported': 'escalated' },
  refused: { escalate: 'escalated' },
  escalated: { decide: 'decided' },
  accepted: {},
  decided: {},
  withdrawn: {},
};

const IN: Record<TransferInState, Partial<Record<InEvent, TransferInState>>> = {
  registered: { acknowledge: 'acknowledged' },
  acknowledged: { 'answer-accepted': 'accepted', 'answer-refused': 'refused', 'answer-escalated': 'escalated' },
  escalated: { decide: 'decided' },
  accepted: {},
  refused: {},
  decided: {},
};

const OUT_EVENT_LABELS: Record<OutEvent, string> = {
  edit: '修改',
  approve: '批准',
  send: '移送',
  withdraw: '撤回',
  receipt: '登记送达回证',
  'answer-accepted': '登记答复',
  'answer-refused': '登记答复',
  'answer-reported': '登记答复',
  escalate: '报请政府决定',
  decide: '登记政府决定',
};

const IN_EVENT_LABELS: Record<InEvent, string> = {
  acknowledge: '出具送达回证',
  'answer-accepted': '答复',
  'answer-refused': '答复',
  'answer-escalated': '报请政府决定',
  decide: '登记政府决定',
};

/** Why a step is refused, in words that say what to do instead. */
function outRefusal(state: TransferOutState, event: OutEvent): string {
  if (state === 'awaiting-approval' && event === 'send') return '该移送须经负责人批准后方可移送，请先由负责人批准。';
  if (state === 'sent' && event.startsWith('answer')) return '尚未登记受移送单位签收的送达回证，请先登记回证再登记答复。';
  if (state === 'refused' && event !== 'escalate') return '受移送单位已不予受理：应当书面报请政府决定，不得再行移送。';
  if (event === 'approve' && state === 'ready') return '该移送已经批准或无须批准。';
  return `该移送当前为“${TRANSFER_OUT_STATE_LABELS[state]}”，不能${OUT_EVENT_LABELS[event]}。`;
}

/** The state after `event`; an edit of an approved transfer needs the head's approval again. */
export function nextOutState(state: TransferOutState, event: OutEvent, needsApproval: boolean): TransferOutState {
  const next = OUT[state][event];
  if (!next) throw new AppError('TRANSFER_STATE', outRefusal(state, event), { state, event });
  if (event === 'edit' && needsApproval) return 'awaiting-approval';
  return next;
}

export function initialOutState(needsApproval: boolean): TransferOutState {
  return needsApproval ? 'awaiting-approval' : 'ready';
}

export function nextInState(state: TransferInState, event: InEvent): TransferInState {
  const next = IN[state][event];
  if (!next) {
    const message =
      state === 'registered' && event.startsWith('answer')
        ? '请先出具送达回证（签收移送的材料），再答复受理情况。'
        : `该接收记录当前为“${TRANSFER_IN_STATE_LABELS[state]}”，不能${IN_EVENT_LABELS[event]}。`;
    throw new AppError('TRANSFER_STATE', message, { state, event });
  }
  return next;
}

const OUT_ACTIONS: Record<TransferOutState, TransferOutAction[]> = {
  'awaiting-approval': ['approve', 'edit', 'withdraw'],
  ready: ['send', 'edit', 'withdraw'],
  sent: ['receipt'],
  received: ['answer'],
  refused: ['escalate'],
  escalated: ['decide'],
  accepted: [],
  decided: [],
  withdrawn: [],
};

/** The steps a person may take next, for the buttons on screen. */
export function outActions(state: TransferOutState): TransferOutAction[] {
  return [...OUT_ACTIONS[state]];
}

export function inActions(state: TransferInState, hasCase: boolean, decision: string | null): TransferInAction[] {
  if (state === 'registered') return ['acknowledge'];
  if (state === 'acknowledged') return ['answer'];
  if (state === 'escalated') return ['decide'];
  const ours = state === 'accepted' || (state === 'decided' && decision === 'ours');
  return ours && !hasCase ? ['link-case'] : [];
}

/** States in which a transfer out still waits on someone. */
export const OPEN_OUT_STATES: readonly TransferOutState[] = ['awaiting-approval', 'ready', 'sent', 'received', 'refused', 'escalated'];
