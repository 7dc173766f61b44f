// 执法人员台账: each person's posts, enforcement certificate (read as on every screen:
// shared/domain/certificate.ts) and legal qualification, the cases they handled in the year, and their
// training hours against the 60 a year (灌政办〔2023〕32号 二(二)5; core/training, the same figures as 培训学时).

import { certificateStatus } from '../../../shared/domain/certificate';
import { STAFF_ROLE_LABELS } from '../../../shared/domain/case';
import { sql } from '../../db/sql';
import { officeDateOf } from '../calendar/officeTime';
import { parseStaffRoles } from '../staff/roles';
import { yearRange, type LedgerDefinition } from './definition';
import { ledgerTable } from './xlsx';
import { trainingYear } from '../training/service';

interface StaffLedgerRow {
  id: number;
  name: string;
  roles: string;
  auxiliary: number;
  active: number;
  certificate_no: string | null;
  cert_valid_from: string | null;
  cert_valid_to: string | null;
  cert_withdrawn_on: string | null;
  legal_qualification_no: string | null;
  reviewing_since: string | null;
  cases_handled: number;
}

/** The day a certificate is read on: the year's last day, or today for the current year and for all years. */
export function asOfDate(year: number | null, today: string): string {
  if (year === null) return today;
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

export const staffLedger: LedgerDefinition = {
  what: 'staff',
  title: '执法人员台账',
  filters: [],
  sheets: (ctx, query) => {
    const today = officeDateOf(ctx.now().toISOString());
    const onDate = asOfDate(query.year, today);
    const { from, to } = yearRange(query.year);
    // Hours of the ledger's year (all years: this year's); active staff only, as on 培训学时.
    const training = new Map(
      trainingYear(ctx, query.year ?? Number(today.slice(0, 4))).people.map((person) => [person.staffId, person]),
    );
    const hours = (r: StaffLedgerRow) => training.get(r.id);
    return [
      ledgerTable<StaffLedgerRow>({
        name: '执法人员',
        title: `执法证状态按 ${onDate} 计`,
        columns: [
          { header: '姓名', kind: 'text', value: (r) => r.name },
          {
            header: '岗位',
            kind: 'text',
            width: 30,
            value: (r) =>
              parseStaffRoles(r.roles)
                .map((role) => STAFF_ROLE_LABELS[role])
                .join('、'),
          },
          { header: '辅助人员', kind: 'text', value: (r) => (r.auxiliary ? '是' : '否') },
          { header: '在岗', kind: 'text', value: (r) => (r.active ? '是' : '否（已停用）') },
          { header: '执法证号', kind: 'text', width: 20, value: (r) => r.certificate_no ?? '' },
          { header: '有效期起', kind: 'date', value: (r) => r.cert_valid_from },
          { header: '有效期至', kind: 'date', value: (r) => r.cert_valid_to },
          { header: '收回/注销日期', kind: 'date', value: (r) => r.cert_withdrawn_on },
          {
            header: '执法证状态',
            kind: 'text',
            value: (r) =>
              certificateStatus(
                {
                  name: r.name,
                  certificateNo: r.certificate_no,
                  certValidFrom: r.cert_valid_from,
                  certValidTo: r.cert_valid_to,
                  certWithdrawnOn: r.cert_withdrawn_on,
                },
                onDate,
              ).label,
          },
          { header: '法律职业资格证号', kind: 'text', width: 22, value: (r) => r.legal_qualification_no ?? '' },
          { header: '从事法制审核起', kind: 'date', value: (r) => r.reviewing_since },
          { header: '承办案件数', kind: 'integer', value: (r) => r.cases_handled },
          { header: '培训学时', kind: 'decimal', value: (r) => hours(r)?.hours ?? null },
          { header: '应达学时', kind: 'integer', value: (r) => hours(r)?.required ?? null },
          {
            header: '学时是否达标',
            kind: 'text',
            value: (r) => {
              const person = hours(r);
              if (!person) return '';
              if (!person.enforcement) return '不适用';
              return person.missing === 0 ? '达标' : `差 ${person.missing} 学时`;
            },
          },
        ],
        rows: sql.all<StaffLedgerRow>(
          ctx.db,
          `SELECT s.id, s.name, s.roles, s.auxiliary, s.active, s.certificate_no, s.cert_valid_from, s.cert_valid_to,
             s.cert_withdrawn_on, s.legal_qualification_no, s.reviewing_since,
             (SELECT COUNT(*) FROM case_handlers h JOIN cases c ON c.id = h.case_id
               WHERE h.staff_id = s.id AND c.found_on BETWEEN ? AND ?) AS cases_handled
           FROM staff s ORDER BY s.active DESC, s.id`,
          from,
          to,
        ),
      }),
    ];
  },
};
