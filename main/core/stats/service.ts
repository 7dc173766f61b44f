// The statistics page: one year's figures as tables (each drawn as a chart on the page), and the same
// tables as an XLSX through the shared ledger writer. Counts come from SQL (./queries.ts); deadlines in
// working days are judged over the office calendar, as everywhere else in the app.

import type { DocumentFile, StatsTable, StatsYear } from '../../../shared/contract';
import { OPINIONS, TRIGGERS } from '../../../shared/domain/review';
import type { CoreContext } from '../context';
import { officeDateOf } from '../calendar/officeTime';
import { officeCalendar } from '../calendar/officeYears';
import type { WorkCalendar } from '../calendar/workCalendar';
import { ledgerWorkbook, type LedgerSheet } from '../ledgers/xlsx';
import { PUBLICITY_WORKING_DAYS } from '../../../shared/contract/publicity';
import * as q from './queries';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Verdict = 'met' | 'missed' | 'pending';

/** Whether something owed within `days` working days of `start` was done by `done` (or, undone, is late by `today`). */
export function workingDayVerdict(
  calendar: WorkCalendar,
  start: string,
  days: number,
  done: string | null,
  today: string,
): Verdict {
  let due: string;
  try {
    due = calendar.addWorkingDays(start, days);
  } catch {
    return 'pending';
  }
  if (done !== null) return done <= due ? 'met' : 'missed';
  return today > due ? 'missed' : 'pending';
}

function instantVerdict(dueAt: string, doneAt: string | null, now: string): Verdict {
  if (doneAt !== null) return Date.parse(doneAt) <= Date.parse(dueAt) ? 'met' : 'missed';
  return Date.parse(now) > Date.parse(dueAt) ? 'missed' : 'pending';
}

function deadlineRows(ctx: CoreContext, year: number): StatsTable['rows'] {
  const calendar = officeCalendar(ctx.db);
  const now = ctx.now().toISOString();
  const today = officeDateOf(now);
  const tally = () => ({ met: 0, missed: 0, pending: 0 });
  const send = tally();
  const answer = tally();
  for (const row of q.transferOutDeadlineRows(ctx.db, year)) {
    if (row.send_limit_unit === 'hours' && row.found_at) {
      send[instantVerdict(calendar.addClockHours(row.found_at, row.send_limit), row.sent_at, now)] += 1;
    } else {
      const sentOn = row.sent_at ? officeDateOf(row.sent_at) : null;
      send[workingDayVerdict(calendar, row.found_on, row.send_limit, sentOn, today)] += 1;
    }
    if (row.received_at) {
      answer[
        workingDayVerdict(calendar, officeDateOf(row.received_at), row.answer_working_days, row.answered_on, today)
      ] += 1;
    }
  }
  const ours = tally();
  for (const row of q.transferInDeadlineRows(ctx.db, year))
    ours[workingDayVerdict(calendar, row.received_on, row.answer_working_days, row.answered_on, today)] += 1;
  const publicity = tally();
  for (const row of q.publicityDeadlineRows(ctx.db, year))
    publicity[workingDayVerdict(calendar, row.decision_date, PUBLICITY_WORKING_DAYS, row.published_on, today)] += 1;
  const supplement = q.supplementTimeliness(ctx.db, year, today);
  const criminal = q.criminalDeadlines(ctx.db, year);
  return [
    {
      label: '补正材料',
      values: { met: supplement.onTime, missed: supplement.late + supplement.overdue, pending: supplement.open },
    },
    { label: '案件移送（本单位发出）', values: send },
    { label: '受移送机关书面答复', values: answer },
    { label: '移入案件的书面答复（本单位）', values: ours },
    {
      label: '涉嫌犯罪案件移送审批（3日）',
      values: { met: criminal.decisionMet, missed: criminal.decisionMissed, pending: 0 },
    },
    { label: '涉嫌犯罪案件移送（24小时）', values: { met: criminal.sendMet, missed: criminal.sendMissed, pending: 0 } },
    { label: '处罚决定公示（7个工作日）', values: publicity },
  ];
}

const TARGET_LABELS: Record<string, string> = {
  jurisdiction: '移送有管辖权的机关',
  judicial: '移送司法机关（案件移送函）',
  criminal: '涉嫌犯罪案件移送（310号令）',
};

const STAGE_LABELS: Record<string, string> = {
  accept: '送审至材料接收',
  review: '材料接收至审核员签署',
  countersign: '审核员签署至负责人签署',
  decide: '审核意见签署至作出决定',
  transfer: '发现至移送函发出',
};

