// 行政执法统计年报: every figure counted in SQL from the records of the year, with the records it
// counts (a click from the figure to its list). What is counted, and from where:
// - 行政处罚决定: decisions the 行政执法机关负责人 recorded as agreeing (review_decisions), dated in
//   the year, each once under its heaviest decided kind (penalty-rank.ts);
// - 罚没金额: the decided fine, confiscated gains and property value of those decisions;
// - 法制审核: opinions signed by the 法制审核机构负责人 in the year; 纠错 = opinions 2–5;
// - 涉嫌犯罪移送: criminal transfers (国务院令第310号) and transfers out to a judicial body sent in
//   the year; 司法机关受理: of those, the ones the police filed (立案, also after 复议) or the body accepted;
// - 持证率: active, non-auxiliary 承办人 (执法人员) holding a certificate valid on the as-of day, the
//   same reading as shared/domain/certificate.ts.

import type { AnnualReport, ReportFigure, ReportRecordRef } from '../../../shared/contract/reports';
import { OPINIONS } from '../../../shared/domain/review';
import { officeDateOf } from '../calendar/officeTime';
import type { CoreContext } from '../context';
import { getOffice } from '../office/service';
import { PENALTY_ROWS_HEAVIEST_FIRST, PENALTY_ROWS_IN_LAW_ORDER, RANK_RULE, rankSql } from './penalty-rank';
import { sql } from '../../db/sql';

