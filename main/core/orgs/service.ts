import type { OrgInput, Organization, TransferOutState, TransferTarget } from '../../../shared/contract';
import { TRANSFER_OUT_STATE_LABELS, TRANSFER_TARGET_LABELS } from '../../../shared/contract/transfers';
import { ORG_KIND_LABELS, type OrgKind } from '../../../shared/domain/case';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { receiverKindProblem } from '../transfers/guards';
import { isOpenOut, OPEN_OUT_STATES } from '../transfers/machine';
import { sql } from '../../db/sql';
import { insertOrg, orgNameTaken, orgRecord, orgRecords, updateOrgRecord, type OrgRecord } from './store';
import { chineseDate } from '../../../shared/domain/calendar';

function toOrg(row: OrgRecord): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    contactPerson: row.contact_person,
    phone: row.phone,
    address: row.address,
  };
}

export function listOrgs(ctx: CoreContext): Organization[] {
  return orgRecords(ctx.db).map(toOrg);
}

function getOrg(ctx: CoreContext, id: number): Organization {
  const row = orgRecord(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的单位`);
  return toOrg(row);
}

function assertNameFree(ctx: CoreContext, name: string, exceptId: number | null): void {
  if (orgNameTaken(ctx.db, name, exceptId))
    throw new AppError('DUPLICATE', `单位“${name}”已登记，请勿重复添加`, { field: 'name' });
}

/**
 * What an open record relies on an organisation's kind for: the receiver of a transfer (a suspected
 * crime goes to the judicial organs; a government takes no transfers), the body a review opinion
 * chose, and the government a jurisdiction dispute was reported to. Changing the kind under them
 * would leave the record contradicting itself; the reason why this kind cannot change, or null.
 */
function kindChangeConflict(ctx: CoreContext, org: Organization, kind: OrgKind): string | null {
  const marks = OPEN_OUT_STATES.map(() => '?').join(', ');
  const receiving = sql.all<{ target: TransferTarget; state: TransferOutState; case_number: string }>(
    ctx.db,
    `SELECT t.target, t.state, c.case_number FROM transfers_out t JOIN cases c ON c.id = t.case_id WHERE t.receiver_org_id = ? AND t.state IN (${marks}) ORDER BY t.id`,
    org.id,
    ...OPEN_OUT_STATES,
  );
  const misfit = receiving.filter(isOpenOut).find((row) => receiverKindProblem(row.target, kind, org.name) !== null);
  if (misfit) {
    const rule =
      kind === 'government'
        ? '人民政府不接受案件移送，管辖争议是报请政府决定'
        : '涉嫌犯罪的案件只能移送司法机关（公安、检察、审判机关）';
    return `案件${misfit.case_number}正移送该单位（${TRANSFER_TARGET_LABELS[misfit.target]}，当前“${TRANSFER_OUT_STATE_LABELS[misfit.state]}”），而${rule}。请待该移送办结后再修改类别`;
  }
  const chosen = sql.get<{
    round_no: number;
    chosen_opinion: number;
    transfer_target_kind: OrgKind;
    case_number: string;
  }>(
    ctx.db,
    `SELECT r.round_no, r.chosen_opinion, r.transfer_target_kind, c.case_number FROM review_rounds r JOIN cases c ON c.id = r.case_id
       WHERE r.transfer_target_org_id = ? AND r.transfer_target_kind <> ? AND (r.state <> 'signed' OR c.status = 'to-transfer') ORDER BY r.id`,
    org.id,
    kind,
  );
  if (chosen) {
    return `案件${chosen.case_number}第${chosen.round_no}轮审核意见（意见${chosen.chosen_opinion}）选定该单位为移送机关，类别为“${ORG_KIND_LABELS[chosen.transfer_target_kind]}”，修改后将与审核意见不符。请待该案件移送后再修改类别`;
  }
  if (kind === 'government') return null;
  const escalatedOut = sql.get<{ escalated_on: string; case_number: string }>(
    ctx.db,
    `SELECT t.escalated_on, c.case_number FROM transfers_out t JOIN cases c ON c.id = t.case_id WHERE t.escalated_to_org_id = ? AND t.state = 'escalated' ORDER BY t.id`,
    org.id,
  );
  if (escalatedOut) {
    return `案件${escalatedOut.case_number}的管辖争议已于${chineseDate(escalatedOut.escalated_on)}报请该政府决定，尚待决定；管辖争议只能报请人民政府决定。请待登记政府的决定后再修改类别`;
  }
  const escalatedIn = sql.get<{ cause: string; received_on: string; sender: string }>(
    ctx.db,
    `SELECT t.cause, t.received_on, o.name AS sender FROM transfers_in t JOIN organizations o ON o.id = t.from_org_id WHERE t.escalated_to_org_id = ? AND t.state = 'escalated' ORDER BY t.id`,
    org.id,
  );
  if (escalatedIn) {
    return `${escalatedIn.sender}移送的“${escalatedIn.cause}”（${chineseDate(escalatedIn.received_on)}收到）已报请该政府决定管辖，尚待决定；管辖争议只能报请人民政府决定。请待登记政府的决定后再修改类别`;
  }
  return null;
}

function assertKindMayChange(ctx: CoreContext, org: Organization, kind: OrgKind): void {
  if (kind === org.kind) return;
  const conflict = kindChangeConflict(ctx, org, kind);
  if (conflict) {
    throw new AppError(
      'ORG_IN_USE',
      `不能将${org.name}的类别改为“${ORG_KIND_LABELS[kind]}”：${conflict}；如该单位的类别原本登记有误，请另行登记一个正确的单位。`,
      { field: 'kind' },
    );
  }
}

export function createOrg(ctx: CoreContext, input: Required<OrgInput>): Organization {
  assertNameFree(ctx, input.name, null);
  const now = ctx.now().toISOString();
  const created = getOrg(ctx, insertOrg(ctx.db, input, now));
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'org.create',
    entity: 'organization',
    entityId: String(created.id),
    summary: `新增单位 ${created.name}`,
    before: undefined,
    after: created,
  });
  return created;
}

export function updateOrg(ctx: CoreContext, input: Required<OrgInput> & { id: number }): Organization {
  const before = getOrg(ctx, input.id);
  assertNameFree(ctx, input.name, input.id);
  assertKindMayChange(ctx, before, input.kind);
  const now = ctx.now().toISOString();
  updateOrgRecord(ctx.db, input.id, input, now);
  const after = getOrg(ctx, input.id);
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'org.update',
    entity: 'organization',
    entityId: String(after.id),
    summary: `修改单位 ${after.name}`,
    before,
    after,
  });
  return after;
}
