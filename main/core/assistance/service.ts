// 执法协助 (涪陵府办〔2024〕1号 二(二)): requests we send and requests we receive, each answered
// within the profile's working days — help given, or a refusal with one of the two reasons the
// rule allows. One transaction per command; every step in the audit chain.

import type { AssistanceSummary, AssistanceView, InputOf, ParsedInputOf } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { appendAudit, auditForEntity } from '../audit/log';
import { actorName } from '../session/operator';
import { getCase } from '../cases/service';
import { clockOf, type Clock } from '../calendar/clock';
import { officeDateOf } from '../calendar/officeTime';
import { deadlineView } from '../transfers/deadlines';
import { getProfile, officeDefaultProfileId } from '../profiles/service';
import { registerLimit, registerRules, type RegisterLimit } from '../profiles/registers';
import {
  ASSISTANCE_REFUSAL_LABELS,
  type AssistanceGround,
  type AssistanceState,
} from '../../../shared/contract/assistance';
import {
  assistanceRow,
  assistanceRows,
  insertAssistance,
  recordAssistanceAnswer,
  updateAssistance,
  type AssistanceFields,
  type AssistanceRecord,
} from './store';
import { chineseDate } from '../../../shared/domain/calendar';

export const ASSISTANCE_ENTITY = 'assistance';

export function assistanceLimit(ctx: CoreContext, row: AssistanceRecord): RegisterLimit {
  const profile = getProfile(ctx.db, row.profile_id, row.profile_version);
  const what = row.direction === 'out' ? '答复协助请求' : '予以协助，或者告知不予协助并说明理由';
  return registerLimit(registerRules(profile).assistanceAnswerWorkingDays, what);
}

function stateOf(row: AssistanceRecord): AssistanceState {
  return row.outcome ?? 'open';
}

function deadlineOf(ctx: CoreContext, row: AssistanceRecord, clock: Clock) {
  if (row.outcome) return null;
  const limit = assistanceLimit(ctx, row);
  return row.direction === 'out'
    ? deadlineView(
        clock.calendar,
        clock.now,
        limit,
        { date: row.requested_on, instant: null },
        '答复',
        `${row.counterpart}已超过答复期限`,
      )
    : deadlineView(
        clock.calendar,
        clock.now,
        limit,
        { date: row.requested_on, instant: null },
        '答复',
        '本单位已超过答复期限',
      );
}

export function assistanceSummary(ctx: CoreContext, row: AssistanceRecord, clock: Clock): AssistanceSummary {
  return {
    id: row.id,
    direction: row.direction,
    counterpart: row.counterpart,
    caseTitle: row.case_title,
    needed: row.needed,
    requestedOn: row.requested_on,
    state: stateOf(row),
    deadline: deadlineOf(ctx, row, clock),
    updatedAt: row.updated_at,
  };
}

