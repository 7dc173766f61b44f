// The life of a transfer, as pure functions: which step may follow which. Out: prepared (and, where
// the profile says so, approved by the head) → sent → received (receipt of service) → answered:
// accepted, refused (then escalated to the government, never sent on), or reported to the
// government by the receiver → decided. A transfer to the judicial organs (涉嫌犯罪) answered 不予立案
// ends at refused: a refusal by 公安/检察 is no jurisdiction dispute, so there is no report to the
// government and no decision to wait for. In: registered → acknowledged → accepted / refused /
// escalated → decided. The services call these before writing anything.

import {
  TRANSFER_IN_STATE_LABELS,
  TRANSFER_OUT_STATE_LABELS,
  type TransferInAction,
  type TransferInState,
  type TransferOutAction,
  type TransferOutState,
  type TransferTarget,
} from '../../../shared/contract/transfers';
import { AppError } from '../../../shared/errors';

export type OutEvent =
  | 'edit'
  | 'approve'
  | 'send'
  | 'withdraw'
  | 'receipt'
  | 'answer-accepted'
  | 'answer-refused'
  | 'answer-reported'
  | 'escalate'
  | 'decide';
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
  if (state === 'sent' && event.startsWith('answer'))
    return '尚未登记受移送单位签收的送达回证，请先登记回证再登记答复。';
  if (state === 'refused' && event !== 'escalate') return '受移送单位已不予受理：应当书面报请政府决定，不得再行移送。';
  if (event === 'approve' && state === 'ready') return '该移送已经批准或无须批准。';
  return `该移送当前为“${TRANSFER_OUT_STATE_LABELS[state]}”，不能${OUT_EVENT_LABELS[event]}。`;
}

/**
 * Steps that start a jurisdiction dispute between administrative bodies. ('decide' stays open, so a
 * judicial transfer escalated before this rule existed can still be closed.)
 */
const DISPUTE_EVENTS: readonly OutEvent[] = ['answer-reported', 'escalate'];

/**
 * The state after `event`; an edit of an approved transfer needs the head's approval again. A
 * transfer to the judicial organs has no report to the government (涪陵府办〔2024〕1号 二(三) is for
 * disputes between administrative bodies).
 */
export function nextOutState(
  state: TransferOutState,
  event: OutEvent,
  needsApproval: boolean,
  target: TransferTarget = 'jurisdiction',
): TransferOutState {
  if (target === 'judicial' && DISPUTE_EVENTS.includes(event)) {
    const refused = state === 'refused' ? '司法机关已不予立案，' : '';
    throw new AppError(
      'TRANSFER_STATE',
      `${refused}移送司法机关（涉嫌犯罪）的案件不属于行政机关之间的管辖争议，不报请政府决定管辖。`,
      { state, event },
    );
  }
  const next = OUT[state][event];
  if (!next && target === 'judicial' && state === 'refused') {
    throw new AppError('TRANSFER_STATE', `司法机关已不予立案，该移送已办结，不能${OUT_EVENT_LABELS[event]}。`, {
      state,
      event,
    });
  }
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
export function outActions(state: TransferOutState, target: TransferTarget = 'jurisdiction'): TransferOutAction[] {
  if (target === 'judicial') return OUT_ACTIONS[state].filter((action) => action !== 'escalate');
  return [...OUT_ACTIONS[state]];
}

export function inActions(state: TransferInState, hasCase: boolean, decision: string | null): TransferInAction[] {
  if (state === 'registered') return ['acknowledge'];
  if (state === 'acknowledged') return ['answer'];
  if (state === 'escalated') return ['decide'];
  const ours = state === 'accepted' || (state === 'decided' && decision === 'ours');
  return ours && !hasCase ? ['link-case'] : [];
}

/** States in which a transfer out still waits on someone (see isOpenOut for a judicial one). */
export const OPEN_OUT_STATES: readonly TransferOutState[] = [
  'awaiting-approval',
  'ready',
  'sent',
  'received',
  'refused',
  'escalated',
];

/** Whether a transfer still waits on someone: a judicial one answered 不予立案 waits on nobody here. */
export function isOpenOut(row: { state: TransferOutState; target: TransferTarget }): boolean {
  if (row.target === 'judicial' && row.state === 'refused') return false;
  return OPEN_OUT_STATES.includes(row.state);
}
