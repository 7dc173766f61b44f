// The office's own steps of a criminal transfer (国务院令第310号 as revised in 2020): the 专案组's
// report, the head's decision and the transfer to the police (what may start one and what it carries:
// criminal-draft.ts; what the police do after it: criminal-police.ts). Every date is checked against
// the step it follows; a late step is recorded as late, never refused for being late.

import type { ParsedInputOf, TransferMaterialView } from '../../../shared/contract';
import { CRIMINAL_REGULATION_SHORT as R, type CriminalTransferView } from '../../../shared/contract/criminal-transfers';
import type { CoreContext } from '../context';
import { officeDateOf } from '../calendar/officeTime';
import { setCaseStatus } from '../cases/store';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { auditCase } from '../audit/case-history';
import { addCalendarDays } from './calendar-days';
import { clockOf } from '../calendar/clock';
import { APPROVAL_DAYS, CRIMINAL_RULES, nextCriminalState, SEND_HOURS, type CriminalEvent } from './criminal-rules';
import {
  criminalRow,
  criminalView,
  issuedCriminalLetterNumber,
  updateCriminal,
  type CriminalRow,
} from './criminal-view';
import { orgRef } from './out-store';
import { assertNotAfterToday, assertNotBefore, assertNotFuture, officeInstant } from '../calendar/officeDates';
import { hasStaffRole } from '../staff/roles';
import { sql } from '../../db/sql';
import { chineseDate } from '../../../shared/domain/calendar';
import { criminalBasis, missingCriminalMaterials, tickedMaterials } from './criminal-draft';

function assertStaff(ctx: CoreContext, id: number, role: 'handler' | 'head', field: string): string {
  const person = sql.get<{ name: string; roles: string; active: number }>(
    ctx.db,
    'SELECT name, roles, active FROM staff WHERE id = ?',
    id,
  );
  if (!person || person.active !== 1) throw new AppError('NOT_FOUND', '所选人员不存在或已停用。', { field });
  if (!hasStaffRole(person.roles, role)) {
    const what =
      role === 'handler'
        ? `不是行政执法人员（承办人），不能作为专案组成员（${CRIMINAL_RULES.team}）`
        : `不是负责人岗位，不能审批移送；应由本机关正职负责人或者主持工作的负责人审批（${R}第五条）`;
    throw new AppError('VALIDATION', `${person.name}${what}。`, { field });
  }
  return person.name;
}

export function reportCriminalTransfer(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.report'>,
): CriminalTransferView {
  const { record, review, block } = criminalBasis(ctx, input.caseId);
  if (block) throw new AppError('TRANSFER_BLOCKED', block);
  const police = orgRef(ctx.db, input.policeOrgId);
  if (police.kind !== 'public-security') {
    throw new AppError(
      'VALIDATION',
      `涉嫌犯罪的案件应当向公安机关移送（${CRIMINAL_RULES.police}）；${police.name}不是公安机关，不能接收本移送。`,
      { field: 'policeOrgId' },
    );
  }
  const ids = [...new Set(input.memberIds)];
  if (ids.length < 2) {
    throw new AppError('VALIDATION', `专案组应由2名或者2名以上不同的行政执法人员组成（${CRIMINAL_RULES.team}）。`, {
      field: 'memberIds',
    });
  }
  const members = ids.map((id) => ({ id, name: assertStaff(ctx, id, 'handler', 'memberIds') }));
  const now = ctx.now().toISOString();
  assertNotAfterToday(input.reportedOn, now, '书面报告日期', 'reportedOn');
  assertNotBefore(input.reportedOn, record.foundOn, '书面报告日期', '案件的发现日期', 'reportedOn');
  if (review)
    assertNotBefore(input.reportedOn, officeDateOf(review.signedAt), '书面报告日期', '审核意见签署日期', 'reportedOn');
  const materials = tickedMaterials(input.materials);
  const at = now;
  const { lastInsertRowid } = sql.run(
    ctx.db,
    `INSERT INTO criminal_transfers (case_id, origin, review_round_id, police_org_id, suspected_crime, facts, crime_basis,
         measures, penalties_before, materials_json, items_json, reported_on, reported_by, state, created_at, created_by, updated_at)
       VALUES (@caseId, @origin, @round, @police, @crime, @facts, @basis, @measures, @penalties, @materials, @items,
         @reportedOn, @by, 'reported', @at, @by, @at)`,
    {
      caseId: input.caseId,
      origin: review ? 'review-opinion' : 'direct',
      round: review?.roundId ?? null,
      police: police.id,
      crime: input.suspectedCrime,
      facts: input.facts,
      basis: input.crimeBasis,
      measures: input.measures,
      penalties: input.penaltiesBefore,
      materials: JSON.stringify(materials),
      items: JSON.stringify(input.items),
      reportedOn: input.reportedOn,
      by: actorName(ctx),
      at,
    },
  );
  const id = Number(lastInsertRowid);
  for (const member of members)
    sql.run(
      ctx.db,
      'INSERT INTO criminal_transfer_members (transfer_id, staff_id, name) VALUES (?, ?, ?)',
      id,
      member.id,
      member.name,
    );
  const view = criminalView(ctx.db, id, clockOf(ctx));
  auditCase(
    ctx,
    input.caseId,
    'transfer.criminal.report',
    `专案组（${members.map((m) => m.name).join('、')}）提出移送涉嫌犯罪案件的书面报告，拟移送${police.name}（涉嫌${input.suspectedCrime}）；负责人应于${chineseDate(addCalendarDays(input.reportedOn, APPROVAL_DAYS))}前作出决定（${CRIMINAL_RULES.approval}）`,
    undefined,
    view,
  );
  return view;
}

