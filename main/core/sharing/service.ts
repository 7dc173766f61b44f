// 信息共享 (涪陵府办〔2024〕1号 二(一); 周政办字〔2018〕18号 二(四)5, 二(四)3(4); 郯政发〔2023〕1号 二(三)10):
// information the office shares and information shared with it, each with the period its profile
// sets. Items open by hand, or by events: a penalty decision recorded (抄告 to the related department)
// and a transfer refused (不予立案处罚的相关情况). One transaction per command; every step audited.

import type { ParsedInputOf, SharingSummary, SharingView } from '../../../shared/contract';
import {
  SHARING_DIRECTION_LABELS,
  SHARING_KIND_LABELS,
  SHARING_METHOD_LABELS,
  type SharingMethod,
  type SharingOrigin,
} from '../../../shared/contract/sharing';
import type { RuleProfile, SourcedNumber } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { appendAudit, auditForEntity } from '../audit/log';
import { actorName } from '../session/operator';
import { getCase } from '../cases/service';
import { clockOf, type Clock } from '../calendar/clock';
import { officeDateOf } from '../calendar/officeTime';
import { deadlineView } from '../transfers/deadlines';
import { getProfile, officeDefaultProfileId, resolveCaseProfile } from '../profiles/service';
import { registerLimit, registerRules, sharingWorkingDays, type RegisterLimit } from '../profiles/registers';
import {
  insertSharing,
  openSharingRows,
  recordShared,
  sharingRow,
  sharingRowOfOrigin,
  sharingRows,
  sharingRowsOfCase,
  updateSharing,
  type SharingFields,
  type SharingRecord,
} from './store';
import { registeredOrg } from '../orgs/store';
import { chineseDate } from '../../../shared/domain/calendar';

export const SHARING_ENTITY = 'sharing';

function profileOf(ctx: CoreContext, row: Pick<SharingRecord, 'profile_id' | 'profile_version'>): RuleProfile {
  return getProfile(ctx.db, row.profile_id, row.profile_version);
}

/** The period an item runs by, or null where none applies (information the office received). */
export function sharingLimit(profile: RuleProfile, row: Pick<SharingRecord, 'direction' | 'mode' | 'kind'>) {
  const rules = registerRules(profile);
  let entry: SourcedNumber;
  let what: string;
  if (row.mode === 'request') {
    entry = rules.sharingRequestWorkingDays;
    what = row.direction === 'out' ? '向提出要求的部门提供数据材料' : '提供本单位要求的数据材料';
  } else if (row.direction === 'in') {
    return null;
  } else if (row.kind === 'penalty-decision') {
    entry = rules.penaltyCopyWorkingDays;
    what = '将行政处罚决定抄告相关行政管理部门';
  } else {
    entry = sharingWorkingDays(profile);
    what = '实现信息共享';
  }
  return registerLimit(entry, what);
}

function deadlineOf(limit: RegisterLimit | null, row: SharingRecord, clock: Clock, orgName: string) {
  if (row.shared_on || !limit) return null;
  const late = row.direction === 'in' ? `${orgName || '对方'}已超过提供期限` : '本单位已超过共享期限';
  return deadlineView(
    clock.calendar,
    clock.now,
    limit,
    { date: row.formed_on, instant: null },
    row.direction === 'in' ? '提供' : '共享',
    late,
  );
}

function orgOf(ctx: CoreContext, id: number | null): { id: number; name: string } | null {
  if (id === null) return null;
  const { name } = registeredOrg(ctx.db, id);
  return { id, name };
}

export function sharingSummary(ctx: CoreContext, row: SharingRecord, clock: Clock): SharingSummary {
  const org = orgOf(ctx, row.org_id);
  return {
    id: row.id,
    direction: row.direction,
    mode: row.mode,
    kind: row.kind,
    subject: row.subject,
    org,
    formedOn: row.formed_on,
    sharedOn: row.shared_on,
    state: row.shared_on ? 'shared' : 'pending',
    deadline: deadlineOf(sharingLimit(profileOf(ctx, row), row), row, clock, org?.name ?? ''),
    updatedAt: row.updated_at,
  };
}

