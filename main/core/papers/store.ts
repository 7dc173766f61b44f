// The issued papers' tables (issued_documents, doc_sequences): the only place that writes them and
// the only SQL about them. Issuing, transfers and review read papers through the functions here.

import type { Db } from '../../db/open';
import { sql, tableColumns } from '../../db/sql';

export type IssuedStatus = 'pending' | 'issued' | 'voided';

/** One issued_documents row as stored. */
export interface IssuedDocumentRecord {
  id: number;
  case_id: number | null;
  template_id: string;
  template_version: number;
  template_source: 'builtin' | 'override';
  title: string;
  doc_type: string | null;
  year: number | null;
  seq: number | null;
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
  source_kind: string | null;
  source_id: number | null;
}

export interface DocSequenceRecord {
  doc_type: string;
  year: number;
  last_seq: number;
}

export const PAPERS_TABLES = [
  tableColumns<IssuedDocumentRecord>()('issued_documents', [
    'id',
    'case_id',
    'template_id',
    'template_version',
    'template_source',
    'title',
    'doc_type',
    'year',
    'seq',
    'doc_number',
    'data_json',
    'status',
    'docx_file',
    'pdf_file',
    'docx_sha256',
    'pdf_sha256',
    'created_at',
    'created_by',
    'issued_at',
    'voided_at',
    'voided_by',
    'void_reason',
    'replaces_id',
    'source_kind',
    'source_id',
  ]),
  tableColumns<DocSequenceRecord>()('doc_sequences', ['doc_type', 'year', 'last_seq']),
];

/** A paper as the app reads it: its row and its case's number (joined, so a list names its cases in one query). */
export interface IssuedRow extends IssuedDocumentRecord {
  case_number: string | null;
}

/** An issued_documents row with its case's number. */
const ISSUED_COLUMNS =
  'issued_documents.*, (SELECT case_number FROM cases WHERE cases.id = issued_documents.case_id) AS case_number';

export function getIssuedRow(db: Db, id: number): IssuedRow | undefined {
  return sql.get<IssuedRow>(db, `SELECT ${ISSUED_COLUMNS} FROM issued_documents WHERE id = ?`, id);
}

/** Papers made from one record, of one case, or the latest 500; newest first. */
export function listIssuedRows(
  db: Db,
  filter: { caseId: number | null; source: { kind: string; id: number } | null },
): IssuedRow[] {
  if (filter.source !== null)
    return sql.all<IssuedRow>(
      db,
      `SELECT ${ISSUED_COLUMNS} FROM issued_documents WHERE source_kind = ? AND source_id = ? ORDER BY id DESC`,
      filter.source.kind,
      filter.source.id,
    );
  if (filter.caseId !== null)
    return sql.all<IssuedRow>(
      db,
      `SELECT ${ISSUED_COLUMNS} FROM issued_documents WHERE case_id = ? ORDER BY id DESC`,
      filter.caseId,
    );
  return sql.all<IssuedRow>(db, `SELECT ${ISSUED_COLUMNS} FROM issued_documents ORDER BY id DESC LIMIT 500`);
}

/** Papers left pending by an interrupted issue. */
export function pendingIssuedRows(db: Db): IssuedRow[] {
  return sql.all<IssuedRow>(db, `SELECT ${ISSUED_COLUMNS} FROM issued_documents WHERE status = 'pending'`);
}

/** Records a paper as pending (its number taken, its files not yet written); returns its id. */
export function insertPending(
  db: Db,
  paper: Pick<
    IssuedDocumentRecord,
    | 'case_id'
    | 'template_id'
    | 'template_version'
    | 'template_source'
    | 'title'
    | 'doc_type'
    | 'year'
    | 'seq'
    | 'doc_number'
    | 'data_json'
    | 'created_at'
    | 'created_by'
    | 'replaces_id'
    | 'source_kind'
    | 'source_id'
  >,
): number {
  return sql.run(
    db,
    `INSERT INTO issued_documents (case_id, template_id, template_version, template_source, title, doc_type, year, seq,
       doc_number, data_json, status, created_at, created_by, replaces_id, source_kind, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)`,
    paper.case_id,
    paper.template_id,
    paper.template_version,
    paper.template_source,
    paper.title,
    paper.doc_type,
    paper.year,
    paper.seq,
    paper.doc_number,
    paper.data_json,
    paper.created_at,
    paper.created_by,
    paper.replaces_id,
    paper.source_kind,
    paper.source_id,
  ).lastInsertRowid;
}

