import type { Office, OfficeInput } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { actorName } from '../session/operator';
import { sql } from '../../db/sql';

interface OfficeRow {
  name: string;
  abbreviation: string;
  review_body_abbreviation: string;
  address: string;
  contact_person: string;
  phone: string;
  review_body: string;
  handling_unit: string;
  updated_at: string;
}

export function getOffice(ctx: CoreContext): Office | null {
  const row = sql.get<OfficeRow>(ctx.db, 'SELECT * FROM office WHERE id = 1');
  if (!row) return null;
  return {
    name: row.name,
    abbreviation: row.abbreviation,
    reviewBodyAbbreviation: row.review_body_abbreviation,
    address: row.address,
    contactPerson: row.contact_person,
    phone: row.phone,
    reviewBody: row.review_body,
    handlingUnit: row.handling_unit,
    updatedAt: row.updated_at,
  };
}

export function saveOffice(ctx: CoreContext, input: Required<OfficeInput>): Office {
  const before = getOffice(ctx);
  const now = ctx.now().toISOString();
  sql.run(
    ctx.db,
    `INSERT INTO office (id, name, abbreviation, review_body_abbreviation, address, contact_person, phone, review_body,
         handling_unit, updated_at)
       VALUES (1, @name, @abbreviation, @reviewBodyAbbreviation, @address, @contactPerson, @phone, @reviewBody,
         @handlingUnit, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, abbreviation = excluded.abbreviation,
         review_body_abbreviation = excluded.review_body_abbreviation,
         address = excluded.address, contact_person = excluded.contact_person, phone = excluded.phone,
         review_body = excluded.review_body, handling_unit = excluded.handling_unit, updated_at = excluded.updated_at`,
    { ...input, now },
  );
  const after = getOffice(ctx);
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'office.save',
    entity: 'office',
    entityId: '1',
    summary: before ? '修改本单位信息' : '设置本单位信息',
    before,
    after,
  });
  if (!after) throw new Error('office row missing after save');
  return after;
}
