// The 执法公示 table (publicity_records): the only place that writes it and the only SQL about it.

import type { Db } from '../../db/open';
import { sql, tableColumns } from '../../db/sql';
import type { RevokeKind } from '../../../shared/contract/publicity';

export interface PublicityRecord {
  decision_id: number;
  published_on: string | null;
  published_where: string;
  published_by: string | null;
  revoked_on: string | null;
  revoke_kind: RevokeKind | null;
  revoke_reason: string;
  withdrawn_on: string | null;
  withdraw_note: string;
  updated_at: string;
}

export const PUBLICITY_TABLES = [
  tableColumns<PublicityRecord>()('publicity_records', [
    'decision_id',
    'published_on',
    'published_where',
    'published_by',
    'revoked_on',
    'revoke_kind',
    'revoke_reason',
    'withdrawn_on',
    'withdraw_note',
    'updated_at',
  ]),
];

/** A recorded penalty decision with the case snapshot it was reviewed on, and its publicity so far. */
export interface DecisionForPublicity {
  decision_id: number;
  case_id: number;
  case_number: string;
  decision_number: string;
  decision_date: string;
  decision_json: string;
  publicity: PublicityRecord | null;
}

const DECISIONS = `SELECT d.id AS decision_id, d.case_id, c.case_number, d.decision_number, d.decision_date, r.decision_json,
    p.decision_id AS p_id, p.published_on, p.published_where, p.published_by, p.revoked_on, p.revoke_kind,
    p.revoke_reason, p.withdrawn_on, p.withdraw_note, p.updated_at
  FROM review_decisions d JOIN review_rounds r ON r.id = d.round_id JOIN cases c ON c.id = d.case_id
  LEFT JOIN publicity_records p ON p.decision_id = d.id
  WHERE d.agrees = 1`;

type JoinedRow = Omit<DecisionForPublicity, 'publicity'> &
  Omit<PublicityRecord, 'decision_id'> & { p_id: number | null };

function split(row: JoinedRow): DecisionForPublicity {
  const {
    p_id,
    published_on,
    published_where,
    published_by,
    revoked_on,
    revoke_kind,
    revoke_reason,
    withdrawn_on,
    withdraw_note,
    updated_at,
    ...decision
  } = row;
  return {
    ...decision,
    publicity:
      p_id === null
        ? null
        : {
            decision_id: p_id,
            published_on,
            published_where,
            published_by,
            revoked_on,
            revoke_kind,
            revoke_reason,
            withdrawn_on,
            withdraw_note,
            updated_at,
          },
  };
}

export function decisionsOfYear(db: Db, year: number): DecisionForPublicity[] {
  return sql
    .all<JoinedRow>(
      db,
      `${DECISIONS} AND substr(d.decision_date, 1, 4) = ? ORDER BY d.decision_date DESC, d.id DESC`,
      String(year),
    )
    .map(split);
}

/** Decisions whose publication or withdrawal is still owed, whatever their year. */
export function decisionsOwingPublicity(db: Db): DecisionForPublicity[] {
  return sql
    .all<JoinedRow>(
      db,
      `${DECISIONS} AND ((p.published_on IS NULL AND p.revoked_on IS NULL) OR (p.revoked_on IS NOT NULL AND p.published_on IS NOT NULL AND p.withdrawn_on IS NULL))
       ORDER BY d.decision_date`,
    )
    .map(split);
}

export function decisionForPublicity(db: Db, decisionId: number): DecisionForPublicity | undefined {
  const row = sql.get<JoinedRow>(db, `${DECISIONS} AND d.id = ?`, decisionId);
  return row ? split(row) : undefined;
}

function ensure(db: Db, decisionId: number, at: string): void {
  sql.run(db, 'INSERT OR IGNORE INTO publicity_records (decision_id, updated_at) VALUES (?, ?)', decisionId, at);
}

export function recordPublished(db: Db, decisionId: number, on: string, where: string, by: string, at: string): void {
  ensure(db, decisionId, at);
  sql.run(
    db,
    'UPDATE publicity_records SET published_on = ?, published_where = ?, published_by = ?, updated_at = ? WHERE decision_id = ?',
    on,
    where,
    by,
    at,
    decisionId,
  );
}

export function recordRevoked(
  db: Db,
  decisionId: number,
  on: string,
  kind: RevokeKind,
  reason: string,
  at: string,
): void {
  ensure(db, decisionId, at);
  sql.run(
    db,
    'UPDATE publicity_records SET revoked_on = ?, revoke_kind = ?, revoke_reason = ?, updated_at = ? WHERE decision_id = ?',
    on,
    kind,
    reason,
    at,
    decisionId,
  );
}

export function recordWithdrawn(db: Db, decisionId: number, on: string, note: string, at: string): void {
  sql.run(
    db,
    'UPDATE publicity_records SET withdrawn_on = ?, withdraw_note = ?, updated_at = ? WHERE decision_id = ?',
    on,
    note,
    at,
    decisionId,
  );
}
