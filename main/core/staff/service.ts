import type { Staff, StaffInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { dataNotes } from '../cases/notes';
import { AppError } from '../../../shared/errors';
import { actorName, getOperator } from '../session/operator';
import { DUTY_LABELS, caseList, openDuties, reassignHint, type Duty, type OpenDuty } from './duties';
import { parseStaffRoles } from './roles';
import { sql } from '../../db/sql';

interface StaffRow {
  id: number;
  name: string;
  roles: string;
  certificate_no: string | null;
  cert_valid_from: string | null;
  cert_valid_to: string | null;
  phone: string;
  active: number;
  auxiliary: number;
  legal_qualification_no: string | null;
  reviewing_since: string | null;
  cert_withdrawn_on: string | null;
}

function toStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    name: row.name,
    roles: parseStaffRoles(row.roles),
    certificateNo: row.certificate_no,
    certValidFrom: row.cert_valid_from,
    certValidTo: row.cert_valid_to,
    certWithdrawnOn: row.cert_withdrawn_on,
    phone: row.phone,
    active: row.active === 1,
    auxiliary: row.auxiliary === 1,
    legalQualificationNo: row.legal_qualification_no,
    reviewingSince: row.reviewing_since,
  };
}

export function listStaff(ctx: CoreContext): Staff[] {
  return sql.all<StaffRow>(ctx.db, 'SELECT * FROM staff ORDER BY active DESC, id').map(toStaff);
}

export function staffNotes(ctx: CoreContext): Record<number, string[]> {
  const ids = sql.column<number>(ctx.db, "SELECT DISTINCT entity_id FROM data_notes WHERE entity = 'staff'");
  return Object.fromEntries(ids.map((id) => [id, dataNotes(ctx.db, 'staff', id)]));
}

export function getStaff(ctx: CoreContext, id: number): Staff {
  const row = sql.get<StaffRow>(ctx.db, 'SELECT * FROM staff WHERE id = ?', id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的人员`);
  return toStaff(row);
}

type StaffValues = Required<StaffInput>;

function params(input: StaffValues) {
  return {
    name: input.name,
    roles: JSON.stringify(input.roles),
    certificateNo: input.certificateNo || null,
    certValidFrom: input.certValidFrom,
    certValidTo: input.certValidTo,
    certWithdrawnOn: input.certWithdrawnOn,
    phone: input.phone,
    active: input.active ? 1 : 0,
    auxiliary: input.auxiliary ? 1 : 0,
    legalQualificationNo: input.legalQualificationNo || null,
    reviewingSince: input.reviewingSince,
  };
}

/**
 * Two active people of the same name cannot be told apart in the pickers, the home page or the
 * records signed with their name. A deactivated namesake does not count.
 */
function assertNameFree(ctx: CoreContext, input: StaffValues, exceptId: number | null): void {
  if (!input.active) return;
  const clash = sql.get(
    ctx.db,
    'SELECT id FROM staff WHERE name = ? AND active = 1 AND id IS NOT ?',
    input.name,
    exceptId,
  );
  if (clash) {
    throw new AppError(
      'DUPLICATE',
      `已有同名人员“${input.name}”；如确为两人，请在姓名中加以区分，如“${input.name}（城管）”`,
      { field: 'name' },
    );
  }
}

const DUTIES: readonly Duty[] = ['handler', 'reviewer', 'review-head'];

function dutiesOf(ctx: CoreContext, id: number, duties: readonly Duty[]): Array<[Duty, OpenDuty[]]> {
  return duties
    .map((duty): [Duty, OpenDuty[]] => [duty, openDuties(ctx.db, id, duty)])
    .filter(([, open]) => open.length > 0);
}

/** A person leaves the staff list only once no open case still names them, and not while at the keyboard. */
function assertMayDeactivate(ctx: CoreContext, person: Staff): void {
  if (getOperator(ctx).staffId === person.id) {
    throw new AppError('STAFF_IN_USE', `${person.name}正在登录使用，不能停用自己：请由另一位管理员停用。`, {
      field: 'active',
    });
  }
  const held = dutiesOf(ctx, person.id, DUTIES);
  if (held.length === 0) return;
  const where = held.map(([duty, open]) => `${DUTY_LABELS[duty]}：${caseList(open)}`).join('；');
  const how = held.map(([duty, open]) => reassignHint(duty, open)).join('；');
  throw new AppError(
    'STAFF_IN_USE',
    `${person.name}仍在办理未办结的案件，不能停用（${where}）。请先改派：${how}；改派后再停用。`,
    { field: 'active' },
  );
}

/** A post may be taken away only from someone no open case needs in it. */
function assertPostsFree(ctx: CoreContext, person: Staff, roles: readonly string[]): void {
  const removed = DUTIES.filter((duty) => person.roles.includes(duty) && !roles.includes(duty));
  const [first] = dutiesOf(ctx, person.id, removed);
  if (!first) return;
  const [duty, open] = first;
  const label = DUTY_LABELS[duty];
  throw new AppError(
    'STAFF_IN_USE',
    `不能取消${person.name}的“${label}”岗位：其仍是未办结案件的${label}（${caseList(open)}）。请先改派：${reassignHint(duty, open)}；改派后再修改岗位。`,
    { field: 'roles' },
  );
}

export function createStaff(ctx: CoreContext, input: StaffValues): Staff {
  assertNameFree(ctx, input, null);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = sql.run(
    ctx.db,
    `INSERT INTO staff (name, roles, certificate_no, cert_valid_from, cert_valid_to, cert_withdrawn_on, phone, active,
         auxiliary, legal_qualification_no, reviewing_since, created_at, updated_at)
       VALUES (@name, @roles, @certificateNo, @certValidFrom, @certValidTo, @certWithdrawnOn, @phone, @active,
         @auxiliary, @legalQualificationNo, @reviewingSince, @now, @now)`,
    { ...params(input), now },
  );
  const created = getStaff(ctx, Number(lastInsertRowid));
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'staff.create',
    entity: 'staff',
    entityId: String(created.id),
    summary: `新增人员 ${created.name}`,
    before: undefined,
    after: created,
  });
  return created;
}

export function updateStaff(ctx: CoreContext, input: StaffValues & { id: number }): Staff {
  const before = getStaff(ctx, input.id);
  assertNameFree(ctx, input, input.id);
  if (before.active && !input.active) assertMayDeactivate(ctx, before);
  assertPostsFree(ctx, before, input.roles);
  const now = ctx.now().toISOString();
  sql.run(
    ctx.db,
    `UPDATE staff SET name = @name, roles = @roles, certificate_no = @certificateNo, cert_valid_from = @certValidFrom,
         cert_valid_to = @certValidTo, cert_withdrawn_on = @certWithdrawnOn, phone = @phone, active = @active,
         auxiliary = @auxiliary, legal_qualification_no = @legalQualificationNo, reviewing_since = @reviewingSince,
         updated_at = @now WHERE id = @id`,
    { ...params(input), id: input.id, now },
  );
  const after = getStaff(ctx, input.id);
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'staff.update',
    entity: 'staff',
    entityId: String(after.id),
    summary: `修改人员 ${after.name}`,
    before,
    after,
  });
  return after;
}
