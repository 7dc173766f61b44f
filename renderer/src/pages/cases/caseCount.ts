import type { CaseList } from '../../../../shared/contract';

/**
 * The count beside the case list: "共 12 件"; a search that matched more cases than the list
 * counts (main/core/cases/service.ts) says so, and that only the newest of them are listed.
 */
export function caseCountLabel(list: Pick<CaseList, 'total' | 'totalCapped'> | undefined): string {
  if (!list) return '共 0 件';
  const total = list.total.toLocaleString('zh-CN');
  return list.totalCapped ? `超过 ${total} 件，列出最近更新的 ${total} 件；可加关键词或按状态筛选` : `共 ${total} 件`;
}