/**
 * A pending paper becomes issued with its files. Only a paper still pending does: one voided
 * meanwhile stays voided (false is returned).
 */
export function markIssued(
  db: Db,
  id: number,
  files: { at: string; docxFile: string; pdfFile: string; docxSha256: string; pdfSha256: string },
): boolean {
  const { changes } = sql.run(
    db,
    `UPDATE issued_documents SET status = 'issued', issued_at = ?, docx_file = ?, pdf_file = ?, docx_sha256 = ?, pdf_sha256 = ? WHERE id = ? AND status = 'pending'`,
    files.at,
    files.docxFile,
    files.pdfFile,
    files.docxSha256,
    files.pdfSha256,
    id,
  );
  return changes === 1;
}

export function markVoided(db: Db, id: number, at: string, by: string, reason: string): void {
  sql.run(
    db,
    `UPDATE issued_documents SET status = 'voided', voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?`,
    at,
    by,
    reason,
    id,
  );
}

/**
 * The paper of a record that is in force, or still being written (pending): one record has at most
 * one, and a pending one means another issue of it is under way.
 */
export function paperOfSource(
  db: Db,
  sourceKind: string,
  sourceId: number,
): Pick<IssuedRow, 'id' | 'doc_number' | 'data_json' | 'template_id' | 'title' | 'status'> | undefined {
  return sql.get<Pick<IssuedRow, 'id' | 'doc_number' | 'data_json' | 'template_id' | 'title' | 'status'>>(
    db,
    `SELECT id, doc_number, data_json, template_id, title, status FROM issued_documents WHERE source_kind = ? AND source_id = ? AND status IN ('issued', 'pending') ORDER BY id DESC LIMIT 1`,
    sourceKind,
    sourceId,
  );
}

/** Whether a file below the data folder (forward slashes) is one an issued paper records. */
export function isRecordedFile(db: Db, path: string): boolean {
  return !!sql.get(db, 'SELECT 1 FROM issued_documents WHERE docx_file = ? OR pdf_file = ?', path, path);
}

/** The highest template version any paper of this template was made from, if any. */
export function highestTemplateVersion(db: Db, templateId: string): number | null {
  return (
    sql.get<{ v: number | null }>(
      db,
      'SELECT MAX(template_version) AS v FROM issued_documents WHERE template_id = ?',
      templateId,
    )?.v ?? null
  );
}

/**
 * Takes the next number of a type's sequence for a year. Call inside the transaction that records
 * the paper: SQLite's write lock serialises concurrent issues, and a rolled-back issue gives its
 * number back.
 */
export function nextSequence(db: Db, docType: string, year: number): number {
  const row = sql.get<{ last_seq: number }>(
    db,
    `INSERT INTO doc_sequences (doc_type, year, last_seq) VALUES (?, ?, 1)
     ON CONFLICT (doc_type, year) DO UPDATE SET last_seq = last_seq + 1
     RETURNING last_seq`,
    docType,
    year,
  );
  if (!row) throw new Error('doc_sequences returned no row');
  return row.last_seq;
}

/** Papers whose stored data carries this 校验码 (papers/verification.ts). */
export function papersWithCode(db: Db, code: string): Array<Pick<IssuedRow, 'id' | 'doc_number' | 'title'>> {
  return sql.all<Pick<IssuedRow, 'id' | 'doc_number' | 'title'>>(
    db,
    "SELECT id, doc_number, title FROM issued_documents WHERE json_valid(data_json) AND json_extract(data_json, '$.verificationCode') = ? ORDER BY id",
    code,
  );
}
