// 管辖争议 (衢政办发〔2022〕16号 第六条–第九条): negotiate first; when that fails, a written request (第七条)
// to the body the office's profile names (涪陵: 区政府; 周村: 区编办、区政府法制办, then 区政府; 郯城: 县司法局
// or 县委编办 — the same route the transfers use, main/core/profiles/local-rules.ts); then the body's
// opinion (第八条), the 会商 (第九条) and the government's decision. An escalated transfer opens one in
// its own transaction. Every step is audited; steps cannot be dated before what they answer.

import type { DisputeSummary, DisputeView, ParsedInputOf } from '../../../shared/contract';
import { DISPUTE_STEP_LABELS, type DisputeState, type DisputeStep } from '../../../shared/contract/disputes';
import type { RuleProfile } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { appendAudit, auditForEntity } from '../audit/log';
import { actorName } from '../session/operator';
import { getCase } from '../cases/service';
import { clockOf, type Clock } from '../calendar/clock';
import { officeDateOf } from '../calendar/officeTime';
import { deadlineView } from '../transfers/deadlines';
import { disputeAdvice, disputeView as routeView } from '../transfers/rules';
import { getProfile, officeDefaultProfileId, resolveCaseProfile } from '../profiles/service';
import { localRules } from '../profiles/local-rules';
import { registerLimit, registerRules } from '../profiles/registers';
import {
  closeDispute,
  disputeOfTransfer,
  disputeRow,
  disputeRows,
  disputeRowsOfCase,
  disputeSteps,
  insertDispute,
  insertDisputeStep,
  openDisputeRows,
  recordDisputeRequest,
  touchDispute,
  transferLabel,
  type DisputeRecord,
  type DisputeStepRecord,
} from './store';
import { registeredOrg } from '../orgs/store';
import { chineseDate } from '../../../shared/domain/calendar';

export const DISPUTE_ENTITY = 'dispute';

interface Org {
  id: number;
  name: string;
  kind: string;
}

function org(ctx: CoreContext, id: number, field: string): Org {
  return registeredOrg(ctx.db, id, { field });
}

function profileOf(ctx: CoreContext, row: Pick<DisputeRecord, 'profile_id' | 'profile_version'>): RuleProfile {
  return getProfile(ctx.db, row.profile_id, row.profile_version);
}

function stateOf(row: DisputeRecord, steps: DisputeStepRecord[]): DisputeState {
  if (row.closed_on) return 'closed';
  if (!row.requested_on) return 'negotiating';
  const last = steps.at(-1);
  if (!last) return 'requested';
  if (last.step === 'opinion') return 'consulting';
  return 'government';
}

function actionsOf(state: DisputeState): DisputeView['actions'] {
  switch (state) {
    case 'negotiating':
      return ['request', 'settled'];
    case 'requested':
      return ['opinion', 'decision'];
    case 'consulting':
      return ['consultation', 'decision'];
    case 'government':
      return ['decision'];
    case 'closed':
      return [];
  }
}

/** Only one period applies: after negotiation fails, the written request goes out (an office setting in every shipped profile). */
function deadlineOf(ctx: CoreContext, row: DisputeRecord, clock: Clock) {
  if (row.closed_on || row.requested_on) return null;
  const limit = registerLimit(registerRules(profileOf(ctx, row)).disputeRequestWorkingDays, '书面提请协调处理');
  return deadlineView(
    clock.calendar,
    clock.now,
    limit,
    { date: row.opened_on, instant: null },
    '提请协调',
    '已超过本单位设定的提请期限',
  );
}

export function disputeSummary(ctx: CoreContext, row: DisputeRecord, clock: Clock): DisputeSummary {
  const steps = disputeSteps(ctx.db, row.id);
  const counterpart = org(ctx, row.counterpart_org_id, 'counterpartOrgId');
  const body = row.body_org_id === null ? null : org(ctx, row.body_org_id, 'bodyOrgId');
  return {
    id: row.id,
    counterpart: { id: counterpart.id, name: counterpart.name },
    matter: row.matter,
    openedOn: row.opened_on,
    body: body ? { id: body.id, name: body.name } : null,
    state: stateOf(row, steps),
    deadline: deadlineOf(ctx, row, clock),
    updatedAt: row.updated_at,
  };
}

