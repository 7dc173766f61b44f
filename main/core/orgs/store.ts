// The organisations table (协作单位): the only place that writes it and the only SQL about it. Other
// capabilities look an organisation up through registeredOrg / orgRefOf.

import type { OrgRef } from '../../../shared/contract';
import type { OrgKind } from '../../../shared/domain/case';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { sql, tableColumns } from '../../db/sql';

export interface OrgRecord {
  id: number;
  name: string;
  kind: OrgKind;
  contact_person: string;
  phone: string;
  address: string;
  created_at: string;
  updated_at: string;
}

export const ORGS_TABLES = [
  tableColumns<OrgRecord>()('organizations', [
    'id',
    'name',
    'kind',
    'contact_person',
    'phone',
    'address',
    'created_at',
    'updated_at',
  ]),
];

/** What an organisation's form says; the same on create and update. */
export interface OrgFields {
  name: string;
  kind: OrgKind;
  contactPerson: string;
  phone: string;
  address: string;
}

export function orgRecords(db: Db): OrgRecord[] {
  return sql.all<OrgRecord>(db, 'SELECT * FROM organizations ORDER BY kind, name');
}

export function orgRecord(db: Db, id: number): OrgRecord | undefined {
  return sql.get<OrgRecord>(db, 'SELECT * FROM organizations WHERE id = ?', id);
}

/** Another organisation (not `exceptId`) already registered under this name. */
export function orgNameTaken(db: Db, name: string, exceptId: number | null): boolean {
  return sql.get(db, 'SELECT id FROM organizations WHERE name = ? AND id IS NOT ?', name, exceptId) !== undefined;
}

export function insertOrg(db: Db, fields: OrgFields, now: string): number {
  return sql.run(
    db,
    `INSERT INTO organizations (name, kind, contact_person, phone, address, created_at, updated_at)
       VALUES (@name, @kind, @contactPerson, @phone, @address, @now, @now)`,
    { ...fields, now },
  ).lastInsertRowid;
}

export function updateOrgRecord(db: Db, id: number, fields: OrgFields, now: string): void {
  sql.run(
    db,
    `UPDATE organizations SET name = @name, kind = @kind, contact_person = @contactPerson, phone = @phone,
         address = @address, updated_at = @now WHERE id = @id`,
    { ...fields, id, now },
  );
}

/** An organisation as other records name it (id, name, kind), or undefined. */
export function orgRefOf(db: Db, id: number): OrgRef | undefined {
  return sql.get<OrgRef>(db, 'SELECT id, name, kind FROM organizations WHERE id = ?', id);
}

/** An organisation a record is about to name; a clear error when no such organisation is registered. */
export function registeredOrg(db: Db, id: number, details?: Record<string, unknown>): OrgRef {
  const org = orgRefOf(db, id);
  if (!org) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的单位，请先在“设置 › 协作单位”中登记`, details);
  return org;
}