function requireRow(ctx: CoreContext, id: number): SharingRecord {
  const row = sharingRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的信息共享记录`);
  return row;
}

export function sharingView(ctx: CoreContext, id: number): SharingView {
  const row = requireRow(ctx, id);
  const clock = clockOf(ctx);
  const profile = profileOf(ctx, row);
  const limit = sharingLimit(profile, row);
  const summary = sharingSummary(ctx, row, clock);
  const linked = row.case_id === null ? null : getCase(ctx, row.case_id);
  return {
    ...summary,
    linkedCase: linked ? { id: linked.id, caseNumber: linked.caseNumber } : null,
    origin: row.origin,
    method: (row.share_method || null) as SharingMethod | null,
    note: row.note,
    rule: limit?.rule ?? '收到其他部门共享的信息，登记备查；本单位需再行共享的，另行登记',
    dueDate: summary.deadline?.dueDate ?? null,
    profile: { id: profile.id, version: profile.version, name: profile.name },
    canIssueLetter: row.direction === 'out' && row.mode === 'notify' && row.org_id !== null,
    history: auditForEntity(ctx.db, SHARING_ENTITY, String(row.id)).map(({ at, actor, summary: text }) => ({
      at,
      actor,
      summary: text,
    })),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function listSharing(ctx: CoreContext, input: ParsedInputOf<'sharing.list'>): SharingSummary[] {
  const clock = clockOf(ctx);
  return sharingRows(ctx.db, {
    open: input.scope === 'open',
    direction: input.direction,
    kind: input.kind,
    search: input.search,
  }).map((row) => sharingSummary(ctx, row, clock));
}

export function sharingOfCase(ctx: CoreContext, caseId: number): SharingSummary[] {
  const clock = clockOf(ctx);
  return sharingRowsOfCase(ctx.db, caseId).map((row) => sharingSummary(ctx, row, clock));
}

/** Open items with their deadlines, for the home page. */
export function openSharing(ctx: CoreContext): SharingSummary[] {
  const clock = clockOf(ctx);
  return openSharingRows(ctx.db).map((row) => sharingSummary(ctx, row, clock));
}

function audit(ctx: CoreContext, id: number, action: string, summary: string, before: unknown, after: unknown): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actor: actorName(ctx),
    action,
    entity: SHARING_ENTITY,
    entityId: String(id),
    summary,
    before,
    after,
  });
}

function today(ctx: CoreContext): string {
  return officeDateOf(ctx.now().toISOString());
}

/** The profile an item runs by: its case's pinned version, else the office's default. */
function profileFor(ctx: CoreContext, caseId: number | null): RuleProfile {
  if (caseId !== null) return resolveCaseProfile(ctx.db, caseId).profile;
  return getProfile(ctx.db, officeDefaultProfileId(ctx.db));
}

function fieldsOf(ctx: CoreContext, input: ParsedInputOf<'sharing.create'>): SharingFields {
  if (input.formedOn > today(ctx)) {
    throw new AppError(
      'SHARING_DATE',
      `信息形成（收到、提出要求）日期（${chineseDate(input.formedOn)}）晚于今天，请核对。`,
      {
        field: 'formedOn',
      },
    );
  }
  if (input.orgId === null) {
    throw new AppError('VALIDATION', input.direction === 'out' ? '请选择接收信息的单位。' : '请选择提供信息的单位。', {
      field: 'orgId',
    });
  }
  orgOf(ctx, input.orgId);
  if (input.caseId !== null) getCase(ctx, input.caseId);
  return {
    direction: input.direction,
    mode: input.mode,
    kind: input.kind,
    subject: input.subject,
    org_id: input.orgId,
    case_id: input.caseId,
    formed_on: input.formedOn,
    note: input.note,
  };
}

function describe(ctx: CoreContext, fields: SharingFields): string {
  const org = orgOf(ctx, fields.org_id)?.name ?? '相关行政管理部门（待填写）';
  const arrow = fields.direction === 'out' ? `向${org}共享` : `${org}共享`;
  return `${arrow}${SHARING_KIND_LABELS[fields.kind]}：${fields.subject}`;
}

export function createSharing(ctx: CoreContext, input: ParsedInputOf<'sharing.create'>): SharingView {
  const fields = fieldsOf(ctx, input);
  const id = insertItem(ctx, fields, 'manual', null);
  return sharingView(ctx, id);
}

function insertItem(ctx: CoreContext, fields: SharingFields, origin: SharingOrigin, originId: number | null): number {
  const profile = profileFor(ctx, fields.case_id);
  const id = insertSharing(ctx.db, fields, {
    origin,
    originId,
    profileId: profile.id,
    profileVersion: profile.version,
    at: ctx.now().toISOString(),
    by: actorName(ctx),
  });
  const limit = sharingLimit(profile, fields);
  const auto = origin === 'manual' ? '登记' : '自动登记';
  audit(
    ctx,
    id,
    'sharing.create',
    `${auto}${SHARING_DIRECTION_LABELS[fields.direction]}的信息：${describe(ctx, fields)}${limit ? `；${limit.rule}` : ''}`,
    undefined,
    { ...fields, origin, originId },
  );
  return id;
}

export function updateSharingItem(ctx: CoreContext, input: ParsedInputOf<'sharing.update'>): SharingView {
  const before = requireRow(ctx, input.id);
  if (before.shared_on) {
    throw new AppError('SHARING_DONE', `该信息已于${chineseDate(before.shared_on)}共享，不能再修改。`);
  }
  const fields = fieldsOf(ctx, input);
  if (before.case_id !== fields.case_id && before.origin !== 'manual') {
    throw new AppError('VALIDATION', '自动登记的共享记录不能改变关联案件。', { field: 'caseId' });
  }
  updateSharing(ctx.db, input.id, fields, ctx.now().toISOString());
  audit(ctx, input.id, 'sharing.update', `修改共享记录：${describe(ctx, fields)}`, before, fields);
  return sharingView(ctx, input.id);
}

export function shareItem(ctx: CoreContext, input: ParsedInputOf<'sharing.share'>): SharingView {
  const row = requireRow(ctx, input.id);
  if (row.shared_on) throw new AppError('SHARING_DONE', `该信息已于${chineseDate(row.shared_on)}共享。`);
  if (row.org_id === null) {
    throw new AppError('VALIDATION', '请先修改记录，填写接收信息的单位，再登记共享。', { field: 'orgId' });
  }
  if (input.sharedOn < row.formed_on) {
    throw new AppError(
      'SHARING_DATE',
      `共享日期（${chineseDate(input.sharedOn)}）早于信息形成（收到、提出要求）日期（${chineseDate(row.formed_on)}），请核对。`,
      { field: 'sharedOn' },
    );
  }
  if (input.sharedOn > today(ctx)) {
    throw new AppError('SHARING_DATE', `共享日期（${chineseDate(input.sharedOn)}）晚于今天，请核对。`, {
      field: 'sharedOn',
    });
  }
  const clock = clockOf(ctx);
  const due = deadlineOf(sharingLimit(profileOf(ctx, row), row), row, clock, '')?.dueDate ?? null;
  const late = due && input.sharedOn > due ? '（逾期）' : '';
  recordShared(ctx.db, row.id, input.sharedOn, input.method, input.note || row.note, clock.now);
  audit(
    ctx,
    row.id,
    'sharing.share',
    `${row.direction === 'out' ? '已共享' : '已收到'}（${chineseDate(input.sharedOn)}，${SHARING_METHOD_LABELS[input.method]}）${late}`,
    { sharedOn: null },
    input,
  );
  return sharingView(ctx, row.id);
}

/**
 * 周政办字〔2018〕18号 二(四)3(4)、郯政发〔2023〕1号 二(三)10(4)、涪陵府办〔2024〕1号 二(一)4: a penalty decision
 * recorded opens its 抄告 to the related department, in the decision's transaction. The department
 * is the clerk's to name (the case does not record it).
 */
export function openPenaltyDecisionSharing(
  ctx: CoreContext,
  decision: { roundId: number; caseId: number; decisionNumber: string; decisionDate: string },
): void {
  if (sharingRowOfOrigin(ctx.db, 'penalty-decision', decision.roundId)) return;
  const found = getCase(ctx, decision.caseId);
  insertItem(
    ctx,
    {
      direction: 'out',
      mode: 'notify',
      kind: 'penalty-decision',
      // The case and its number are the paper's 所涉案件 line: the subject names the decision.
      subject: `对${found.party.name}${found.cause}一案作出的行政处罚决定（${decision.decisionNumber}）`,
      org_id: null,
      case_id: decision.caseId,
      formed_on: decision.decisionDate,
      note: '',
    },
    'penalty-decision',
    decision.roundId,
  );
}

/**
 * 郯政发〔2023〕1号 二(三)10(4) lists 不予立案处罚的相关情况 among the information to share: a transfer the
 * office refuses opens an item, in the answer's transaction, for the clerk to send to the department
 * concerned.
 */
export function openRefusedTransferSharing(
  ctx: CoreContext,
  refusal: {
    transferInId: number;
    fromOrgId: number;
    fromName: string;
    cause: string;
    answeredOn: string;
    reason: string;
  },
): void {
  if (sharingRowOfOrigin(ctx.db, 'transfer-refused', refusal.transferInId)) return;
  insertItem(
    ctx,
    {
      direction: 'out',
      mode: 'notify',
      kind: 'no-penalty',
      subject: `不予受理${refusal.fromName}移送的案件（${refusal.cause}）${refusal.reason ? `：${refusal.reason}` : ''}`,
      org_id: refusal.fromOrgId,
      case_id: null,
      formed_on: refusal.answeredOn,
      note: '',
    },
    'transfer-refused',
    refusal.transferInId,
  );
}
