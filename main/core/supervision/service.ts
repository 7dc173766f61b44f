// 执法监督 received (衢政办发〔2022〕16号 第十六条、第十七条): a 监督通知书 or 决定书 with the period it
// sets to correct, our written report of the correction (整改情况报告), and closing. The deadline
// is the notice's own date, not a profile's number.

import type { DeadlineView, ParsedInputOf, SupervisionSummary, SupervisionView } from '../../../shared/contract';
import { SUPERVISION_KIND_LABELS } from '../../../shared/contract/supervision';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { appendAudit, auditForEntity } from '../audit/log';
import { actorName } from '../session/operator';
import { getCase } from '../cases/service';
import { endOfOfficeDay, officeDateOf } from '../calendar/officeTime';
import {
  closeSupervision,
  insertSupervision,
  recordSupervisionReport,
  supervisionRow,
  supervisionRows,
  type SupervisionRecord,
} from './store';
import { chineseDate } from '../../../shared/domain/calendar';

export const SUPERVISION_ENTITY = 'supervision';
const DAY_MS = 86_400_000;

function ruleOf(row: SupervisionRecord): string {
  const article = row.kind === 'notice' ? '第十六条' : '第十七条';
  return `${row.issuer}《${SUPERVISION_KIND_LABELS[row.kind]}》（${row.doc_number}）限期${chineseDate(row.correct_by)}前纠正并落实整改措施（衢政办发〔2022〕16号 ${article}）`;
}

/** Red once the period has passed, amber in its last three calendar days; gone once the report is sent. */
export function supervisionDeadline(row: SupervisionRecord, now: Date): DeadlineView | null {
  if (row.closed_on || row.reported_on) return null;
  const dueAt = endOfOfficeDay(row.correct_by);
  const when = `${chineseDate(row.correct_by)}24时`;
  const base = { dueAt, dueDate: row.correct_by, rule: ruleOf(row), unknownYear: null };
  const left = Date.parse(dueAt) - now.getTime();
  if (left <= 0) return { ...base, level: 'danger', text: `已超过整改期限（应于${when}前整改并报告）` };
  return {
    ...base,
    level: left <= 3 * DAY_MS ? 'warning' : 'info',
    text: `应于${when}前整改并报送整改情况报告`,
  };
}

function stateOf(row: SupervisionRecord): SupervisionSummary['state'] {
  if (row.closed_on) return 'closed';
  return row.reported_on ? 'reported' : 'open';
}

export function supervisionSummary(ctx: CoreContext, row: SupervisionRecord): SupervisionSummary {
  return {
    id: row.id,
    kind: row.kind,
    issuer: row.issuer,
    docNumber: row.doc_number,
    receivedOn: row.received_on,
    matters: row.matters,
    correctBy: row.correct_by,
    state: stateOf(row),
    deadline: supervisionDeadline(row, ctx.now()),
    updatedAt: row.updated_at,
  };
}

