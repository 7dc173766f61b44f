import type { Db } from '../../db/open';

export type IssuedStatus = 'pending' | 'issued' | 'voided';

export interface IssuedRow {
  id: number;
  case_id: number | null;
  template_id: string;
  template_version: number;
  template_source: 'builtin' | 'override';
  title: string;
  doc_number: string | null;
  data_json: string;
  status: IssuedStatus;
  docx_file: string | null;
  pdf_file: string | null;
  docx_sha256: string | null;
  pdf_sha256: string | null;
  created_at: string;
  created_by: string;
  issued_at: string | null;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
  replaces_id: number | null;
  /** Joined from the case (ISSUED_COLUMNS), so a list of papers names their cases in one query. */
  case_number: string | null;
}

/** An issued_documents row with its case's number. */
export const ISSUED_COLUMNS =
  'issued_documents.*, (SELECT case_number FROM cases WHERE cases.id = issued_documents.case_id) AS case_number';

export function getIssuedRow(db: Db, id: number): IssuedRow | undefined {
  return db.prepare(`SELECT ${ISSUED_COLUMNS} FROM issued_documents WHERE id = ?`).get(id) as IssuedRow | undefined;
}

export function markVoided(db: Db, id: number, at: string, by: string, reason: string): void {
  db.prepare(
    `UPDATE issued_documents SET status = 'voided', voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?`,
  ).run(at, by, reason, id);
}

/**
 * The paper of a record that is in force, or still being written (pending): one record has at most
 * one, and a pending one means another issue of it is under way.
 */
export function paperOfSource(
  db: Db,
  sourceKind: string,
  sourceId: number,
): Pick<IssuedRow, 'doc_number' | 'title' | 'status'> | undefined {
  return db
    .prepare(
      `SELECT doc_number, title, status FROM issued_documents WHERE source_kind = ? AND source_id = ? AND status IN ('issued', 'pending') ORDER BY id DESC LIMIT 1`,
    )
    .get(sourceKind, sourceId) as Pick<IssuedRow, 'doc_number' | 'title' | 'status'> | undefined;
}
