// 执法公示 of each recorded penalty decision: what is published (决定书文号, 处罚类型, 事由, 依据, 相对人 with
// 统一社会信用代码), by when (7 working days from the decision, over the office calendar), marked as
// published (date, where), and withdrawn within 三日 once the decision is changed, revoked, found unlawful
// or void (《行政处罚法》第四十八条第二款, national law). A natural person is published as 姓氏+某 only.

import type {
  AttentionItem,
  DeadlineView,
  DocumentFile,
  ParsedInputOf,
  PublicityItem,
  PublicityList,
} from '../../../shared/contract';
import type { CaseRecord } from '../../../shared/contract';
import {
  NATURAL_PERSON_RULE,
  PUBLICITY_RULE,
  PUBLICITY_WORKING_DAYS,
  REVOKE_KIND_LABELS,
  WITHDRAW_RULE,
} from '../../../shared/contract/publicity';
import { PENALTY_KIND_LABELS } from '../../../shared/domain/case';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { actorName } from '../session/operator';
import { endOfOfficeDay, officeDateOf } from '../calendar/officeTime';
import { officeCalendar } from '../calendar/officeYears';
import type { WorkCalendar } from '../calendar/workCalendar';
import { normalizeCaseSnapshot } from '../cases/store';
import { ledgerWorkbook } from '../ledgers/xlsx';
import {
  decisionForPublicity,
  decisionsOfYear,
  decisionsOwingPublicity,
  recordPublished,
  recordRevoked,
  recordWithdrawn,
  type DecisionForPublicity,
} from './store';
import { chineseDate } from '../../../shared/domain/calendar';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WITHDRAW_WORKING_DAYS = 3;

/** 陈某某 → 陈某: a natural person's name as it may be published. */
export function maskNaturalPerson(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '';
  return `${[...trimmed][0] ?? ''}某`;
}

function partyOf(record: CaseRecord): { party: string; creditCode: string; natural: boolean } {
  if (record.party.type === 'citizen')
    return { party: maskNaturalPerson(record.party.name), creditCode: '', natural: true };
  return { party: record.party.name, creditCode: record.party.idCode, natural: false };
}

function dueIn(calendar: WorkCalendar, from: string, days: number): string | null {
  try {
    return calendar.addWorkingDays(from, days);
  } catch {
    return null;
  }
}

function deadlineOf(
  due: string | null,
  from: string,
  today: string,
  text: string,
  rule: string,
  calendar: WorkCalendar,
): DeadlineView {
  if (due === null) {
    const year = Number(from.slice(0, 4)) + 1;
    return {
      level: 'danger',
      dueAt: null,
      dueDate: null,
      text: `节假日安排缺少 ${year} 年，无法计算期限：请在 设置 › 节假日安排 载入`,
      rule,
      unknownYear: year,
    };
  }
  const left =
    today > due
      ? -1
      : (() => {
          try {
            return calendar.workingDaysUntil(today, due);
          } catch {
            return 9;
          }
        })();
  return {
    level: left < 0 ? 'danger' : left <= 1 ? 'warning' : 'info',
    dueAt: null,
    dueDate: due,
    text: left < 0 ? `已超过期限（应于${chineseDate(due)}前${text}）` : `应于${chineseDate(due)}前${text}`,
    rule,
    unknownYear: null,
  };
}

export function publicityItem(
  ctx: CoreContext,
  row: DecisionForPublicity,
  calendar = officeCalendar(ctx.db),
): PublicityItem {
  const record = normalizeCaseSnapshot(JSON.parse(row.decision_json) as CaseRecord);
  const p = row.publicity;
  const { party, creditCode, natural } = partyOf(record);
  const today = officeDateOf(ctx.now().toISOString());
  let state: PublicityItem['state'] = 'due';
  let deadline: DeadlineView | null = null;
  const publishDue = dueIn(calendar, row.decision_date, PUBLICITY_WORKING_DAYS);
  if (p?.revoked_on) {
    if (!p.published_on) state = 'revoked';
    else if (p.withdrawn_on) state = 'withdrawn';
    else {
      state = 'to-withdraw';
      deadline = deadlineOf(
        dueIn(calendar, p.revoked_on, WITHDRAW_WORKING_DAYS),
        p.revoked_on,
        today,
        '撤回公示并公开说明理由',
        WITHDRAW_RULE,
        calendar,
      );
    }
  } else if (p?.published_on) state = 'published';
  else deadline = deadlineOf(publishDue, row.decision_date, today, '公示', PUBLICITY_RULE, calendar);
  return {
    decisionId: row.decision_id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    penalty: record.penaltyKinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、'),
    cause: record.cause,
    basis: record.legalBasis,
    party,
    creditCode,
    naturalPerson: natural,
    fineFen: record.fineFen,
    dueDate: publishDue,
    state,
    deadline,
    publishedOn: p?.published_on ?? null,
    publishedWhere: p?.published_where ?? '',
    revokedOn: p?.revoked_on ?? null,
    revokeKind: p?.revoke_kind ?? null,
    revokeReason: p?.revoke_reason ?? '',
    withdrawnOn: p?.withdrawn_on ?? null,
  };
}