function requireRow(ctx: CoreContext, id: number): SupervisionRecord {
  const row = supervisionRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的监督记录`);
  return row;
}

export function supervisionView(ctx: CoreContext, id: number): SupervisionView {
  const row = requireRow(ctx, id);
  const linked = row.case_id === null ? null : getCase(ctx, row.case_id);
  return {
    ...supervisionSummary(ctx, row),
    linkedCase: linked ? { id: linked.id, caseNumber: linked.caseNumber } : null,
    reportedOn: row.reported_on,
    reportText: row.report_text,
    closedOn: row.closed_on,
    closeNote: row.close_note,
    history: auditForEntity(ctx.db, SUPERVISION_ENTITY, String(row.id)).map(({ at, actor, summary }) => ({
      at,
      actor,
      summary,
    })),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function listSupervision(ctx: CoreContext, input: ParsedInputOf<'supervision.list'>): SupervisionSummary[] {
  return supervisionRows(ctx.db, { open: input.scope === 'open', search: input.search }).map((row) =>
    supervisionSummary(ctx, row),
  );
}

function audit(ctx: CoreContext, id: number, action: string, summary: string, after: unknown): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity: SUPERVISION_ENTITY,
    entityId: String(id),
    summary,
    before: undefined,
    after,
  });
}

function today(ctx: CoreContext): string {
  return officeDateOf(ctx.now().toISOString());
}

export function createSupervision(ctx: CoreContext, input: ParsedInputOf<'supervision.create'>): SupervisionView {
  const id = ctx.db.transaction(() => {
    if (input.receivedOn > today(ctx))
      throw new AppError('SUPERVISION_DATE', `收到日期（${chineseDate(input.receivedOn)}）晚于今天，请核对。`);
    if (input.correctBy < input.receivedOn)
      throw new AppError(
        'SUPERVISION_DATE',
        `整改期限（${chineseDate(input.correctBy)}）早于收到日期（${chineseDate(input.receivedOn)}），请核对监督文书。`,
      );
    if (input.caseId !== null) getCase(ctx, input.caseId);
    const newId = insertSupervision(ctx.db, {
      kind: input.kind,
      issuer: input.issuer,
      doc_number: input.docNumber,
      received_on: input.receivedOn,
      matters: input.matters,
      correct_by: input.correctBy,
      case_id: input.caseId,
      created_at: ctx.now().toISOString(),
      created_by: actorName(ctx),
    });
    audit(
      ctx,
      newId,
      'supervision.create',
      `收到${input.issuer}《${SUPERVISION_KIND_LABELS[input.kind]}》${input.docNumber}`,
      input,
    );
    return newId;
  })();
  return supervisionView(ctx, id);
}

export function reportSupervision(ctx: CoreContext, input: ParsedInputOf<'supervision.report'>): SupervisionView {
  ctx.db.transaction(() => {
    const row = requireRow(ctx, input.id);
    if (row.closed_on)
      throw new AppError(
        'SUPERVISION_CLOSED',
        `该监督事项已于${chineseDate(row.closed_on)}办结，不能再报送整改情况报告。`,
      );
    if (row.reported_on)
      throw new AppError('SUPERVISION_REPORTED', `已于${chineseDate(row.reported_on)}报送整改情况报告。`);
    if (input.reportedOn < row.received_on)
      throw new AppError(
        'SUPERVISION_DATE',
        `报告日期（${chineseDate(input.reportedOn)}）早于收到监督文书的日期（${chineseDate(row.received_on)}），请核对。`,
      );
    if (input.reportedOn > today(ctx))
      throw new AppError('SUPERVISION_DATE', `报告日期（${chineseDate(input.reportedOn)}）晚于今天，请核对。`);
    recordSupervisionReport(ctx.db, row.id, input.reportedOn, input.reportText, ctx.now().toISOString());
    const late = input.reportedOn > row.correct_by ? '（逾期）' : '';
    audit(ctx, row.id, 'supervision.report', `报送整改情况报告（${chineseDate(input.reportedOn)}）${late}`, input);
  })();
  return supervisionView(ctx, input.id);
}

export function closeSupervisionMatter(ctx: CoreContext, input: ParsedInputOf<'supervision.close'>): SupervisionView {
  ctx.db.transaction(() => {
    const row = requireRow(ctx, input.id);
    if (row.closed_on) throw new AppError('SUPERVISION_CLOSED', `该监督事项已于${chineseDate(row.closed_on)}办结。`);
    if (!row.reported_on) throw new AppError('SUPERVISION_STATE', '请先报送整改情况报告，再登记办结。');
    if (input.closedOn < row.reported_on)
      throw new AppError(
        'SUPERVISION_DATE',
        `办结日期（${chineseDate(input.closedOn)}）早于报告日期（${chineseDate(row.reported_on)}），请核对。`,
      );
    if (input.closedOn > today(ctx))
      throw new AppError('SUPERVISION_DATE', `办结日期（${chineseDate(input.closedOn)}）晚于今天，请核对。`);
    closeSupervision(ctx.db, row.id, input.closedOn, input.note, ctx.now().toISOString());
    audit(ctx, row.id, 'supervision.close', `监督事项办结（${chineseDate(input.closedOn)}）`, input);
  })();
  return supervisionView(ctx, input.id);
}
