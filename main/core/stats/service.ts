// The statistics page: one year's figures as tables (each drawn as a chart on the page), and the same
// tables as an XLSX through the shared ledger writer. Counts come from SQL (./queries.ts); deadlines in
// working days are judged over the office calendar, as everywhere else in the app.

import type { DocumentFile, ReportRecordRef, StatsRow, StatsTable, StatsYear } from '../../../shared/contract';
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

type Judged = Record<Verdict, ReportRecordRef[]>;

const judged = (): Judged => ({ met: [], missed: [], pending: [] });

function deadlineRow(label: string, by: Judged): StatsRow {
  return {
    label,
    values: { met: by.met.length, missed: by.missed.length, pending: by.pending.length },
    records: { met: by.met, missed: by.missed, pending: by.pending },
  };
}

const recordRef = (record: q.DeadlineRecord, detail: string): ReportRecordRef => ({
  kind: record.kind,
  id: record.id,
  label: record.label,
  detail,
});

/** Each deadline row's figures are the lengths of its judged lists: the same rows give both. */
function deadlineRows(ctx: CoreContext, year: number, supplements: Cells): StatsRow[] {
  const calendar = officeCalendar(ctx.db);
  const now = ctx.now().toISOString();
  const today = officeDateOf(now);
  const send = judged();
  const answer = judged();
  for (const row of q.transferOutDeadlineRows(ctx.db, year)) {
    const sentOn = row.sent_at ? officeDateOf(row.sent_at) : null;
    const verdict =
      row.send_limit_unit === 'hours' && row.found_at
        ? instantVerdict(calendar.addClockHours(row.found_at, row.send_limit), row.sent_at, now)
        : workingDayVerdict(calendar, row.found_on, row.send_limit, sentOn, today);
    const limit = row.send_limit_unit === 'hours' ? `${row.send_limit}小时` : `${row.send_limit}个工作日`;
    send[verdict].push(
      recordRef(row, `${row.found_on} 发现，${sentOn ? `${sentOn} 发出移送函` : '移送函尚未发出'}（期限${limit}）`),
    );
    if (row.received_at) {
      const receivedOn = officeDateOf(row.received_at);
      answer[workingDayVerdict(calendar, receivedOn, row.answer_working_days, row.answered_on, today)].push(
        recordRef(
          row,
          `${receivedOn} 受移送机关收到，${row.answered_on ? `${row.answered_on} 书面答复` : '尚未答复'}（期限${row.answer_working_days}个工作日）`,
        ),
      );
    }
  }
  const ours = judged();
  for (const row of q.transferInDeadlineRows(ctx.db, year))
    ours[workingDayVerdict(calendar, row.received_on, row.answer_working_days, row.answered_on, today)].push(
      recordRef(
        row,
        `${row.received_on} 收到移送，${row.answered_on ? `${row.answered_on} 书面答复` : '尚未答复'}（期限${row.answer_working_days}个工作日）`,
      ),
    );
  const publicity = judged();
  for (const row of q.publicityDeadlineRows(ctx.db, year))
    publicity[workingDayVerdict(calendar, row.decision_date, PUBLICITY_WORKING_DAYS, row.published_on, today)].push(
      recordRef(
        row,
        `${row.decision_date} 作出决定 ${row.decision_number}，${row.published_on ? `${row.published_on} 公示` : '尚未公示'}`,
      ),
    );
  const decision = judged();
  const sending = judged();
  for (const row of q.criminalDeadlineRows(ctx.db, year)) {
    if (row.decided_on)
      decision[row.decision_late ? 'missed' : 'met'].push(
        recordRef(row, `${row.reported_on} 书面报告，${row.decided_on} 作出移送决定`),
      );
    if (row.sent_on)
      sending[row.send_late ? 'missed' : 'met'].push(
        recordRef(row, `${row.decided_on ?? row.reported_on} 批准移送，${row.sent_on} 移送公安机关`),
      );
  }
  return [
    deadlineRow('补正材料', {
      met: supplements.records('onTime', 'n'),
      missed: [...supplements.records('late', 'n'), ...supplements.records('overdue', 'n')],
      pending: supplements.records('open', 'n'),
    }),
    deadlineRow('案件移送（本单位发出）', send),
    deadlineRow('受移送机关书面答复', answer),
    deadlineRow('移入案件的书面答复（本单位）', ours),
    deadlineRow('涉嫌犯罪案件移送审批（3日）', decision),
    deadlineRow('涉嫌犯罪案件移送（24小时）', sending),
    deadlineRow('处罚决定公示（7个工作日）', publicity),
  ];
}

/** A table's figures and the records behind each, both read from one source (queries.ts). */
interface Cells {
  count(row: string, col: string): number;
  average(row: string, col: string): number | null;
  records(row: string, col: string): ReportRecordRef[];
}