export function listPublicity(ctx: CoreContext, year: number): PublicityList {
  const calendar = officeCalendar(ctx.db);
  return {
    rule: PUBLICITY_RULE,
    withdrawRule: WITHDRAW_RULE,
    naturalPersonRule: NATURAL_PERSON_RULE,
    items: decisionsOfYear(ctx.db, year).map((row) => publicityItem(ctx, row, calendar)),
  };
}

function requireDecision(ctx: CoreContext, decisionId: number): DecisionForPublicity {
  const row = decisionForPublicity(ctx.db, decisionId);
  if (!row)
    throw new AppError(
      'NOT_FOUND',
      `找不到编号为 ${decisionId} 的行政处罚决定（只有负责人同意并登记文号的决定才需公示）`,
    );
  return row;
}

function today(ctx: CoreContext): string {
  return officeDateOf(ctx.now().toISOString());
}

function audit(ctx: CoreContext, row: DecisionForPublicity, action: string, summary: string, after: unknown): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity: 'case',
    entityId: String(row.case_id),
    summary,
    before: undefined,
    after,
  });
}

export function publishDecision(ctx: CoreContext, input: ParsedInputOf<'publicity.publish'>): PublicityItem {
  const row = requireDecision(ctx, input.decisionId);
  if (row.publicity?.revoked_on)
    throw new AppError(
      'PUBLICITY_STATE',
      `该决定已于${chineseDate(row.publicity.revoked_on)}${REVOKE_KIND_LABELS[row.publicity.revoke_kind ?? 'revoked']}，不再公示。`,
    );
  if (row.publicity?.published_on)
    throw new AppError(
      'PUBLICITY_STATE',
      `该决定已于${chineseDate(row.publicity.published_on)}在“${row.publicity.published_where}”公示。`,
    );
  if (input.publishedOn < row.decision_date)
    throw new AppError(
      'VALIDATION',
      `公示日期（${chineseDate(input.publishedOn)}）早于决定日期（${chineseDate(row.decision_date)}），请核对。`,
      { field: 'publishedOn' },
    );
  if (input.publishedOn > today(ctx))
    throw new AppError('VALIDATION', `公示日期（${chineseDate(input.publishedOn)}）晚于今天，请在公示后登记。`, {
      field: 'publishedOn',
    });
  recordPublished(ctx.db, row.decision_id, input.publishedOn, input.where, actorName(ctx), ctx.now().toISOString());
  const item = publicityItem(ctx, requireDecision(ctx, row.decision_id));
  const late = item.dueDate !== null && input.publishedOn > item.dueDate ? '（逾期）' : '';
  audit(
    ctx,
    row,
    'publicity.publish',
    `行政处罚决定${row.decision_number}已于${chineseDate(input.publishedOn)}在${input.where}公示${late}`,
    input,
  );
  return item;
}

export function revokeDecision(ctx: CoreContext, input: ParsedInputOf<'publicity.revoke'>): PublicityItem {
  const row = requireDecision(ctx, input.decisionId);
  if (row.publicity?.revoked_on)
    throw new AppError(
      'PUBLICITY_STATE',
      `已登记该决定于${chineseDate(row.publicity.revoked_on)}${REVOKE_KIND_LABELS[row.publicity.revoke_kind ?? 'revoked']}。`,
    );
  if (input.revokedOn < row.decision_date)
    throw new AppError(
      'VALIDATION',
      `变更或撤销日期（${chineseDate(input.revokedOn)}）早于决定日期（${chineseDate(row.decision_date)}），请核对。`,
      { field: 'revokedOn' },
    );
  if (input.revokedOn > today(ctx))
    throw new AppError('VALIDATION', `变更或撤销日期（${chineseDate(input.revokedOn)}）晚于今天，请核对。`, {
      field: 'revokedOn',
    });
  recordRevoked(ctx.db, row.decision_id, input.revokedOn, input.kind, input.reason, ctx.now().toISOString());
  const what = row.publicity?.published_on ? '，应在三日内撤回公示' : '，不再公示';
  audit(
    ctx,
    row,
    'publicity.revoke',
    `行政处罚决定${row.decision_number}于${chineseDate(input.revokedOn)}${REVOKE_KIND_LABELS[input.kind]}${what}：${input.reason}`,
    input,
  );
  return publicityItem(ctx, requireDecision(ctx, row.decision_id));
}

