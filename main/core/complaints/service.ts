// 举报、投诉、信访 under 首问责任 (周政办字〔2018〕18号 二(四)4; 郯政发〔2023〕1号 二(三)8): registered by
// whoever first receives it, verified, answered. After a lead is passed on the complainant hears of
// it within the profile's days (郯城 3); the final answer by the profile's (office's) period. The
// complainant's identity stays out of the audit log, lists and search.

import type { ComplaintSummary, ComplaintView, ParsedInputOf } from '../../../shared/contract';
import type { AnswerMethod, ComplaintAnswerKind, ComplaintChannel } from '../../../shared/contract/complaints';
import { COMPLAINT_FINDING_LABELS, COMPLAINT_ANSWER_KIND_LABELS } from '../../../shared/contract/complaints';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { appendAudit, auditForEntity } from '../audit/log';
import { actorName } from '../session/operator';
import { getCase } from '../cases/service';
import { clockOf, type Clock } from '../calendar/clock';
import { officeDateOf } from '../calendar/officeTime';
import { deadlineView } from '../transfers/deadlines';
import { outRow } from '../transfers/out-store';
import { getProfile, officeDefaultProfileId } from '../profiles/service';
import { registerLimit, registerRules } from '../profiles/registers';
import {
  closeComplaint,
  complaintAnswers,
  complaintRow,
  complaintRows,
  insertComplaint,
  insertComplaintAnswer,
  nextComplaintNumber,
  recordVerification,
  type ComplaintRecord,
} from './store';
import { chineseDate } from '../../../shared/domain/calendar';

export const COMPLAINT_ENTITY = 'complaint';

function deadlineOf(ctx: CoreContext, row: ComplaintRecord, clock: Clock) {
  if (row.closed_on) return null;
  const profile = getProfile(ctx.db, row.profile_id, row.profile_version);
  const feedback = profile.deadlines.complainantFeedbackWorkingDays;
  if (row.finding === 'lead-transferred' && row.lead_transferred_on && feedback) {
    const fed = complaintAnswers(ctx.db, row.id).some((answer) => answer.kind === 'feedback');
    if (!fed) {
      const limit = registerLimit(feedback, '将移送信息反馈举报、投诉、信访人');
      return deadlineView(
        clock.calendar,
        clock.now,
        limit,
        { date: row.lead_transferred_on, instant: null },
        '反馈移送信息',
        '已超过反馈期限',
      );
    }
  }
  const limit = registerLimit(registerRules(profile).complaintAnswerWorkingDays, '答复举报、投诉、信访人');
  return deadlineView(
    clock.calendar,
    clock.now,
    limit,
    { date: row.received_on, instant: null },
    '答复',
    '已超过答复期限',
  );
}

export function complaintSummary(ctx: CoreContext, row: ComplaintRecord, clock: Clock): ComplaintSummary {
  return {
    id: row.id,
    number: row.number,
    receivedOn: row.received_on,
    channel: row.channel as ComplaintChannel,
    matter: row.matter,
    finding: row.finding,
    state: row.closed_on ? 'closed' : 'open',
    deadline: deadlineOf(ctx, row, clock),
    updatedAt: row.updated_at,
  };
}

