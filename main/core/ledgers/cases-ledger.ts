// 案件台账: every case with its proposed penalty, its review and the penalty as decided.

import { CASE_STATUS_LABELS, DISCRETION_LABELS, PARTY_CLASS, PARTY_TYPE_LABELS } from '../../../shared/domain/case';
import type { CaseStatus, Discretion, PartyType } from '../../../shared/domain/case';
import { OPINIONS } from '../../../shared/domain/review';
import { sql } from '../../db/sql';
import { searchCases } from '../cases/search';
import type { CoreContext } from '../context';
import { yearRange, type LedgerDefinition, type LedgerQuery } from './definition';
import { penaltyKindsText } from './labels';
import { ledgerTable } from './xlsx';

interface CaseLedgerRow {
  id: number;
  case_number: string;
  cause: string;
  party_type: PartyType;
  party_name: string;
  party_id_code: string;
  found_on: string;
  handlers: string | null;
  penalty_kinds: string;
  fine_fen: number;
  illegal_gains_fen: number;
  illegal_property_fen: number;
  discretion: Discretion;
  status: CaseStatus;
  rounds: number;
  last_opinion: number | null;
  decision_number: string | null;
  decision_date: string | null;
  decided_penalty_kinds: string | null;
  decided_fine_fen: number | null;
  decided_gains_fen: number | null;
  decided_property_fen: number | null;
}

/** The ids the case list shows for these filters (its own search: same index, same rules), or null for all. */
export function caseIdsOnScreen(ctx: CoreContext, query: LedgerQuery): number[] | null {
  const { search, status } = query.filters;
  if (!search && status === null) return null;
  return searchCases(ctx.db, { query: search, status, page: 1, pageSize: 1_000_000 }).items.map((item) => item.id);
}

export function caseLedgerRows(ctx: CoreContext, query: LedgerQuery): CaseLedgerRow[] {
  const ids = caseIdsOnScreen(ctx, query);
  const { from, to } = yearRange(query.year);
  return sql.all<CaseLedgerRow>(
    ctx.db,
    `SELECT c.id, c.case_number, c.cause, c.party_type, c.party_name, c.party_id_code, c.found_on,
       (SELECT group_concat(name, '、') FROM (SELECT s.name FROM case_handlers h JOIN staff s ON s.id = h.staff_id
          WHERE h.case_id = c.id ORDER BY h.position)) AS handlers,
       c.penalty_kinds, c.fine_fen, c.illegal_gains_fen, c.illegal_property_fen, c.discretion, c.status,
       (SELECT COUNT(*) FROM review_rounds r WHERE r.case_id = c.id) AS rounds,
       (SELECT r.chosen_opinion FROM review_rounds r WHERE r.case_id = c.id AND r.state = 'signed'
          ORDER BY r.round_no DESC LIMIT 1) AS last_opinion,
       d.decision_number, d.decision_date, d.decided_penalty_kinds, d.decided_fine_fen, d.decided_gains_fen,
       d.decided_property_fen
     FROM cases c
     LEFT JOIN review_decisions d ON d.id = (SELECT MAX(id) FROM review_decisions x WHERE x.case_id = c.id AND x.agrees = 1)
     WHERE c.found_on BETWEEN ? AND ? AND (? IS NULL OR c.id IN (SELECT value FROM json_each(?)))
     ORDER BY c.found_on, c.id`,
    from,
    to,
    ids === null ? null : 1,
    JSON.stringify(ids ?? []),
  );
}

const opinionLabel = (n: number | null) =>
  n === null ? '' : `意见${n}：${OPINIONS.find((o) => o.number === n)?.label ?? ''}`;

export const casesLedger: LedgerDefinition = {
  what: 'cases',
  title: '案件台账',
  filters: ['search', 'status'],
  sheets: (ctx, query) => [
    ledgerTable<CaseLedgerRow>({
      name: '案件台账',
      columns: [
        { header: '案件编号', kind: 'text', width: 26, value: (r) => r.case_number },
        { header: '案由', kind: 'text', width: 24, value: (r) => r.cause },
        { header: '当事人类型', kind: 'text', value: (r) => PARTY_TYPE_LABELS[r.party_type] },
        { header: '当事人', kind: 'text', width: 20, value: (r) => r.party_name },
        // A citizen's identity number is personal information: it stays in the case record.
        {
          header: '统一社会信用代码',
          kind: 'text',
          width: 22,
          value: (r) => (r.party_type === 'citizen' ? '' : r.party_id_code),
        },
        { header: '发现日期', kind: 'date', value: (r) => r.found_on },
        { header: '承办人', kind: 'text', width: 16, value: (r) => r.handlers ?? '' },
        { header: '拟处罚种类', kind: 'text', width: 24, value: (r) => penaltyKindsText(r.penalty_kinds) },
        { header: '拟罚款（元）', kind: 'money', value: (r) => r.fine_fen },
        { header: '拟没收违法所得（元）', kind: 'money', value: (r) => r.illegal_gains_fen },
        { header: '拟没收非法财物（元）', kind: 'money', value: (r) => r.illegal_property_fen },
        { header: '裁量情节', kind: 'text', value: (r) => DISCRETION_LABELS[r.discretion] },
        { header: '案件状态', kind: 'text', width: 20, value: (r) => CASE_STATUS_LABELS[r.status] },
        { header: '审核轮次', kind: 'integer', value: (r) => r.rounds },
        { header: '最近审核意见', kind: 'text', width: 22, value: (r) => opinionLabel(r.last_opinion) },
        { header: '处罚决定书文号', kind: 'text', width: 26, value: (r) => r.decision_number },
        { header: '决定日期', kind: 'date', value: (r) => r.decision_date },
        {
          header: '决定的处罚种类',
          kind: 'text',
          width: 24,
          value: (r) => (r.decided_penalty_kinds ? penaltyKindsText(r.decided_penalty_kinds) : ''),
        },
        { header: '决定罚款（元）', kind: 'money', value: (r) => r.decided_fine_fen },
        { header: '决定没收违法所得（元）', kind: 'money', value: (r) => r.decided_gains_fen },
        { header: '决定没收非法财物（元）', kind: 'money', value: (r) => r.decided_property_fen },
        {
          header: '当事人类别',
          kind: 'text',
          value: (r) => (PARTY_CLASS[r.party_type] === 'citizen' ? '自然人' : '单位'),
        },
      ],
      rows: caseLedgerRows(ctx, query),
    }),
  ],
};
