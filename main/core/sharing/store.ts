// The 信息共享 table (sharing_items): the only place that writes it and the only SQL about it.

import type { Db } from '../../db/open';
import { containsPattern, sql, tableColumns } from '../../db/sql';
import type { SharingDirection, SharingKind, SharingMode, SharingOrigin } from '../../../shared/contract/sharing';

export interface SharingRecord {
  id: number;
  direction: SharingDirection;
  mode: SharingMode;
  kind: SharingKind;
  subject: string;
  org_id: number | null;
  case_id: number | null;
  origin: SharingOrigin;
  origin_id: number | null;
  formed_on: string;
  shared_on: string | null;
  share_method: string;
  note: string;
  profile_id: string;
  profile_version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export const SHARING_TABLES = [
  tableColumns<SharingRecord>()('sharing_items', [
    'id',
    'direction',
    'mode',
    'kind',
    'subject',
    'org_id',
    'case_id',
    'origin',
    'origin_id',
    'formed_on',
    'shared_on',
    'share_method',
    'note',
    'profile_id',
    'profile_version',
    'created_at',
    'created_by',
    'updated_at',
  ]),
];

export type SharingFields = Pick<
  SharingRecord,
  'direction' | 'mode' | 'kind' | 'subject' | 'org_id' | 'case_id' | 'formed_on' | 'note'
>;

export function sharingRow(db: Db, id: number): SharingRecord | undefined {
  return sql.get<SharingRecord>(db, 'SELECT * FROM sharing_items WHERE id = ?', id);
}

export function sharingRowOfOrigin(db: Db, origin: SharingOrigin, originId: number): SharingRecord | undefined {
  return sql.get<SharingRecord>(db, 'SELECT * FROM sharing_items WHERE origin = ? AND origin_id = ?', origin, originId);
}

export function sharingRows(
  db: Db,
  filter: { open: boolean; direction: SharingDirection | null; kind: SharingKind | null; search: string },
): SharingRecord[] {
  const like = containsPattern(filter.search);
  return sql.all<SharingRecord>(
    db,
    `SELECT s.* FROM sharing_items s LEFT JOIN organizations o ON o.id = s.org_id
     WHERE (? = 0 OR s.shared_on IS NULL)
       AND (? IS NULL OR s.direction = ?)
       AND (? IS NULL OR s.kind = ?)
       AND (? = '' OR s.subject LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\' OR s.note LIKE ? ESCAPE '\\')
     ORDER BY s.formed_on DESC, s.id DESC`,
    filter.open ? 1 : 0,
    filter.direction,
    filter.direction,
    filter.kind,
    filter.kind,
    filter.search,
    like,
    like,
    like,
  );
}

export function openSharingRows(db: Db): SharingRecord[] {
  return sql.all<SharingRecord>(db, 'SELECT * FROM sharing_items WHERE shared_on IS NULL ORDER BY formed_on, id');
}

export function sharingRowsOfCase(db: Db, caseId: number): SharingRecord[] {
  return sql.all<SharingRecord>(db, 'SELECT * FROM sharing_items WHERE case_id = ? ORDER BY formed_on, id', caseId);
}

export function insertSharing(
  db: Db,
  fields: SharingFields,
  meta: {
    origin: SharingOrigin;
    originId: number | null;
    profileId: string;
    profileVersion: number;
    at: string;
    by: string;
  },
): number {
  return sql.run(
    db,
    `INSERT INTO sharing_items (direction, mode, kind, subject, org_id, case_id, origin, origin_id, formed_on, note,
       profile_id, profile_version, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    fields.direction,
    fields.mode,
    fields.kind,
    fields.subject,
    fields.org_id,
    fields.case_id,
    meta.origin,
    meta.originId,
    fields.formed_on,
    fields.note,
    meta.profileId,
    meta.profileVersion,
    meta.at,
    meta.by,
    meta.at,
  ).lastInsertRowid;
}

export function updateSharing(db: Db, id: number, fields: SharingFields, at: string): void {
  sql.run(
    db,
    `UPDATE sharing_items SET direction = ?, mode = ?, kind = ?, subject = ?, org_id = ?, case_id = ?, formed_on = ?,
       note = ?, updated_at = ? WHERE id = ? AND shared_on IS NULL`,
    fields.direction,
    fields.mode,
    fields.kind,
    fields.subject,
    fields.org_id,
    fields.case_id,
    fields.formed_on,
    fields.note,
    at,
    id,
  );
}

export function recordShared(db: Db, id: number, sharedOn: string, method: string, note: string, at: string): void {
  sql.run(
    db,
    'UPDATE sharing_items SET shared_on = ?, share_method = ?, note = ?, updated_at = ? WHERE id = ? AND shared_on IS NULL',
    sharedOn,
    method,
    note,
    at,
    id,
  );
}
