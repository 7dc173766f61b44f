import type { OrgInput, Organization } from '../../../shared/contract';
import type { OrgKind } from '../../../shared/domain/case';
import type { ApiContext } from '../../api/context';
import { appendAudit } from '../audit/log';
import { AppError } from '../errors';
import { actorName } from '../session/operator';

interface OrgRow {
  id: number;
  name: string;
  kind: OrgKind;
  contact_person: string;
  phone: string;
  address: string;
}

function toOrg(row: OrgRow): Organization {
  return { id: row.id, name: row.name, kind: row.kind, contactPerson: row.contact_person, phone: row.phone, address: row.address };
}

export function listOrgs(ctx: ApiContext): Organization[] {
  return (ctx.db.prepare('SELECT * FROM organizations ORDER BY kind, name').all() as OrgRow[]).map(toOrg);
}

function getOrg(ctx: ApiContext, id: number): Organization {
  const row = ctx.db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as OrgRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的单位`);
  return toOrg(row);
}

function assertNameFree(ctx: ApiContext, name: string, exceptId: number | null): void {
  const clash = ctx.db.prepare('SELECT id FROM organizations WHERE name = ? AND id IS NOT ?').get(name, exceptId);
  if (clash) throw new AppError('DUPLICATE', `单位“${name}”已登记，请勿重复添加`, { field: 'name' });
}

export function createOrg(ctx: ApiContext, input: Required<OrgInput>): Organization {
  assertNameFree(ctx, input.name, null);
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO organizations (name, kind, contact_person, phone, address, created_at, updated_at)
       VALUES (@name, @kind, @contactPerson, @phone, @address, @now, @now)`,
    )
    .run({ ...input, now });
  const created = getOrg(ctx, Number(lastInsertRowid));
  appendAudit(ctx.db, { at: now, actor: actorName(ctx.db), action: 'org.create', entity: 'organization', entityId: String(created.id), summary: `新增单位 ${created.name}`, before: undefined, after: created });
  return created;
}

export function updateOrg(ctx: ApiContext, input: Required<OrgInput> & { id: number }): Organization {
  const before = getOrg(ctx, input.id);
  assertNameFree(ctx, input.name, input.id);
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `UPDATE organizations SET name = @name, kind = @kind, contact_person = @contactPerson, phone = @phone,
         address = @address, updated_at = @now WHERE id = @id`,
    )
    .run({ ...input, now });
  const after = getOrg(ctx, input.id);
  appendAudit(ctx.db, { at: now, actor: actorName(ctx.db), action: 'org.update', entity: 'organization', entityId: String(after.id), summary: `修改单位 ${after.name}`, before, after });
  return after;
}
