import { describe, expect, it } from 'vitest';
import { type TRANSFER_IN_STATES, TRANSFER_OUT_STATES } from '../../../shared/contract/transfers';
import { AppError } from '../../../shared/errors';
import {
  inActions,
  initialOutState,
  isOpenOut,
  nextInState,
  nextOutState,
  outActions,
  type InEvent,
  type OutEvent,
} from './machine';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('TRANSFER_STATE');
    return (error as AppError).message;
  }
  throw new Error('expected a refusal');
}

describe('transfer out', () => {
  it('starts awaiting the head only where the profile asks for approval', () => {
    expect(initialOutState(true)).toBe('awaiting-approval');
    expect(initialOutState(false)).toBe('ready');
  });

  it('walks approve → send → receipt → answer, and refused → escalate → decide', () => {
    const walk = (events: OutEvent[], needsApproval: boolean) =>
      events.reduce((state, event) => nextOutState(state, event, needsApproval), initialOutState(needsApproval));
    expect(walk(['approve', 'send', 'receipt', 'answer-accepted'], true)).toBe('accepted');
    expect(walk(['send', 'receipt', 'answer-refused', 'escalate', 'decide'], false)).toBe('decided');
    expect(walk(['send', 'receipt', 'answer-reported', 'decide'], false)).toBe('decided');
    expect(walk(['withdraw'], false)).toBe('withdrawn');
  });

  it('sends an edited, approved transfer back to the head', () => {
    expect(nextOutState('ready', 'edit', true)).toBe('awaiting-approval');
    expect(nextOutState('ready', 'edit', false)).toBe('ready');
  });

  it('refuses out-of-order steps, in words that say what to do', () => {
    expect(refusal(() => nextOutState('awaiting-approval', 'send', true))).toContain('须经负责人批准');
    expect(refusal(() => nextOutState('sent', 'answer-accepted', false))).toContain('送达回证');
    expect(refusal(() => nextOutState('refused', 'send', false))).toContain('不得再行移送');
    expect(refusal(() => nextOutState('accepted', 'withdraw', false))).toContain('已受理');
  });

  it('offers as actions exactly the events each state allows', () => {
    const eventsOf: Record<string, OutEvent[]> = {
      edit: ['edit'],
      approve: ['approve'],
      send: ['send'],
      withdraw: ['withdraw'],
      receipt: ['receipt'],
      answer: ['answer-accepted', 'answer-refused', 'answer-reported'],
      escalate: ['escalate'],
      decide: ['decide'],
    };
    for (const state of TRANSFER_OUT_STATES) {
      for (const [action, events] of Object.entries(eventsOf)) {
        const allowed = events.every((event) => {
          try {
            nextOutState(state, event, true);
            return true;
          } catch {
            return false;
          }
        });
        expect(outActions(state).includes(action as never), `${state} ${action}`).toBe(allowed);
      }
    }
  });
});

describe('transfer in', () => {
  it('is acknowledged before it is answered, and only an escalated one awaits a decision', () => {
    const walk = (events: InEvent[]) =>
      events.reduce((state, event) => nextInState(state, event), 'registered' as (typeof TRANSFER_IN_STATES)[number]);
    expect(walk(['acknowledge', 'answer-accepted'])).toBe('accepted');
    expect(walk(['acknowledge', 'answer-refused'])).toBe('refused');
    expect(walk(['acknowledge', 'answer-escalated', 'decide'])).toBe('decided');
    expect(refusal(() => nextInState('registered', 'answer-accepted'))).toContain('送达回证');
    expect(refusal(() => nextInState('refused', 'decide'))).toContain('不予受理');
  });

  it('asks for a case link once the case is ours and has none', () => {
    expect(inActions('accepted', false, null)).toEqual(['link-case']);
    expect(inActions('accepted', true, null)).toEqual([]);
    expect(inActions('decided', false, 'ours')).toEqual(['link-case']);
    expect(inActions('decided', false, 'sender')).toEqual([]);
    expect(inActions('registered', false, null)).toEqual(['acknowledge']);
  });

  it('ends a judicial transfer answered 不予立案: no report to the government, no 不得再行移送', () => {
    expect(nextOutState('received', 'answer-refused', false, 'judicial')).toBe('refused');
    expect(refusal(() => nextOutState('received', 'answer-reported', false, 'judicial'))).toContain(
      '不报请政府决定管辖',
    );
    expect(refusal(() => nextOutState('refused', 'escalate', false, 'judicial'))).toContain('司法机关已不予立案');
    const send = refusal(() => nextOutState('refused', 'send', false, 'judicial'));
    expect(send).toContain('该移送已办结');
    expect(send).not.toContain('不得再行移送');
    expect(outActions('refused', 'judicial')).toEqual([]);
    expect(outActions('refused', 'jurisdiction')).toEqual(['escalate']);
    expect(isOpenOut({ state: 'refused', target: 'judicial' })).toBe(false);
    expect(isOpenOut({ state: 'refused', target: 'jurisdiction' })).toBe(true);
  });
});