function requireRow(ctx: CoreContext, id: number): AssistanceRecord {
  const row = assistanceRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的协助记录`);
  return row;
}

export function assistanceView(ctx: CoreContext, id: number): AssistanceView {
  const row = requireRow(ctx, id);
  const clock = clockOf(ctx);
  const profile = getProfile(ctx.db, row.profile_id, row.profile_version);
  const linked = row.case_id === null ? null : getCase(ctx, row.case_id);
  return {
    ...assistanceSummary(ctx, row, clock),
    letterNumber: row.letter_number,
    linkedCase: linked ? { id: linked.id, caseNumber: linked.caseNumber } : null,
    ground: row.ground as AssistanceGround,
    reason: row.reason,
    legalBasis: row.legal_basis,
    returnItems: row.return_items,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    profile: { id: profile.id, version: profile.version, name: profile.name },
    answer:
      row.outcome && row.answered_on
        ? {
            outcome: row.outcome,
            refusalGround: row.refusal_ground,
            answeredOn: row.answered_on,
            text: row.answer_text,
          }
        : null,
    rule: assistanceLimit(ctx, row).rule,
    history: auditForEntity(ctx.db, ASSISTANCE_ENTITY, String(row.id)).map((entry) => ({
      at: entry.at,
      actor: entry.actor,
      summary: entry.summary,
    })),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function listAssistance(ctx: CoreContext, input: ParsedInputOf<'assistance.list'>): AssistanceSummary[] {
  const clock = clockOf(ctx);
  return assistanceRows(ctx.db, { open: input.scope === 'open', direction: input.direction, search: input.search }).map(
    (row) => assistanceSummary(ctx, row, clock),
  );
}

function audit(ctx: CoreContext, id: number, action: string, summary: string, before: unknown, after: unknown): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity: ASSISTANCE_ENTITY,
    entityId: String(id),
    summary,
    before,
    after,
  });
}

function fieldsOf(ctx: CoreContext, input: ParsedInputOf<'assistance.create'>): AssistanceFields {
  const today = officeDateOf(ctx.now().toISOString());
  if (input.requestedOn > today) {
    throw new AppError('ASSISTANCE_DATE', `请求日期（${chineseDate(input.requestedOn)}）晚于今天，请核对。`);
  }
  if (input.caseId !== null) getCase(ctx, input.caseId);
  return {
    direction: input.direction,
    counterpart: input.counterpart,
    letter_number: input.letterNumber,
    case_id: input.caseId,
    case_title: input.caseTitle,
    ground: input.ground,
    needed: input.needed,
    reason: input.reason,
    legal_basis: input.legalBasis,
    return_items: input.returnItems,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    requested_on: input.requestedOn,
  };
}

export function createAssistance(ctx: CoreContext, input: ParsedInputOf<'assistance.create'>): AssistanceView {
  const id = ctx.db.transaction(() => {
    const fields = fieldsOf(ctx, input);
    const profileId = officeDefaultProfileId(ctx.db);
    const profile = getProfile(ctx.db, profileId);
    const at = ctx.now().toISOString();
    const newId = insertAssistance(ctx.db, fields, {
      profileId: profile.id,
      profileVersion: profile.version,
      at,
      by: actorName(ctx),
    });
    const what =
      input.direction === 'out' ? `登记向${input.counterpart}请求协助` : `登记${input.counterpart}的协助请求`;
    audit(ctx, newId, 'assistance.create', `${what}：${input.caseTitle}`, undefined, fields);
    return newId;
  })();
  return assistanceView(ctx, id);
}

export function updateAssistanceRequest(ctx: CoreContext, input: ParsedInputOf<'assistance.update'>): AssistanceView {
  ctx.db.transaction(() => {
    const before = requireRow(ctx, input.id);
    if (before.outcome) throw new AppError('ASSISTANCE_ANSWERED', '该协助请求已经答复，不能再修改请求内容。');
    const fields = fieldsOf(ctx, input);
    updateAssistance(ctx.db, input.id, fields, ctx.now().toISOString());
    audit(ctx, input.id, 'assistance.update', `修改协助请求：${input.caseTitle}`, before, fields);
  })();
  return assistanceView(ctx, input.id);
}

export function answerAssistance(ctx: CoreContext, input: ParsedInputOf<'assistance.answer'>): AssistanceView {
  ctx.db.transaction(() => {
    const row = requireRow(ctx, input.id);
    if (row.outcome)
      throw new AppError('ASSISTANCE_ANSWERED', `该协助请求已于${chineseDate(row.answered_on ?? '')}答复。`);
    if (input.answeredOn < row.requested_on) {
      throw new AppError(
        'ASSISTANCE_DATE',
        `答复日期（${chineseDate(input.answeredOn)}）早于请求日期（${chineseDate(row.requested_on)}）：答复不能早于请求。`,
      );
    }
    if (input.answeredOn > officeDateOf(ctx.now().toISOString())) {
      throw new AppError('ASSISTANCE_DATE', `答复日期（${chineseDate(input.answeredOn)}）晚于今天，请核对。`);
    }
    const refusalGround = input.outcome === 'refused' ? input.refusalGround : null;
    recordAssistanceAnswer(
      ctx.db,
      input.id,
      { outcome: input.outcome, refusal_ground: refusalGround, answered_on: input.answeredOn, answer_text: input.text },
      ctx.now().toISOString(),
    );
    const who = row.direction === 'out' ? row.counterpart : '本单位';
    const summary =
      input.outcome === 'assisted'
        ? `${who}予以协助（${chineseDate(input.answeredOn)}）`
        : `${who}不予协助（${chineseDate(input.answeredOn)}）：${refusalGround ? ASSISTANCE_REFUSAL_LABELS[refusalGround] : ''}`;
    audit(
      ctx,
      input.id,
      'assistance.answer',
      summary,
      { outcome: null },
      {
        outcome: input.outcome,
        refusalGround,
        answeredOn: input.answeredOn,
        text: input.text,
      },
    );
  })();
  return assistanceView(ctx, input.id);
}

export type AssistanceCreateInput = InputOf<'assistance.create'>;
