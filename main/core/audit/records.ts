// The records the audit chain vouches for, in canonical form. An audit entry carries the digests
// ("seals") of the records it touched, computed from the live rows at the moment it is written;
// `npx fashen check` recomputes them from the live rows and compares. The rows are read here raw,
// column by column in a fixed order, on purpose: a digest must not change because a store's
// mapping changed, and a column list once sealed is never edited (a new one gets a new kind tag).

import { createHash } from 'node:crypto';
import type { Db } from '../../db/open';
import { sql } from '../../db/sql';

export type SealKind = 'case' | 'round' | 'paper';

/** One record as the chain saw it: which record (kind and key) and the digest of its canonical JSON. */
export interface Seal {
  kind: SealKind;
  /** case and round: the row id; paper: its 发文字号, or `#<id>` for a paper without a number. */
  key: string;
  digest: string;
}

function digestOf(tag: string, value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([tag, value]))
    .digest('hex');
}

function tableExists(db: Db, name: string): boolean {
  return sql.get(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", name) !== undefined;
}

// A case's data: what the handler entered and the review decided on. Not its status, profile pin
// or updated_at, which the workflow moves without a case entry of its own.
const CASE_COLUMNS = `id, case_number, cause, party_type, party_name, party_id_code, party_address, facts, found_on,
  penalty_kinds, fine_fen, illegal_gains_fen, illegal_property_fen, discretion, hearing_held, legal_basis, created_at`;

const ROUND_COLUMNS = `id, case_id, round_no, state, profile_id, profile_version, decision_json, decision_date, triggers_json,
  review_required, assessment_made, submitted_at, submitted_by, submitted_by_staff_id, reviewer_id, head_id,
  materials_accepted_at, materials_accepted_by, chosen_opinion, override_reason, opinion_reasons, corrections,
  transfer_target_kind, transfer_target_org_id, suggested_opinion, suggestion_explanation, certificate_problems_json,
  reviewer_signed_at, reviewer_signed_by, signed_at, signed_by, locked, created_at`;

const PAPER_COLUMNS = `id, case_id, template_id, template_version, template_source, title, doc_type, year, seq, doc_number,
  data_json, status, docx_file, pdf_file, docx_sha256, pdf_sha256, created_at, created_by, issued_at, voided_at,
  voided_by, void_reason, replaces_id`;

function values(row: unknown): unknown[] {
  return Object.values(row as Record<string, unknown>);
}

export function caseSeal(db: Db, id: number): Seal | undefined {
  const row = sql.get(db, `SELECT ${CASE_COLUMNS} FROM cases WHERE id = ?`, id);
  if (row === undefined) return undefined;
  const handlers = sql.values(
    db,
    'SELECT staff_id, position FROM case_handlers WHERE case_id = ? ORDER BY position, staff_id',
    id,
  );
  return { kind: 'case', key: String(id), digest: digestOf('case/1', [values(row), handlers]) };
}

export function roundSeal(db: Db, id: number): Seal | undefined {
  const row = sql.get(db, `SELECT ${ROUND_COLUMNS} FROM review_rounds WHERE id = ?`, id);
  if (row === undefined) return undefined;
  const part = (query: string) => sql.values(db, query, id);
  const digest = digestOf('round/1', [
    values(row),
    part('SELECT judgement_key, holds, reason FROM review_judgements WHERE round_id = ? ORDER BY judgement_key'),
    part(
      'SELECT material_key, position, label, requirement, present, refs FROM review_materials WHERE round_id = ? ORDER BY material_key',
    ),
    part(
      'SELECT point, finding, note, evidence_refs, saved_at, saved_by FROM review_findings WHERE round_id = ? ORDER BY point',
    ),
  ]);
  return { kind: 'round', key: String(id), digest };
}

function paperKey(row: { id: number; doc_number: string | null }): string {
  return row.doc_number ?? `#${row.id}`;
}

export function paperSeal(db: Db, id: number): Seal | undefined {
  const row = sql.get<{ id: number; doc_number: string | null }>(
    db,
    `SELECT ${PAPER_COLUMNS} FROM issued_documents WHERE id = ?`,
    id,
  );
  if (row === undefined) return undefined;
  return { kind: 'paper', key: paperKey(row), digest: digestOf('paper/1', values(row)) };
}

/** What an entry about a case vouches for: the case's data and every signed (locked) round of it. */
export function sealsOfCase(db: Db, caseId: number): Seal[] {
  const seals: Seal[] = [];
  const own = caseSeal(db, caseId);
  if (own) seals.push(own);
  if (tableExists(db, 'review_rounds')) {
    const rounds = sql.column<number>(
      db,
      'SELECT id FROM review_rounds WHERE case_id = ? AND locked = 1 ORDER BY id',
      caseId,
    );
    for (const id of rounds) {
      const seal = roundSeal(db, id);
      if (seal) seals.push(seal);
    }
  }
  return seals;
}

/** A live record that must be vouched for by the chain, and its digest now. */
export interface LiveRecord extends Seal {
  /** Chinese, for the report: 案件 2025-001, 第 1 轮审核（案件 …）, 文书 青山司审〔2025〕1号. */
  name: string;
}

/**
 * Every record the chain must vouch for, as it is now: every case, every signed round, every
 * paper issued or voided. A pending paper (its number taken, its files not yet written) is not yet anything.
 */
export function liveRecords(db: Db): LiveRecord[] {
  const records: LiveRecord[] = [];
  if (tableExists(db, 'cases')) {
    for (const row of sql.all<{
      id: number;
      case_number: string;
    }>(db, 'SELECT id, case_number FROM cases ORDER BY id')) {
      const seal = caseSeal(db, row.id);
      if (seal) records.push({ ...seal, name: `案件 ${row.case_number}` });
    }
  }
  if (tableExists(db, 'review_rounds')) {
    for (const row of sql.all<{ id: number; round_no: number; case_number: string | null }>(
      db,
      'SELECT r.id, r.round_no, c.case_number FROM review_rounds r LEFT JOIN cases c ON c.id = r.case_id WHERE r.locked = 1 ORDER BY r.id',
    )) {
      const seal = roundSeal(db, row.id);
      if (seal) records.push({ ...seal, name: `案件 ${row.case_number ?? '?'} 第 ${row.round_no} 轮审核` });
    }
  }
  if (tableExists(db, 'issued_documents')) {
    for (const row of sql.all<{ id: number; title: string }>(
      db,
      "SELECT id, title FROM issued_documents WHERE status <> 'pending' ORDER BY id",
    )) {
      const seal = paperSeal(db, row.id);
      if (seal) records.push({ ...seal, name: `文书“${row.title}”（${seal.key}）` });
    }
  }
  return records;
}

/** Every record there is now, for the first entry that seals (the baseline of an older database). */
export function allSeals(db: Db): Seal[] {
  return liveRecords(db).map(({ kind, key, digest }) => ({ kind, key, digest }));
}

export function sealId(seal: Pick<Seal, 'kind' | 'key'>): string {
  return `${seal.kind}:${seal.key}`;
}
