import type { AttentionItem, RoundState } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case';
import type { DeadlineLevel } from '../../../shared/contract';
import { endOfOfficeDay } from '../calendar/officeTime';
import { deadlineStatus } from './deadline';
import { officeToday, reviewCalendar } from './rules-source';
import { sql } from '../../db/sql';
import { chineseDate } from '../../../shared/domain/calendar';

// Home-page items for the review steps waiting on someone. A supplement deadline is amber when
// near and red once passed (DOMAIN §3); a year missing from the calendar is shown, not guessed.

const LEVEL_OF: Record<DeadlineLevel, AttentionItem['level']> = {
  ok: 'info',
  met: 'info',
  near: 'warning',
  unknown: 'warning',
  past: 'danger',
};

interface OpenRoundRow {
  case_id: number;
  round_no: number;
  state: RoundState;
  case_number: string;
  cause: string;
  reviewer: string | null;
  head: string | null;
  reviewer_id: number | null;
  head_id: number | null;
  handler_ids: string | null;
  points_done: number;
  deadline: string | null;
  supplemented_at: string | null;
}

/** "3,7" (SQLite's group_concat) → [3, 7]. */
function handlerIds(list: string | null): number[] {
  return list ? list.split(',').map(Number) : [];
}

function roundItems(ctx: CoreContext): AttentionItem[] {
  const rows = sql.all<OpenRoundRow>(
    ctx.db,
    `SELECT r.case_id, r.round_no, r.state, c.case_number, c.cause, rv.name AS reviewer, hd.name AS head,
              r.reviewer_id, r.head_id,
              (SELECT group_concat(h.staff_id) FROM case_handlers h WHERE h.case_id = r.case_id) AS handler_ids,
              (SELECT COUNT(*) FROM review_findings f WHERE f.round_id = r.id AND f.finding IS NOT NULL) AS points_done,
              n.deadline, n.supplemented_at
       FROM review_rounds r JOIN cases c ON c.id = r.case_id
       LEFT JOIN staff rv ON rv.id = r.reviewer_id LEFT JOIN staff hd ON hd.id = r.head_id
       LEFT JOIN supplement_notices n ON n.round_id = r.id
       WHERE r.state <> 'signed' ORDER BY r.submitted_at`,
  );
  const calendar = reviewCalendar(ctx);
  const today = officeToday(ctx);
  return rows.map((row) => {
    const base = { title: `${row.case_number} ${row.cause}`, link: `/cases/${row.case_id}`, dueAt: null };
    const round = `第${row.round_no}轮`;
    const people = (...ids: Array<number | null>) => ({ waitsOn: ids.filter((id): id is number => id !== null) });
    const reviewer = row.reviewer ?? '（尚未指定审核员）';
    switch (row.state) {
      case 'supplement-requested': {
        const status = deadlineStatus(calendar, today, row.deadline ?? today, row.supplemented_at);
        return {
          ...base,
          kind: 'review-supplement',
          ...people(...handlerIds(row.handler_ids)),
          level: LEVEL_OF[status.level],
          dueAt: row.deadline ? endOfOfficeDay(row.deadline) : null,
          detail: `待承办机构补正材料：${status.message}${row.deadline ? `（期限 ${chineseDate(row.deadline)}24时）` : ''}`,
        };
      }
      case 'submitted': {
        const what = row.supplemented_at ? '已补正材料' : '已送审';
        return {
          ...base,
          kind: 'review-submitted',
          ...people(row.reviewer_id),
          level: 'info',
          detail: `${round}${what}，等待${reviewer}审查送审材料`,
        };
      }
      case 'in-review':
        return {
          ...base,
          kind: 'review-in-progress',
          ...people(row.reviewer_id),
          level: 'info',
          detail: `${round}逐项审核中：${reviewer}已审核 ${row.points_done}/9 项`,
        };
      default:
        return {
          ...base,
          kind: 'review-countersign',
          ...people(row.head_id),
          level: 'info',
          detail: `${round}审核意见已由审核员签署，待法制审核机构负责人${row.head ?? ''}签署`,
        };
    }
  });
}

function caseItems(ctx: CoreContext): AttentionItem[] {
  // 'to-transfer' cases are the transfer capability's (main/core/transfers/attention.ts), with their deadline.
  const waiting: Array<[CaseStatus, AttentionItem['level'], string]> = [
    ['returned', 'warning', '审核意见为纠正完善后再送审，请纠正完善后重新送审'],
  ];
  const waitingCases = `SELECT id, case_number, cause, (SELECT group_concat(h.staff_id) FROM case_handlers h WHERE h.case_id = cases.id) AS handler_ids
     FROM cases WHERE status = ? ORDER BY updated_at LIMIT 50`;
  return waiting.flatMap(([status, level, detail]) =>
    sql
      .all<{ id: number; case_number: string; cause: string; handler_ids: string | null }>(ctx.db, waitingCases, status)
      .map((row) => ({
        kind: `case-${status}`,
        level,
        title: `${row.case_number} ${row.cause}`,
        detail: `${CASE_STATUS_LABELS[status]}：${detail}`,
        link: `/cases/${row.id}`,
        dueAt: null,
        waitsOn: handlerIds(row.handler_ids),
      })),
  );
}

/** Home-page items for cases waiting on a review step. */
export function reviewAttention(ctx: CoreContext): AttentionItem[] {
  return [...roundItems(ctx), ...caseItems(ctx)];
}
