// 文书台账: every paper issued, and every one voided with its reason (a voided number stays on record).

import { sql } from '../../db/sql';
import { officeDateSql, yearRange, type LedgerDefinition } from './definition';
import { officeTime } from './reviews-ledger';
import { ledgerTable } from './xlsx';
import { printedNumber } from '../papers/printed-number';

interface PaperLedgerRow {
  doc_number: string | null;
  data_json: string;
  title: string;
  template_id: string;
  template_version: number;
  case_number: string | null;
  issued_at: string | null;
  created_by: string;
  status: 'issued' | 'voided';
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
  replaces_number: string | null;
  replaces_data: string | null;
  replaces_template: string | null;
}

export const papersLedger: LedgerDefinition = {
  what: 'papers',
  title: '文书台账',
  filters: [],
  sheets: (ctx, query) => {
    const { from, to } = yearRange(query.year);
    return [
      ledgerTable<PaperLedgerRow>({
        name: '文书台账',
        columns: [
          { header: '文书编号', kind: 'text', width: 26, value: (r) => printedNumber(r) ?? '（无编号）' },
          { header: '文书名称', kind: 'text', width: 22, value: (r) => r.title },
          { header: '案件编号', kind: 'text', width: 26, value: (r) => r.case_number ?? '' },
          { header: '出具时间', kind: 'datetime', value: (r) => officeTime(r.issued_at) },
          { header: '出具人', kind: 'text', value: (r) => r.created_by },
          { header: '状态', kind: 'text', value: (r) => (r.status === 'issued' ? '已出具' : '已作废') },
          { header: '作废时间', kind: 'datetime', value: (r) => officeTime(r.voided_at) },
          { header: '作废人', kind: 'text', value: (r) => r.voided_by ?? '' },
          { header: '作废原因', kind: 'text', width: 30, value: (r) => r.void_reason ?? '' },
          {
            header: '取代的文书',
            kind: 'text',
            width: 26,
            value: (r) =>
              r.replaces_data === null
                ? ''
                : (printedNumber({
                    doc_number: r.replaces_number,
                    data_json: r.replaces_data,
                    template_id: r.replaces_template ?? '',
                  }) ?? '（无编号）'),
          },
          { header: '模板', kind: 'text', width: 20, value: (r) => `${r.template_id} 第${r.template_version}版` },
        ],
        // Papers still being written (pending) are not yet papers: they are left out.
        rows: sql.all<PaperLedgerRow>(
          ctx.db,
          `SELECT d.doc_number, d.data_json, d.title, d.template_id, d.template_version, c.case_number, d.issued_at, d.created_by,
             d.status, d.voided_at, d.voided_by, d.void_reason, p.doc_number AS replaces_number, p.data_json AS replaces_data, p.template_id AS replaces_template
           FROM issued_documents d LEFT JOIN cases c ON c.id = d.case_id
           LEFT JOIN issued_documents p ON p.id = d.replaces_id
           WHERE d.status IN ('issued', 'voided') AND ${officeDateSql('d.issued_at')} BETWEEN ? AND ?
           ORDER BY d.issued_at, d.id`,
          from,
          to,
        ),
      }),
    ];
  },
};