/** A case given back to administrative handling: its review reopens so the handler can submit a new round. */
export function reopenCase(ctx: CoreContext, caseId: number, at: string): void {
  // A case never reviewed goes back to registration; a reviewed one to 退回完善, ready for a new round.
  const reviewed = sql.get(ctx.db, 'SELECT 1 FROM review_rounds WHERE case_id = ? LIMIT 1', caseId);
  const status = reviewed ? 'returned' : 'draft';
  setCaseStatus(ctx.db, caseId, status, at);
}

export function step(
  ctx: CoreContext,
  id: number,
  event: CriminalEvent,
): { row: CriminalRow; state: ReturnType<typeof nextCriminalState>; now: string } {
  const row = criminalRow(ctx.db, id);
  const state = nextCriminalState(row.state, event);
  return { row, state, now: ctx.now().toISOString() };
}

export function decideCriminalTransfer(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.decide'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, input.approved ? 'approve' : 'not-approve');
  const head = assertStaff(ctx, input.headId, 'head', 'headId');
  const decidedAt = officeInstant(input.decidedOn, input.decidedTime);
  assertNotFuture(decidedAt, now, '审批时间', 'decidedTime');
  assertNotBefore(input.decidedOn, row.reported_on, '审批日期', '专案组书面报告的日期', 'decidedOn');
  const due = addCalendarDays(row.reported_on, APPROVAL_DAYS);
  const late = input.decidedOn > due;
  updateCriminal(
    ctx.db,
    input.id,
    {
      state,
      decided_at: decidedAt,
      decided_by_staff_id: input.headId,
      decided_by: head,
      decision_note: input.note,
      decision_late: late ? 1 : 0,
    },
    now,
  );
  if (!input.approved) reopenCase(ctx, row.case_id, now);
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  const lateText = late ? `（逾期：应于${chineseDate(due)}前决定，${CRIMINAL_RULES.approval}）` : '';
  const summary = input.approved
    ? `负责人${head}批准移送${view.police.name}${lateText}；应于批准后24小时内移送（${CRIMINAL_RULES.send}）`
    : `负责人${head}不批准移送${lateText}，理由记录在案：${input.note}；案件回到行政处理，可重新送审`;
  auditCase(ctx, row.case_id, 'transfer.criminal.decide', summary, undefined, view.decision);
  return view;
}

export function sendCriminalTransfer(
  ctx: CoreContext,
  input: ParsedInputOf<'transfers.criminal.send'>,
): CriminalTransferView {
  const { row, state, now } = step(ctx, input.id, 'send');
  const missing = missingCriminalMaterials(
    JSON.parse(row.materials_json) as TransferMaterialView[],
    (JSON.parse(row.items_json) as unknown[]).length > 0,
  );
  if (missing.length > 0) {
    throw new AppError(
      'TRANSFER_MATERIALS_MISSING',
      `移送涉嫌犯罪案件应当附有下列材料（${CRIMINAL_RULES.materials}），尚缺：${missing.join('；')}。`,
      { field: 'materials' },
    );
  }
  const sentAt = officeInstant(input.sentOn, input.sentTime);
  assertNotFuture(sentAt, now, '移送时间', 'sentTime');
  assertNotBefore(sentAt, row.decided_at ?? sentAt, '移送时间', '负责人批准的时间', 'sentOn');
  const issued = issuedCriminalLetterNumber(ctx.db, input.id);
  if (issued && input.letterNumber && input.letterNumber !== issued) {
    throw new AppError('VALIDATION', `本移送的涉嫌犯罪案件移送书已在本软件出具，文号为“${issued}”；请留空文号。`, {
      field: 'letterNumber',
    });
  }
  const late = row.decided_at !== null && Date.parse(sentAt) > Date.parse(row.decided_at) + SEND_HOURS * 3_600_000;
  const letterNumber = issued ?? input.letterNumber;
  updateCriminal(
    ctx.db,
    input.id,
    { state, sent_at: sentAt, sent_by: actorName(ctx), letter_number: letterNumber, send_late: late ? 1 : 0 },
    now,
  );
  setCaseStatus(ctx.db, row.case_id, 'transferred', now);
  const view = criminalView(ctx.db, input.id, clockOf(ctx));
  auditCase(
    ctx,
    row.case_id,
    'transfer.criminal.send',
    `已将涉嫌犯罪案件移送${view.police.name}${letterNumber ? `，移送书 ${letterNumber}` : ''}${late ? `（超过批准后24小时，${CRIMINAL_RULES.send}）` : ''}；案件状态改为“已移送”`,
    undefined,
    view.sent,
  );
  return view;
}