function cells(ctx: CoreContext, src: q.Source, params: Record<string, unknown>): Cells {
  const figures = new Map(q.cellFigures(ctx.db, src, params).map((c) => [`${c.row_key}|${c.col_key}`, c]));
  const lists = new Map<string, ReportRecordRef[]>();
  for (const r of q.cellRecords(ctx.db, src, params)) {
    const key = `${r.row_key}|${r.col_key}`;
    const list = lists.get(key) ?? [];
    list.push({ kind: r.kind, id: r.id, label: r.label, detail: r.detail });
    lists.set(key, list);
  }
  return {
    count: (row, col) => figures.get(`${row}|${col}`)?.n ?? 0,
    average: (row, col) => figures.get(`${row}|${col}`)?.avg ?? null,
    records: (row, col) => lists.get(`${row}|${col}`) ?? [],
  };
}

/** A row whose columns are counted from `source`, each with its records. */
function countedRow(label: string, source: Cells, row: string, columns: readonly string[]): StatsRow {
  return {
    label,
    values: Object.fromEntries(columns.map((col) => [col, source.count(row, col)])),
    records: Object.fromEntries(columns.map((col) => [col, source.records(row, col)])),
  };
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
  return ctx.db.transaction(() => computeStats(ctx, year))();
}

function computeStats(ctx: CoreContext, year: number): StatsYear {
  const today = officeDateOf(ctx.now().toISOString());
  const params = { year, today };
  const months = cells(ctx, q.REVIEWS_BY_MONTH, params);
  const triggers = cells(ctx, q.REVIEWS_BY_TRIGGER, params);
  const opinions = cells(ctx, q.OPINIONS_SIGNED, params);
  const supplements = cells(ctx, q.SUPPLEMENTS, params);
  const transfers = cells(ctx, q.TRANSFERS, params);
  const stages = cells(ctx, q.STAGE_DAYS, params);
  const signed = OPINIONS.flatMap((o) => opinions.records(String(o.number), 'rounds'));
  const signedTotal = OPINIONS.reduce((sum, o) => sum + opinions.count(String(o.number), 'rounds'), 0);
  const corrected = signedTotal - opinions.count('1', 'rounds');
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
      rows: Array.from({ length: 12 }, (_, i) =>
        countedRow(`${i + 1}月`, months, String(i + 1), ['submitted', 'signed']),
      ),
    },
    {
      key: 'reviewsByTrigger',
      title: '法制审核：按审核情形统计',
      note: `本年送审 ${q.roundsSubmitted(ctx.db, year)} 轮；一轮可同时符合多项情形（涪陵府办〔2024〕1号 二(四)）。`,
      columns: [{ key: 'rounds', label: '轮次' }],
      rows: TRIGGERS.map((t) => countedRow(`${t.id}. ${t.label}`, triggers, String(t.id), ['rounds'])),
    },
    {
      key: 'opinions',
      title: '审核意见及纠错率',
      note:
        signedTotal === 0
          ? '本年尚无签署的审核意见。'
          : `纠错率 = 意见2至5的件数 ÷ 全部审核意见 = ${corrected} ÷ ${signedTotal}。`,
      columns: [{ key: 'rounds', label: '件数' }],
      rows: OPINIONS.map((o) => countedRow(`意见${o.number}：${o.label}`, opinions, String(o.number), ['rounds'])),
    },
    {
      key: 'supplements',
      title: '补正材料通知及其按期情况',
      note: '按通知的出具日期归年；按期与否以通知载明的补正期限为准。',
      columns: [{ key: 'n', label: '件数' }],
      rows: [
        countedRow('按期补正', supplements, 'onTime', ['n']),
        countedRow('逾期补正', supplements, 'late', ['n']),
        countedRow('逾期未补正', supplements, 'overdue', ['n']),
        countedRow('期限内待补正', supplements, 'open', ['n']),
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
      rows: Object.entries(TARGET_LABELS).map(([target, label]) => countedRow(label, transfers, target, outcomes)),
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
      rows: deadlineRows(ctx, year, supplements),
    },
    {
      key: 'stageDays',
      title: '各环节平均用时（日历日）',
      note: '审核环节按本年签署的审核轮次计，决定按本年的决定日期计，移送按本年发现的移送计。',
      columns: [
        { key: 'days', label: '平均天数' },
        { key: 'n', label: '件数' },
      ],
      rows: Object.entries(STAGE_LABELS).map(([stage, label]) => {
        const records = stages.records(stage, 'n');
        return {
          label,
          values: { days: stages.average(stage, 'n') ?? 0, n: stages.count(stage, 'n') },
          records: { days: records, n: records },
        };
      }),
    },
  ];
  const years = q.yearsWithRecords(ctx.db);
  return {
    year,
    years: years.includes(year) ? years : [year, ...years].sort((a, b) => b - a),
    correctionRate: signedTotal === 0 ? null : Math.round((corrected / signedTotal) * 1000) / 10,
    correctionRecords: signed,
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
