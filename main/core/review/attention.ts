import type { AttentionItem } from '../../../shared/contract';
import type { ApiContext } from '../../api/context';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/domain/case';

/** Home-page items for cases waiting on a review step. */
export function reviewAttention(ctx: ApiContext): AttentionItem[] {
  const waiting: Array<[CaseStatus, AttentionItem['level'], string]> = [
    ['submitted', 'info', '已送审，等待法制审核'],
    ['supplement-requested', 'warning', '待承办机构补正材料'],
    ['returned', 'warning', '审核意见为纠正完善后再送审'],
    ['to-transfer', 'warning', '审核意见为移送，待办理移送'],
  ];
  const statement = ctx.db.prepare('SELECT id, case_number, cause FROM cases WHERE status = ? ORDER BY updated_at LIMIT 50');
  return waiting.flatMap(([status, level, detail]) =>
    (statement.all(status) as Array<{ id: number; case_number: string; cause: string }>).map((row) => ({
      kind: `case-${status}`,
      level,
      title: `${row.case_number} ${row.cause}`,
      detail: `${CASE_STATUS_LABELS[status]}：${detail}`,
      link: `/cases/${row.id}`,
    })),
  );
}

