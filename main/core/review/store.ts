// Rows of the review tables (migration 002) and the small reads every review command shares.

import type { NoticeItem, RoundState } from '../../../shared/contract';
import type { Finding, JudgementKey, OpinionNumber } from '../../../shared/domain/review';
import type { MaterialRequirement } from '../../../shared/domain/review';
import type { CoreContext } from '../context';
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import { sql } from '../../db/sql';

export interface RoundRow {
  id: number;
  case_id: number;
  round_no: number;
  state: RoundState;
  profile_id: string;
  profile_version: number;
  decision_json: string;
  decision_date: string;
  triggers_json: string;
  review_required: number;
  assessment_made: number;
  submitted_at: string;
  submitted_by: string;
  submitted_by_staff_id: number | null;
  reviewer_id: number | null;
  head_id: number | null;
  materials_accepted_at: string | null;
  materials_accepted_by: string | null;
  chosen_opinion: OpinionNumber | null;
  override_reason: string;
  opinion_reasons: string;
  corrections: string;
  transfer_target_kind: string | null;
  transfer_target_org_id: number | null;
  suggested_opinion: OpinionNumber | null;
  suggestion_explanation: string | null;
  certificate_problems_json: string | null;
  reviewer_signed_at: string | null;
  reviewer_signed_by: string | null;
  signed_at: string | null;
  signed_by: string | null;
  locked: number;
  created_at: string;
  updated_at: string;
}

export interface JudgementRow {
  judgement_key: JudgementKey;
  holds: number;
  reason: string;
}

export interface MaterialRow {
  material_key: string;
  position: number;
  label: string;
  requirement: MaterialRequirement;
  present: number;
  refs: string;
}

export interface FindingRow {
  point: number;
  finding: Finding | null;
  note: string;
  evidence_refs: string;
  saved_at: string;
  saved_by: string;
}

export interface NoticeRow {
  id: number;
  round_id: number;
  issued_at: string;
  issued_by: string;
  issued_on: string;
  working_days: number;
  working_days_source: string;
  deadline: string;
  due_at: string;
  items_json: string;
  supplemented_at: string | null;
  supplemented_by: string | null;
  supplement_note: string;
}

export function roundRow(db: Db, id: number): RoundRow {
  const row = sql.get<RoundRow>(db, 'SELECT * FROM review_rounds WHERE id = ?', id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的审核轮次`);
  return row;
}

export function roundsOfCase(db: Db, caseId: number): RoundRow[] {
  return sql.all<RoundRow>(db, 'SELECT * FROM review_rounds WHERE case_id = ? ORDER BY round_no', caseId);
}

export function judgementRows(db: Db, roundId: number): JudgementRow[] {
  return sql.all<JudgementRow>(
    db,
    'SELECT judgement_key, holds, reason FROM review_judgements WHERE round_id = ?',
    roundId,
  );
}

export function materialRows(db: Db, roundId: number): MaterialRow[] {
  return sql.all<MaterialRow>(
    db,
    'SELECT material_key, position, label, requirement, present, refs FROM review_materials WHERE round_id = ? ORDER BY position',
    roundId,
  );
}

export function findingRows(db: Db, roundId: number): FindingRow[] {
  return sql.all<FindingRow>(
    db,
    'SELECT point, finding, note, evidence_refs, saved_at, saved_by FROM review_findings WHERE round_id = ? ORDER BY point',
    roundId,
  );
}

export function noticeRow(db: Db, roundId: number): NoticeRow | undefined {
  return sql.get<NoticeRow>(db, 'SELECT * FROM supplement_notices WHERE round_id = ?', roundId);
}

export function noticeItems(row: NoticeRow): NoticeItem[] {
  return JSON.parse(row.items_json) as NoticeItem[];
}

export function staffName(db: Db, id: number | null): string | null {
  if (id === null) return null;
  const row = sql.get<{ name: string }>(db, 'SELECT name FROM staff WHERE id = ?', id);
  return row?.name ?? null;
}

/** Writes the round's changed columns and stamps updated_at. Column names come from our code only. */
export function updateRound(
  ctx: CoreContext,
  id: number,
  changes: Partial<Omit<RoundRow, 'id' | 'case_id' | 'round_no'>>,
): void {
  const entries = Object.entries({ ...changes, updated_at: ctx.now().toISOString() });
  const assignments = entries.map(([column]) => `${column} = @${column}`).join(', ');
  sql.run(ctx.db, `UPDATE review_rounds SET ${assignments} WHERE id = @id`, { ...Object.fromEntries(entries), id });
}