function requireRow(ctx: CoreContext, id: number): DisputeRecord {
  const row = disputeRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的管辖争议记录`);
  return row;
}

export function disputeView(ctx: CoreContext, id: number): DisputeView {
  const row = requireRow(ctx, id);
  const clock = clockOf(ctx);
  const summary = disputeSummary(ctx, row, clock);
  const profile = profileOf(ctx, row);
  const linked = row.case_id === null ? null : getCase(ctx, row.case_id);
  const steps = disputeSteps(ctx.db, row.id);
  return {
    ...summary,
    linkedCase: linked ? { id: linked.id, caseNumber: linked.caseNumber } : null,
    transfer:
      row.transfer_kind && row.transfer_id !== null
        ? {
            kind: row.transfer_kind,
            id: row.transfer_id,
            label: transferLabel(ctx.db, row.transfer_kind, row.transfer_id),
          }
        : null,
    negotiation: row.negotiation,
    request: row.requested_on
      ? {
          requestedOn: row.requested_on,
          focus: row.focus,
          ourView: row.our_view,
          ourBasis: row.our_basis,
          theirView: row.their_view,
          theirBasis: row.their_basis,
          otherNotes: row.other_notes,
        }
      : null,
    steps: steps.map((step) => ({
      id: step.id,
      step: step.step,
      onDate: step.on_date,
      agreed: step.agreed === 1,
      body: step.body,
      text: step.text,
      recordedBy: step.recorded_by,
    })),
    closedOn: row.closed_on,
    outcome: row.outcome,
    route: routeView(profile),
    profile: { id: profile.id, version: profile.version, name: profile.name },
    actions: actionsOf(summary.state),
    history: auditForEntity(ctx.db, DISPUTE_ENTITY, String(row.id)).map(({ at, actor, summary: text }) => ({
      at,
      actor,
      summary: text,
    })),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function listDisputes(ctx: CoreContext, input: ParsedInputOf<'disputes.list'>): DisputeSummary[] {
  const clock = clockOf(ctx);
  return disputeRows(ctx.db, { open: input.scope === 'open', search: input.search }).map((row) =>
    disputeSummary(ctx, row, clock),
  );
}

export function disputesOfCase(ctx: CoreContext, caseId: number): DisputeSummary[] {
  const clock = clockOf(ctx);
  return disputeRowsOfCase(ctx.db, caseId).map((row) => disputeSummary(ctx, row, clock));
}

export function openDisputes(ctx: CoreContext): DisputeSummary[] {
  const clock = clockOf(ctx);
  return openDisputeRows(ctx.db).map((row) => disputeSummary(ctx, row, clock));
}

function audit(ctx: CoreContext, id: number, action: string, summary: string, after: unknown): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity: DISPUTE_ENTITY,
    entityId: String(id),
    summary,
    before: undefined,
    after,
  });
}

function today(ctx: CoreContext): string {
  return officeDateOf(ctx.now().toISOString());
}

function assertNotAfterToday(ctx: CoreContext, date: string, label: string, field: string): void {
  if (date > today(ctx)) {
    throw new AppError('DISPUTE_DATE', `${label}（${chineseDate(date)}）晚于今天，请核对。`, { field });
  }
}

export function createDispute(ctx: CoreContext, input: ParsedInputOf<'disputes.create'>): DisputeView {
  assertNotAfterToday(ctx, input.openedOn, '发生争议的日期', 'openedOn');
  const counterpart = org(ctx, input.counterpartOrgId, 'counterpartOrgId');
  if (input.caseId !== null) getCase(ctx, input.caseId);
  const profile =
    input.caseId !== null
      ? resolveCaseProfile(ctx.db, input.caseId).profile
      : getProfile(ctx.db, officeDefaultProfileId(ctx.db));
  const id = insertDispute(ctx.db, {
    counterpart_org_id: counterpart.id,
    matter: input.matter,
    case_id: input.caseId,
    transfer_kind: null,
    transfer_id: null,
    opened_on: input.openedOn,
    negotiation: input.negotiation,
    body_org_id: null,
    profile_id: profile.id,
    profile_version: profile.version,
    created_at: ctx.now().toISOString(),
    created_by: actorName(ctx),
  });
  audit(ctx, id, 'dispute.create', `登记与${counterpart.name}的管辖争议：${input.matter}`, input);
  return disputeView(ctx, id);
}

/**
 * An escalated transfer (transfers.out.escalate, or a transfer received answered 报请政府决定) opens the
 * dispute it is, in the escalation's transaction: the body it was reported to is filled in; the
 * written request (第七条) is the clerk's to complete.
 */
export function openDisputeFromTransfer(
  ctx: CoreContext,
  transfer: {
    kind: 'out' | 'in';
    id: number;
    caseId: number | null;
    counterpartOrgId: number;
    bodyOrgId: number | null;
    matter: string;
    openedOn: string;
    note: string;
    profileId: string;
    profileVersion: number;
  },
): void {
  if (disputeOfTransfer(ctx.db, transfer.kind, transfer.id)) return;
  const counterpart = org(ctx, transfer.counterpartOrgId, 'counterpartOrgId');
  const id = insertDispute(ctx.db, {
    counterpart_org_id: counterpart.id,
    matter: transfer.matter,
    case_id: transfer.caseId,
    transfer_kind: transfer.kind,
    transfer_id: transfer.id,
    opened_on: transfer.openedOn,
    negotiation: transfer.note,
    body_org_id: transfer.bodyOrgId,
    profile_id: transfer.profileId,
    profile_version: transfer.profileVersion,
    created_at: ctx.now().toISOString(),
    created_by: actorName(ctx),
  });
  audit(
    ctx,
    id,
    'dispute.create',
    `移送报请决定，自动登记与${counterpart.name}的管辖争议：${transfer.matter}`,
    transfer,
  );
}

export function requestCoordination(ctx: CoreContext, input: ParsedInputOf<'disputes.request'>): DisputeView {
  const row = requireRow(ctx, input.id);
  if (row.closed_on) throw new AppError('DISPUTE_CLOSED', `该争议已于${chineseDate(row.closed_on)}解决。`);
  if (row.requested_on) {
    throw new AppError('DISPUTE_STATE', `已于${chineseDate(row.requested_on)}书面提请协调，不能重复提请。`);
  }
  const profile = profileOf(ctx, row);
  const body = org(ctx, input.bodyOrgId, 'bodyOrgId');
  if (!localRules(profile).dispute.kinds.some((kind) => kind === body.kind)) {
    throw new AppError('VALIDATION', `${body.name}不是可以提请协调管辖争议的机关：${disputeAdvice(profile)}。`, {
      field: 'bodyOrgId',
    });
  }
  if (body.id === row.counterpart_org_id) {
    throw new AppError('VALIDATION', `${body.name}是争议的对方，不能提请其协调。`, { field: 'bodyOrgId' });
  }
  if (input.requestedOn < row.opened_on) {
    throw new AppError(
      'DISPUTE_DATE',
      `提请日期（${chineseDate(input.requestedOn)}）早于发生争议的日期（${chineseDate(row.opened_on)}），请核对。`,
      { field: 'requestedOn' },
    );
  }
  assertNotAfterToday(ctx, input.requestedOn, '提请日期', 'requestedOn');
  recordDisputeRequest(
    ctx.db,
    row.id,
    {
      body_org_id: body.id,
      requested_on: input.requestedOn,
      negotiation: input.negotiation,
      focus: input.focus,
      our_view: input.ourView,
      our_basis: input.ourBasis,
      their_view: input.theirView,
      their_basis: input.theirBasis,
      other_notes: input.otherNotes,
    },
    ctx.now().toISOString(),
  );
  audit(ctx, row.id, 'dispute.request', `书面提请${body.name}协调处理（${chineseDate(input.requestedOn)}）`, input);
  return disputeView(ctx, row.id);
}

export function recordDisputeStep(ctx: CoreContext, input: ParsedInputOf<'disputes.step'>): DisputeView {
  const row = requireRow(ctx, input.id);
  const steps = disputeSteps(ctx.db, row.id);
  const state = stateOf(row, steps);
  const label = DISPUTE_STEP_LABELS[input.step];
  if (!actionsOf(state).includes(input.step)) {
    const why =
      state === 'closed'
        ? `该争议已于${chineseDate(row.closed_on ?? '')}解决`
        : state === 'negotiating'
          ? '尚未书面提请协调（衢政办发〔2022〕16号 第六条：协商不一致的，书面提请协调处理）'
          : '该环节与争议目前的进度不符';
    throw new AppError('DISPUTE_STATE', `不能登记${label}：${why}。`, { field: 'step' });
  }
  if (input.step === 'settled' && !input.agreed) {
    throw new AppError('VALIDATION', '协商未达成一致的，请书面提请协调，而不是登记协商解决。', { field: 'agreed' });
  }
  const previous = steps.at(-1);
  const since = previous
    ? { date: previous.on_date, what: DISPUTE_STEP_LABELS[previous.step] }
    : row.requested_on
      ? { date: row.requested_on, what: '书面提请协调' }
      : { date: row.opened_on, what: '发生争议' };
  if (input.onDate < since.date) {
    throw new AppError(
      'DISPUTE_DATE',
      `${label}的日期（${chineseDate(input.onDate)}）早于${since.what}的日期（${chineseDate(since.date)}），请核对。`,
      { field: 'onDate' },
    );
  }
  assertNotAfterToday(ctx, input.onDate, `${label}的日期`, 'onDate');
  const now = ctx.now().toISOString();
  const agreed = input.step === 'decision' ? true : input.agreed;
  insertDisputeStep(ctx.db, {
    dispute_id: row.id,
    step: input.step,
    on_date: input.onDate,
    agreed: agreed ? 1 : 0,
    body: input.body,
    text: input.text,
    recorded_at: now,
    recorded_by: actorName(ctx),
  });
  const closes = input.step === 'decision' || input.step === 'settled' || agreed;
  if (closes) closeDispute(ctx.db, row.id, input.onDate, `${label}：${input.text}`, now);
  else touchDispute(ctx.db, row.id, now);
  const result = closes ? '，争议解决' : nextAfter(input.step);
  audit(
    ctx,
    row.id,
    `dispute.${input.step}`,
    `${label}（${chineseDate(input.onDate)}）${result}：${input.text}`,
    input,
  );
  return disputeView(ctx, row.id);
}

function nextAfter(step: DisputeStep): string {
  return step === 'opinion'
    ? '，未达成一致，进行会商（衢政办发〔2022〕16号 第九条）'
    : '，对会商意见不认同，报请人民政府决定（衢政办发〔2022〕16号 第九条）';
}
