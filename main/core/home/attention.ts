import type { AttentionItem } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { endOfOfficeDay, officeDateOf } from '../calendar/officeTime';
import { certificateStatus } from '../../../shared/domain/certificate';
import { reviewAttention } from '../review/attention';
import { transferAttention } from '../transfers/attention';
import { calendarAttention } from './calendarReminder';
import { assistanceAttention } from '../assistance/attention';
import { complaintAttention } from '../complaints/attention';
import { supervisionAttention } from '../supervision/attention';
import { sharingAttention } from '../sharing/attention';
import { disputeAttention } from '../disputes/attention';
import { publicityAttention } from '../publicity/service';
import { sql } from '../../db/sql';
import { chineseDate } from '../../../shared/domain/calendar';

const DAY_MS = 86_400_000;
/** How far ahead an expiring enforcement certificate is worth a reminder: 60 days (info), then 30 (warning). */
const CERT_NOTICE_DAYS = 60;
const CERT_WARNING_DAYS = 30;

/** The office works on Beijing time; the date there is what a person calls "today". */
function officeDate(now: Date): string {
  return officeDateOf(now.toISOString());
}

function setupItems(ctx: CoreContext): AttentionItem[] {
  const items: AttentionItem[] = [];
  if (!sql.get(ctx.db, 'SELECT 1 FROM office WHERE id = 1')) {
    items.push({
      kind: 'setup',
      level: 'warning',
      title: '尚未设置本单位信息',
      detail: '文书编号和落款需要单位名称和文号简称。',
      link: '/settings',
      dueAt: null,
    });
  }
  if (!sql.get(ctx.db, 'SELECT 1 FROM staff WHERE active = 1 LIMIT 1')) {
    items.push({
      kind: 'setup',
      level: 'warning',
      title: '尚未登记执法人员',
      detail: '登记承办人、法制审核员和负责人后才能办理案件。',
      link: '/settings/staff',
      dueAt: null,
    });
  }
  return items;
}

function certificateItems(ctx: CoreContext): AttentionItem[] {
  const today = officeDate(ctx.now());
  const notice = officeDate(new Date(ctx.now().getTime() + CERT_NOTICE_DAYS * DAY_MS));
  const soon = officeDate(new Date(ctx.now().getTime() + CERT_WARNING_DAYS * DAY_MS));
  const rows = sql.all<{
    id: number;
    name: string;
    certificate_no: string | null;
    cert_valid_from: string | null;
    cert_valid_to: string | null;
    cert_withdrawn_on: string | null;
  }>(
    ctx.db,
    `SELECT id, name, certificate_no, cert_valid_from, cert_valid_to, cert_withdrawn_on FROM staff
       WHERE active = 1 AND EXISTS (SELECT 1 FROM json_each(staff.roles) WHERE value = 'handler')
       ORDER BY cert_valid_to`,
  );
  const items: AttentionItem[] = [];
  for (const row of rows) {
    // The same reading of the certificate as settings and the review (shared/domain/certificate.ts).
    const person = {
      name: row.name,
      certificateNo: row.certificate_no,
      certValidFrom: row.cert_valid_from,
      certValidTo: row.cert_valid_to,
      certWithdrawnOn: row.cert_withdrawn_on,
    };
    const status = certificateStatus(person, today);
    if (status.state === 'valid') {
      if (row.cert_valid_to === null || row.cert_valid_to > notice) continue;
      const within30 = row.cert_valid_to <= soon;
      items.push({
        kind: 'certificate',
        level: within30 ? 'warning' : 'info',
        title: `${row.name}的执法证${within30 ? '30' : '60'}日内到期`,
        detail: `执法证 ${row.certificate_no ?? ''} 有效期至 ${chineseDate(row.cert_valid_to)}，请及时办理换证。`,
        link: '/settings/staff',
        dueAt: endOfOfficeDay(row.cert_valid_to),
        waitsOn: [row.id],
      });
      continue;
    }
    items.push({
      kind: 'certificate',
      level: status.color === 'red' ? 'danger' : 'warning',
      title: `${row.name}的执法证${status.label}`,
      detail: `${status.message}${status.citation}。`,
      link: '/settings/staff',
      dueAt: status.state === 'expired' && row.cert_valid_to ? endOfOfficeDay(row.cert_valid_to) : null,
      waitsOn: [row.id],
    });
  }
  return items;
}

const ORDER = { danger: 0, warning: 1, info: 2 } as const;

/** Most urgent first; within a level, whatever falls due first, whichever capability it comes from; undated items last. */
export function byUrgency(a: AttentionItem, b: AttentionItem): number {
  if (ORDER[a.level] !== ORDER[b.level]) return ORDER[a.level] - ORDER[b.level];
  if (a.dueAt === b.dueAt) return 0;
  if (a.dueAt === null) return 1;
  if (b.dueAt === null) return -1;
  return a.dueAt.localeCompare(b.dueAt);
}

export function homeAttention(ctx: CoreContext): AttentionItem[] {
  const transfers = transferAttention(ctx);
  return [
    ...setupItems(ctx),
    ...certificateItems(ctx),
    ...reviewAttention(ctx),
    ...transfers.items,
    ...assistanceAttention(ctx),
    ...complaintAttention(ctx),
    ...supervisionAttention(ctx),
    ...sharingAttention(ctx),
    ...disputeAttention(ctx),
    ...publicityAttention(ctx),
    ...calendarAttention(ctx, transfers.missingYears),
  ].sort(byUrgency);
}