export function statsForYear(ctx: CoreContext, year: number): StatsYear {
  const today = officeDateOf(ctx.now().toISOString());
  const months = q.reviewsByMonth(ctx.db, year);
  const triggers = new Map(q.reviewsByTrigger(ctx.db, year).map((row) => [row.trigger, row.rounds]));
  const opinions = new Map(q.opinionsSigned(ctx.db, year).map((row) => [row.opinion, row.rounds]));
  const signedTotal = [...opinions.values()].reduce((sum, n) => sum + n, 0);
  const corrected = signedTotal - (opinions.get(1) ?? 0);
  const supplement = q.supplementTimeliness(ctx.db, year, today);
  const transfers = q.transfersByTarget(ctx.db, year);
  const outcomes = ['accepted', 'refused', 'escalated', 'pending', 'unsent', 'withdrawn'] as const;
  const tables: StatsTable[] = [
    {
      key: 'reviewsByMonth',
      title: '法制审核：按月统计',
      note: '送审：当月提交的审核轮次；签署：当月经法制审核机构负责人签署的审核意见。',
      columns: [
        { key: 'submitted', label: '送审' },
        { key: 'signed', label: '签署' },
      ],
      rows: months.map((m) => ({ label: `${m.month}月`, values: { submitted: m.submitted, signed: m.signed } })),
    },
    {
      key: 'reviewsByTrigger',
      title: '法制审核：按审核情形统计',
      note: `本年送审 ${q.roundsSubmitted(ctx.db, year)} 轮；一轮可同时符合多项情形（涪陵府办〔2024〕1号 二(四)）。`,
      columns: [{ key: 'rounds', label: '轮次' }],
      rows: TRIGGERS.map((t) => ({ label: `${t.id}. ${t.label}`, values: { rounds: triggers.get(t.id) ?? 0 } })),
    },
    {
      key: 'opinions',
      title: '审核意见及纠错率',
      note:
        signedTotal === 0
          ? '本年尚无签署的审核意见。'
          : `纠错率 = 意见2至5的件数 ÷ 全部审核意见 = ${corrected} ÷ ${signedTotal}。`,
      columns: [{ key: 'rounds', label: '件数' }],
      rows: OPINIONS.map((o) => ({
        label: `意见${o.number}：${o.label}`,
        values: { rounds: opinions.get(o.number) ?? 0 },
      })),
    },
    {
      key: 'supplements',
      title: '补正材料通知及其按期情况',
      note: '按通知的出具日期归年；按期与否以通知载明的补正期限为准。',
      columns: [{ key: 'n', label: '件数' }],
      rows: [
        { label: '按期补正', values: { n: supplement.onTime } },
        { label: '逾期补正', values: { n: supplement.late } },
        { label: '逾期未补正', values: { n: supplement.overdue } },
        { label: '期限内待补正', values: { n: supplement.open } },
      ],
    },
    {
      key: 'transfers',
      title: '案件移送：按去向和结果统计',
      note: '移送函按发现不属于本单位管辖之日归年，涉嫌犯罪案件移送按书面报告之日归年。',
      columns: [
        { key: 'accepted', label: '接受/立案' },
        { key: 'refused', label: '不予接受/不予立案' },
        { key: 'escalated', label: '报请政府决定' },
        { key: 'pending', label: '待答复' },
        { key: 'unsent', label: '未发出' },
        { key: 'withdrawn', label: '已撤回' },
      ],
      rows: Object.entries(TARGET_LABELS).map(([target, label]) => ({
        label,
        values: Object.fromEntries(
          outcomes.map((o) => [o, transfers.find((t) => t.target === target && t.outcome === o)?.n ?? 0]),
        ),
      })),
    },
    {
      key: 'deadlines',
      title: '期限：按期与逾期',
      note: '工作日期限按本单位节假日安排计算；尚未到期且未办理的计为“未到期”。',
      columns: [
        { key: 'met', label: '按期' },
        { key: 'missed', label: '逾期' },
        { key: 'pending', label: '未到期' },
      ],
      rows: deadlineRows(ctx, year),
    },
    {
      key: 'stageDays',
      title: '各环节平均用时（日历日）',
      note: '审核环节按本年签署的审核轮次计，决定按本年的决定日期计，移送按本年发现的移送计。',
      columns: [
        { key: 'days', label: '平均天数' },
        { key: 'n', label: '件数' },
      ],
      rows: q.stageDays(ctx.db, year).map((row) => ({
        label: STAGE_LABELS[row.stage] ?? row.stage,
        values: { days: row.days ?? 0, n: row.n },
      })),
    },
  ];
  const years = q.yearsWithRecords(ctx.db);
  return {
    year,
    years: years.includes(year) ? years : [year, ...years].sort((a, b) => b - a),
    correctionRate: signedTotal === 0 ? null : Math.round((corrected / signedTotal) * 1000) / 10,
    tables,
  };
}

/** One sheet per table, with the table's title above it. */
export async function exportStats(ctx: CoreContext, year: number): Promise<DocumentFile> {
  const stats = statsForYear(ctx, year);
  const sheets = stats.tables.map((table): LedgerSheet<StatsTable['rows'][number]> => ({
    name: table.title.slice(0, 31),
    title: `${year}年度 ${table.title}`,
    columns: [
      { header: '项目', kind: 'text', width: 34, value: (row) => row.label },
      ...table.columns.map((c) => ({
        header: c.label,
        kind: c.key === 'days' ? ('decimal' as const) : ('integer' as const),
        width: 14,
        value: (row: StatsTable['rows'][number]) => row.values[c.key] ?? 0,
      })),
    ],
    rows: table.rows,
  }));
  const bytes = await ledgerWorkbook(sheets);
  return { fileName: `${year}年度执法统计.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}
