// Which kind a decision with several penalties is counted under in the annual report: its heaviest.
// No national rule ranks the kinds of 《行政处罚法》第九条 for statistics, so this is the app's stated
// order (shown on the report), built from the law itself: restriction of liberty (第九条(五)) first;
// then the kinds that end or suspend an activity or a licence, those for which 第六十三条 gives the
// party a hearing ranking above those it does not; then the money penalties (第九条(二), 没收 above
// 罚款); then the reputational ones (第九条(一)); 其他 (第九条(六)) last, since its weight is unknown.

import { PENALTY_KIND_LABELS, type PenaltyKind } from '../../../shared/domain/case';

/** One report row: its label and the kinds it counts, heaviest row first. */
export interface PenaltyRow {
  key: string;
  label: string;
  kinds: readonly PenaltyKind[];
}

export const PENALTY_ROWS_HEAVIEST_FIRST: readonly PenaltyRow[] = [
  { key: 'detention', label: PENALTY_KIND_LABELS.detention, kinds: ['detention'] },
  { key: 'order-closure', label: PENALTY_KIND_LABELS['order-closure'], kinds: ['order-closure'] },
  { key: 'revoke-license', label: PENALTY_KIND_LABELS['revoke-license'], kinds: ['revoke-license'] },
  { key: 'order-suspension', label: PENALTY_KIND_LABELS['order-suspension'], kinds: ['order-suspension'] },
  { key: 'restrict-practice', label: PENALTY_KIND_LABELS['restrict-practice'], kinds: ['restrict-practice'] },
  { key: 'lower-qualification', label: PENALTY_KIND_LABELS['lower-qualification'], kinds: ['lower-qualification'] },
  { key: 'restrict-activity', label: PENALTY_KIND_LABELS['restrict-activity'], kinds: ['restrict-activity'] },
  { key: 'suspend-license', label: PENALTY_KIND_LABELS['suspend-license'], kinds: ['suspend-license'] },
  { key: 'confiscate', label: '没收违法所得、没收非法财物', kinds: ['confiscate-gains', 'confiscate-property'] },
  { key: 'fine', label: PENALTY_KIND_LABELS.fine, kinds: ['fine'] },
  { key: 'criticism', label: PENALTY_KIND_LABELS.criticism, kinds: ['criticism'] },
  { key: 'warning', label: PENALTY_KIND_LABELS.warning, kinds: ['warning'] },
  { key: 'other', label: '其他（法律、行政法规规定的其他行政处罚）', kinds: ['other'] },
];

/** The rows as the report prints them: in 第九条's order (警告 first), 行政拘留 after 限制从业. */
export const PENALTY_ROWS_IN_LAW_ORDER: readonly string[] = [
  'warning',
  'criticism',
  'fine',
  'confiscate',
  'suspend-license',
  'lower-qualification',
  'revoke-license',
  'restrict-activity',
  'order-suspension',
  'order-closure',
  'restrict-practice',
  'detention',
  'other',
];

export const RANK_RULE =
  '同一决定给予多种处罚的，只按其中最重的一种计数一次。轻重顺序（由重到轻）：行政拘留、责令关闭、吊销许可证件、责令停产停业、限制从业、降低资质等级、限制开展生产经营活动、暂扣许可证件、没收违法所得或没收非法财物、罚款、通报批评、警告、其他；依据《中华人民共和国行政处罚法》第九条的分类，当事人有权要求听证的种类（第六十三条）列于其他同类之前。本顺序为本软件的统计口径，国家未规定统一顺序。';

/** SQL: the rank (1 = heaviest) of a penalty kind held in `column`. */
export function rankSql(column: string): string {
  const cases = PENALTY_ROWS_HEAVIEST_FIRST.flatMap((row, index) =>
    row.kinds.map((kind) => `WHEN '${kind}' THEN ${index + 1}`),
  ).join(' ');
  return `CASE ${column} ${cases} ELSE ${PENALTY_ROWS_HEAVIEST_FIRST.length} END`;
}