function requireRow(ctx: CoreContext, id: number): ComplaintRecord {
  const row = complaintRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的举报投诉记录`);
  return row;
}

export function complaintView(ctx: CoreContext, id: number): ComplaintView {
  const row = requireRow(ctx, id);
  const profile = getProfile(ctx.db, row.profile_id, row.profile_version);
  const linked = row.case_id === null ? null : getCase(ctx, row.case_id);
  return {
    ...complaintSummary(ctx, row, clockOf(ctx)),
    complainant: { name: row.complainant_name, contact: row.complainant_contact },
    firstHandler: row.first_handler,
    firstHandling: row.first_handling,
    verification: row.verification,
    verifiedOn: row.verified_on,
    linkedCase: linked ? { id: linked.id, caseNumber: linked.caseNumber } : null,
    transferOutId: row.transfer_out_id,
    leadTransferredOn: row.lead_transferred_on,
    closedOn: row.closed_on,
    answers: complaintAnswers(ctx.db, row.id).map((answer) => ({
      id: answer.id,
      kind: answer.kind,
      answeredOn: answer.answered_on,
      method: answer.method as AnswerMethod,
      text: answer.text,
    })),
    profile: { id: profile.id, version: profile.version, name: profile.name },
    history: auditForEntity(ctx.db, COMPLAINT_ENTITY, String(row.id)).map(({ at, actor, summary }) => ({
      at,
      actor,
      summary,
    })),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function listComplaints(ctx: CoreContext, input: ParsedInputOf<'complaints.list'>): ComplaintSummary[] {
  const clock = clockOf(ctx);
  return complaintRows(ctx.db, { open: input.scope === 'open', search: input.search }).map((row) =>
    complaintSummary(ctx, row, clock),
  );
}

/** Never the complainant's name or contact: the audit log is read and exported more widely than the record. */
function audit(ctx: CoreContext, id: number, action: string, summary: string, after: unknown): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity: COMPLAINT_ENTITY,
    entityId: String(id),
    summary,
    before: undefined,
    after,
  });
}

function notAfterToday(ctx: CoreContext, date: string, label: string): void {
  if (date > officeDateOf(ctx.now().toISOString()))
    throw new AppError('COMPLAINT_DATE', `${label}（${chineseDate(date)}）晚于今天，请核对。`);
}

function notBefore(date: string, label: string, earlier: string, earlierLabel: string): void {
  if (date < earlier)
    throw new AppError(
      'COMPLAINT_DATE',
      `${label}（${chineseDate(date)}）早于${earlierLabel}（${chineseDate(earlier)}），请核对。`,
    );
}

export function createComplaint(ctx: CoreContext, input: ParsedInputOf<'complaints.create'>): ComplaintView {
  const id = ctx.db.transaction(() => {
    notAfterToday(ctx, input.receivedOn, '收到日期');
    const profile = getProfile(ctx.db, officeDefaultProfileId(ctx.db));
    const at = ctx.now().toISOString();
    const number = nextComplaintNumber(ctx.db, input.receivedOn.slice(0, 4));
    const newId = insertComplaint(ctx.db, {
      number,
      received_on: input.receivedOn,
      channel: input.channel,
      complainant_name: input.complainantName,
      complainant_contact: input.complainantContact,
      matter: input.matter,
      first_handler: input.firstHandler,
      first_handling: input.firstHandling,
      profile_id: profile.id,
      profile_version: profile.version,
      created_at: at,
      created_by: actorName(ctx),
      updated_at: at,
    });
    audit(ctx, newId, 'complaint.create', `登记举报投诉 ${number}（首问受理）`, {
      number,
      receivedOn: input.receivedOn,
      channel: input.channel,
      matter: input.matter,
    });
    return newId;
  })();
  return complaintView(ctx, id);
}

export function verifyComplaint(ctx: CoreContext, input: ParsedInputOf<'complaints.verify'>): ComplaintView {
  ctx.db.transaction(() => {
    const row = requireRow(ctx, input.id);
    if (row.closed_on) throw new AppError('COMPLAINT_CLOSED', `该举报投诉已于${chineseDate(row.closed_on)}办结。`);
    notAfterToday(ctx, input.verifiedOn, '核实日期');
    notBefore(input.verifiedOn, '核实日期', row.received_on, '收到日期');
    if (input.leadTransferredOn) {
      notAfterToday(ctx, input.leadTransferredOn, '线索移送日期');
      notBefore(input.leadTransferredOn, '线索移送日期', row.received_on, '收到日期');
    }
    if (input.caseId !== null) getCase(ctx, input.caseId);
    if (input.transferOutId !== null) outRow(ctx.db, input.transferOutId);
    const lead = input.finding === 'lead-transferred';
    recordVerification(
      ctx.db,
      input.id,
      {
        verification: input.verification,
        verified_on: input.verifiedOn,
        finding: input.finding,
        case_id: input.caseId,
        transfer_out_id: lead ? input.transferOutId : null,
        lead_transferred_on: lead ? input.leadTransferredOn : null,
      },
      ctx.now().toISOString(),
    );
    audit(ctx, input.id, 'complaint.verify', `${row.number} 核实：${COMPLAINT_FINDING_LABELS[input.finding]}`, {
      verifiedOn: input.verifiedOn,
      finding: input.finding,
      caseId: input.caseId,
      transferOutId: input.transferOutId,
      leadTransferredOn: input.leadTransferredOn,
    });
  })();
  return complaintView(ctx, input.id);
}

export function answerComplaint(ctx: CoreContext, input: ParsedInputOf<'complaints.answer'>): ComplaintView {
  ctx.db.transaction(() => {
    const row = requireRow(ctx, input.id);
    if (row.closed_on) throw new AppError('COMPLAINT_CLOSED', `该举报投诉已于${chineseDate(row.closed_on)}答复办结。`);
    notAfterToday(ctx, input.answeredOn, '答复日期');
    notBefore(input.answeredOn, '答复日期', row.received_on, '收到日期');
    const kind: ComplaintAnswerKind = input.kind;
    if (kind === 'feedback' && row.finding !== 'lead-transferred')
      throw new AppError('COMPLAINT_STATE', '只有已移送案源线索的，才向举报人反馈移送信息；其他情形请登记最终答复。');
    if (kind === 'feedback' && row.lead_transferred_on)
      notBefore(input.answeredOn, '反馈日期', row.lead_transferred_on, '线索移送日期');
    if (kind === 'final' && row.finding === null)
      throw new AppError('COMPLAINT_STATE', '请先登记核实情况，再作最终答复。');
    const at = ctx.now().toISOString();
    insertComplaintAnswer(ctx.db, {
      complaint_id: row.id,
      kind,
      answered_on: input.answeredOn,
      method: input.method,
      text: input.text,
      created_at: at,
      created_by: actorName(ctx),
    });
    if (kind === 'final') closeComplaint(ctx.db, row.id, input.answeredOn, at);
    audit(
      ctx,
      row.id,
      'complaint.answer',
      `${row.number} ${COMPLAINT_ANSWER_KIND_LABELS[kind]}（${chineseDate(input.answeredOn)}）`,
      {
        kind,
        answeredOn: input.answeredOn,
        method: input.method,
      },
    );
  })();
  return complaintView(ctx, input.id);
}
