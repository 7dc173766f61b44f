import type { Staff, StaffInput } from '../../../shared/contract';
import type { StaffRole } from '../../../shared/domain/case';
import type { ApiContext } from '../../api/context';
import { appendAudit } from '../audit/log';
import { AppError } from '../errors';
import { actorName } from '../session/operator';

interface StaffRow {
  id: number;
  name: string;
  roles: string;
  certificate_no: string | null;
  cert_valid_from: string | null;
  cert_valid_to: string | null;
  phone: string;
  active: number;
}

function toStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    name: row.name,
    roles: JSON.parse(row.roles) as StaffRole[],
    certificateNo: row.certificate_no,
    certValidFrom: row.cert_valid_from,
    certValidTo: row.cert_valid_to,
    phone: row.phone,
    active: row.active === 1,
  };
}

export function listStaff(ctx: ApiContext): Staff[] {
  return (ctx.db.prepare('SELECT * FROM staff ORDER BY active DESC, id').all() as StaffRow[]).map(toStaff);
}

export function getStaff(ctx: ApiContext, id: number): Staff {
  const row = ctx.db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
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
    phone: input.phone,
    active: input.active ? 1 : 0,
  };
}

export function createStaff(ctx: ApiContext, input: StaffValues): Staff {
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO staff (name, roles, certificate_no, cert_valid_from, cert_valid_to, phone, active, created_at, updated_at)
       VALUES (@name, @roles, @certificateNo, @certValidFrom, @certValidTo, @phone, @active, @now, @now)`,
    )
    .run({ ...params(input), now });
  const created = getStaff(ctx, Number(lastInsertRowid));
  appendAudit(ctx.db, { at: now, actor: actorName(ctx.db), action: 'staff.create', entity: 'staff', entityId: String(created.id), summary: `新增人员 ${created.name}`, before: undefined, after: created });
  return created;
}

export function updateStaff(ctx: ApiContext, input: StaffValues & { id: number }): Staff {
  const before = getStaff(ctx, input.id);
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `UPDATE staff SET name = @name, roles = @roles, certificate_no = @certificateNo, cert_valid_from = @certValidFrom,
         cert_valid_to = @certValidTo, phone = @phone, active = @active, updated_at = @now WHERE id = @id`,
    )
    .run({ ...params(input), id: input.id, now });
  const after = getStaff(ctx, input.id);
  appendAudit(ctx.db, { at: now, actor: actorName(ctx.db), action: 'staff.update', entity: 'staff', entityId: String(after.id), summary: `修改人员 ${after.name}`, before, after });
  return after;
}