const office = (column: string) => `date(${column}, '+8 hours')`;
const yuan = (fen: number) =>
  `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

interface DecidedRow {
  id: number;
  case_id: number;
  case_number: string;
  cause: string;
  decision_number: string;
  decision_date: string;
  rank: number | null;
  fine: number;
  gains: number;
  property: number;
}

const DECIDED = `WITH decided AS (
  SELECT d.id, d.case_id, c.case_number, c.cause, d.decision_number, d.decision_date,
    (SELECT MIN(${rankSql('j.value')}) FROM json_each(d.decided_penalty_kinds) j) AS rank,
    coalesce(d.decided_fine_fen, 0) AS fine, coalesce(d.decided_gains_fen, 0) AS gains,
    coalesce(d.decided_property_fen, 0) AS property
  FROM review_decisions d JOIN cases c ON c.id = d.case_id
  WHERE d.agrees = 1 AND d.decision_date BETWEEN @from AND @to)`;

interface RoundRow {
  id: number;
  case_number: string;
  cause: string;
  round_no: number;
  opinion: number;
  signed_on: string;
}

interface CrimeRow {
  kind: 'criminal-transfer' | 'transfer-out';
  id: number;
  case_number: string;
  cause: string;
  receiver: string;
  sent_on: string;
  accepted: number;
}

const CRIME = `WITH crime AS (
  SELECT 'criminal-transfer' AS kind, t.id, c.case_number, c.cause, o.name AS receiver, ${office('t.sent_at')} AS sent_on,
    (t.answer = 'filed' OR t.reconsideration_answer = 'filed') AS accepted
  FROM criminal_transfers t JOIN cases c ON c.id = t.case_id JOIN organizations o ON o.id = t.police_org_id
  WHERE t.sent_at IS NOT NULL AND ${office('t.sent_at')} BETWEEN @from AND @to
  UNION ALL
  SELECT 'transfer-out', t.id, c.case_number, c.cause, o.name, ${office('t.sent_at')},
    coalesce(t.answer = 'accepted', 0)
  FROM transfers_out t JOIN cases c ON c.id = t.case_id JOIN organizations o ON o.id = t.receiver_org_id
  WHERE t.target = 'judicial' AND t.sent_at IS NOT NULL AND ${office('t.sent_at')} BETWEEN @from AND @to)`;

interface StaffRow {
  id: number;
  name: string;
  certificate_no: string | null;
  cert_valid_to: string | null;
  valid: number;
}

const ENFORCEMENT_STAFF = `WITH enforcement AS (
  SELECT s.id, s.name, s.certificate_no, s.cert_valid_to,
    (length(trim(coalesce(s.certificate_no, ''))) > 0
      AND (s.cert_withdrawn_on IS NULL OR s.cert_withdrawn_on > @asOf)
      AND (s.cert_valid_from IS NULL OR s.cert_valid_from <= @asOf)
      AND s.cert_valid_to IS NOT NULL AND s.cert_valid_to >= @asOf) AS valid
  FROM staff s
  WHERE s.active = 1 AND s.auxiliary = 0 AND EXISTS (SELECT 1 FROM json_each(s.roles) r WHERE r.value = 'handler'))`;

function count(ctx: CoreContext, text: string, params: Record<string, unknown>): number {
  return sql.get<{ n: number | null }>(ctx.db, text, params)!.n ?? 0;
}

function figure(key: string, label: string, value: number, records: ReportRecordRef[]): ReportFigure {
  return { key, label, value, records };
}

/** The day certificates are read on: the year's last day, or today while the year runs. */
function asOfDay(year: number, today: string): string {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

export function annualReport(ctx: CoreContext, year: number): AnnualReport {
  return ctx.db.transaction(() => computeAnnualReport(ctx, year))();
}

function computeAnnualReport(ctx: CoreContext, year: number): AnnualReport {
  const today = officeDateOf(ctx.now().toISOString());
  const asOf = asOfDay(year, today);
  const params = { from: `${year}-01-01`, to: `${year}-12-31`, asOf };

  // Penalties by kind, each decision once under its heaviest kind.
  const byRank = new Map(
    sql
      .all<{
        rank: number;
        n: number;
      }>(ctx.db, `${DECIDED} SELECT rank, COUNT(*) AS n FROM decided WHERE rank IS NOT NULL GROUP BY rank`, params)
      .map((row) => [row.rank, row.n]),
  );
  const decided = sql.all<DecidedRow>(ctx.db, `${DECIDED} SELECT * FROM decided ORDER BY decision_date, id`, params);
  const decisionRef = (row: DecidedRow, detail: string): ReportRecordRef => ({
    kind: 'case',
    id: row.case_id,
    label: `${row.case_number} ${row.cause}`,
    detail: `${row.decision_number}（${row.decision_date}）${detail ? `：${detail}` : ''}`,
  });
  const penalties = PENALTY_ROWS_IN_LAW_ORDER.map((key) => {
    const index = PENALTY_ROWS_HEAVIEST_FIRST.findIndex((row) => row.key === key);
    const row = PENALTY_ROWS_HEAVIEST_FIRST[index]!;
    return figure(
      `penalty-${key}`,
      row.label,
      byRank.get(index + 1) ?? 0,
      decided.filter((d) => d.rank === index + 1).map((d) => decisionRef(d, '')),
    );
  });
  const penaltyTotal = figure(
    'penalty-total',
    '行政处罚决定合计',
    count(ctx, `${DECIDED} SELECT COUNT(*) AS n FROM decided WHERE rank IS NOT NULL`, params),
    decided.filter((d) => d.rank !== null).map((d) => decisionRef(d, '')),
  );

  const money = sql.get<{ fine: number; gains: number; property: number }>(
    ctx.db,
    `${DECIDED} SELECT coalesce(SUM(fine), 0) AS fine, coalesce(SUM(gains), 0) AS gains,
      coalesce(SUM(property), 0) AS property FROM decided`,
    params,
  )!;
  const moneyRecords = decided
    .filter((d) => d.fine + d.gains + d.property > 0)
    .map((d) =>
      decisionRef(
        d,
        [
          d.fine ? `罚款 ${yuan(d.fine)}` : '',
          d.gains ? `没收违法所得 ${yuan(d.gains)}` : '',
          d.property ? `没收非法财物 ${yuan(d.property)}` : '',
        ]
          .filter(Boolean)
          .join('，'),
      ),
    );

  // Legal review: opinions signed in the year.
  const SIGNED = `FROM review_rounds r JOIN cases c ON c.id = r.case_id
    WHERE r.state = 'signed' AND ${office('r.signed_at')} BETWEEN @from AND @to`;
  const rounds = sql.all<RoundRow>(
    ctx.db,
    `SELECT r.id, c.case_number, c.cause, r.round_no, r.chosen_opinion AS opinion, ${office('r.signed_at')} AS signed_on
      ${SIGNED} ORDER BY r.signed_at, r.id`,
    params,
  );
  const byOpinion = new Map(
    sql
      .all<{
        opinion: number;
        n: number;
      }>(ctx.db, `SELECT r.chosen_opinion AS opinion, COUNT(*) AS n ${SIGNED} GROUP BY r.chosen_opinion`, params)
      .map((row) => [row.opinion, row.n]),
  );
  const roundRef = (r: RoundRow): ReportRecordRef => ({
    kind: 'round',
    id: r.id,
    label: `${r.case_number} ${r.cause}`,
    detail: `第${r.round_no}轮，意见${r.opinion}（${OPINIONS.find((o) => o.number === r.opinion)?.label ?? ''}），${r.signed_on} 签署`,
  });
  const reviewed = figure(
    'reviewed',
    '审核数',
    count(ctx, `SELECT COUNT(*) AS n ${SIGNED}`, params),
    rounds.map(roundRef),
  );
  const corrected = figure(
    'corrected',
    '纠错数（意见2至5）',
    count(ctx, `SELECT COUNT(*) AS n ${SIGNED} AND r.chosen_opinion BETWEEN 2 AND 5`, params),
    rounds.filter((r) => r.opinion >= 2).map(roundRef),
  );
  const opinions = OPINIONS.map((o) =>
    figure(
      `opinion-${o.number}`,
      `意见${o.number}：${o.label}`,
      byOpinion.get(o.number) ?? 0,
      rounds.filter((r) => r.opinion === o.number).map(roundRef),
    ),
  );

  // Suspected crimes transferred, and accepted by the judicial body.
  const crime = sql.all<CrimeRow>(ctx.db, `${CRIME} SELECT * FROM crime ORDER BY sent_on, kind, id`, params);
  const crimeRef = (r: CrimeRow): ReportRecordRef => ({
    kind: r.kind,
    id: r.id,
    label: `${r.case_number} ${r.cause}`,
    detail: `${r.sent_on} 移送${r.receiver}${r.accepted ? '，已立案' : ''}`,
  });
  const crimeTransferred = figure(
    'crime-transferred',
    '涉嫌犯罪移送',
    count(ctx, `${CRIME} SELECT COUNT(*) AS n FROM crime`, params),
    crime.map(crimeRef),
  );
  const crimeAccepted = figure(
    'crime-accepted',
    '司法机关受理（立案）',
    count(ctx, `${CRIME} SELECT COUNT(*) AS n FROM crime WHERE accepted`, params),
    crime.filter((r) => r.accepted).map(crimeRef),
  );

  // Certificates.
  const staff = sql.all<StaffRow>(ctx.db, `${ENFORCEMENT_STAFF} SELECT * FROM enforcement ORDER BY id`, params);
  const staffRef = (s: StaffRow): ReportRecordRef => ({
    kind: 'staff',
    id: s.id,
    label: s.name,
    detail: s.certificate_no ? `执法证 ${s.certificate_no}，有效期至 ${s.cert_valid_to ?? '未登记'}` : '未登记执法证',
  });
  const enforcementStaff = figure(
    'enforcement-staff',
    '执法人员',
    count(ctx, `${ENFORCEMENT_STAFF} SELECT COUNT(*) AS n FROM enforcement`, params),
    staff.map(staffRef),
  );
  const certified = figure(
    'certified',
    '持有效执法证',
    count(ctx, `${ENFORCEMENT_STAFF} SELECT COUNT(*) AS n FROM enforcement WHERE valid`, params),
    staff.filter((s) => s.valid).map(staffRef),
  );

  return {
    year,
    officeName: getOffice(ctx)?.name ?? '',
    generatedOn: today,
    asOf,
    penalties,
    penaltyTotal,
    rankRule: RANK_RULE,
    money: {
      fineFen: money.fine,
      gainsFen: money.gains,
      propertyFen: money.property,
      totalFen: money.fine + money.gains + money.property,
      records: moneyRecords,
    },
    reviewed,
    corrected,
    opinions,
    crimeTransferred,
    crimeAccepted,
    enforcementStaff,
    certified,
  };
}

/** "12.5%", or "—" when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** 分 → 万元 with four decimals (one yuan is 0.0001 万元), e.g. 0.8500. */
export function wanYuan(fen: number): string {
  return (fen / 1_000_000).toFixed(4);
}