export function withdrawPublication(ctx: CoreContext, input: ParsedInputOf<'publicity.withdraw'>): PublicityItem {
  const row = requireDecision(ctx, input.decisionId);
  const p = row.publicity;
  if (!p?.revoked_on)
    throw new AppError(
      'PUBLICITY_STATE',
      '该决定未被变更、撤销、确认违法或确认无效，不能撤回公示；请先登记变更或撤销。',
    );
  if (!p.published_on) throw new AppError('PUBLICITY_STATE', '该决定尚未公示，无需撤回。');
  if (p.withdrawn_on) throw new AppError('PUBLICITY_STATE', `已于${chineseDate(p.withdrawn_on)}撤回公示。`);
  if (input.withdrawnOn < p.revoked_on)
    throw new AppError(
      'VALIDATION',
      `撤回日期（${chineseDate(input.withdrawnOn)}）早于决定被变更或撤销的日期（${chineseDate(p.revoked_on)}），请核对。`,
      { field: 'withdrawnOn' },
    );
  if (input.withdrawnOn > today(ctx))
    throw new AppError('VALIDATION', `撤回日期（${chineseDate(input.withdrawnOn)}）晚于今天，请在撤回后登记。`, {
      field: 'withdrawnOn',
    });
  recordWithdrawn(ctx.db, row.decision_id, input.withdrawnOn, input.note, ctx.now().toISOString());
  audit(
    ctx,
    row,
    'publicity.withdraw',
    `行政处罚决定${row.decision_number}的公示已于${chineseDate(input.withdrawnOn)}撤回`,
    input,
  );
  return publicityItem(ctx, requireDecision(ctx, row.decision_id));
}

/** The home page: decisions still to publish, and publications to withdraw. */
export function publicityAttention(ctx: CoreContext): AttentionItem[] {
  const calendar = officeCalendar(ctx.db);
  return decisionsOwingPublicity(ctx.db).flatMap((row): AttentionItem[] => {
    const item = publicityItem(ctx, row, calendar);
    if (!item.deadline) return [];
    const withdraw = item.state === 'to-withdraw';
    return [
      {
        kind: 'publicity',
        level: item.deadline.level,
        title: `${withdraw ? '撤回公示' : '执法公示'} ${item.decisionNumber}`,
        detail: `${item.deadline.text}（${withdraw ? '《行政处罚法》第四十八条第二款' : '决定作出之日起7个工作日内公示'}）`,
        link: '/stats/publicity',
        dueAt: item.deadline.dueDate ? endOfOfficeDay(item.deadline.dueDate) : null,
      },
    ];
  });
}

export async function exportPublicity(ctx: CoreContext, year: number): Promise<DocumentFile> {
  const list = listPublicity(ctx, year);
  const state = {
    due: '待公示',
    published: '已公示',
    revoked: '决定已撤销（未公示）',
    'to-withdraw': '待撤回',
    withdrawn: '已撤回',
  };
  const bytes = await ledgerWorkbook([
    {
      name: '行政处罚决定公示',
      title: `${year}年度 行政处罚决定公示清单`,
      columns: [
        { header: '行政处罚决定书文号', kind: 'text', width: 26, value: (i: PublicityItem) => i.decisionNumber },
        { header: '决定日期', kind: 'date', value: (i: PublicityItem) => i.decisionDate },
        { header: '处罚类型', kind: 'text', width: 20, value: (i: PublicityItem) => i.penalty },
        { header: '事由', kind: 'text', width: 30, value: (i: PublicityItem) => i.cause },
        { header: '依据', kind: 'text', width: 36, value: (i: PublicityItem) => i.basis },
        { header: '相对人', kind: 'text', width: 24, value: (i: PublicityItem) => i.party },
        { header: '统一社会信用代码', kind: 'text', width: 22, value: (i: PublicityItem) => i.creditCode },
        { header: '罚款（元）', kind: 'money', value: (i: PublicityItem) => i.fineFen },
        { header: '应公示日期', kind: 'date', value: (i: PublicityItem) => i.dueDate },
        { header: '公示日期', kind: 'date', value: (i: PublicityItem) => i.publishedOn },
        { header: '公示载体', kind: 'text', width: 24, value: (i: PublicityItem) => i.publishedWhere },
        { header: '状态', kind: 'text', value: (i: PublicityItem) => state[i.state] },
        { header: '撤回日期', kind: 'date', value: (i: PublicityItem) => i.withdrawnOn },
      ],
      rows: list.items,
    },
  ]);
  return { fileName: `${year}年度行政处罚决定公示清单.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}
