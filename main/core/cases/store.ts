import type { CaseRecord, CaseSummary } from '../../../shared/contract';
import type { CaseStatus, Discretion, PartyType, PenaltyKind } from '../../../shared/domain/case';
import type { Db } from '../../db/open';
import { sql, tableColumns } from '../../db/sql';

export interface CaseRow {
  id: number;
  case_number: string;
  cause: string;
  party_type: PartyType;
  party_name: string;
  party_id_code: string;
  party_address: string;
  facts: string;
  found_on: string;
  penalty_kinds: string;
  fine_fen: number;
  illegal_gains_fen: number;
  illegal_property_fen: number;
  discretion: Discretion;
  hearing_held: number;
  legal_basis: string;
  status: CaseStatus;
  profile_id: string;
  created_at: string;
  updated_at: string;
}

export interface CaseHandlerRecord {
  case_id: number;
  staff_id: number;
  position: number;
}

export const CASES_TABLES = [
  tableColumns<CaseRow>()('cases', [
    'id',
    'case_number',
    'cause',
    'party_type',
    'party_name',
    'party_id_code',
    'party_address',
    'facts',
    'found_on',
    'penalty_kinds',
    'fine_fen',
    'illegal_gains_fen',
    'illegal_property_fen',
    'discretion',
    'hearing_held',
    'legal_basis',
    'status',
    'profile_id',
    'created_at',
    'updated_at',
  ]),
  tableColumns<CaseHandlerRecord>()('case_handlers', ['case_id', 'staff_id', 'position']),
];

/**
 * The one writer of a case's status. Review and transfers move the case along with their own
 * records; the audit entry of the command that caused it says why.
 */
export function setCaseStatus(db: Db, caseId: number, status: CaseStatus, at: string): void {
  sql.run(db, 'UPDATE cases SET status = ?, updated_at = ? WHERE id = ?', status, at, caseId);
}

export function toCaseRecord(row: CaseRow, handlers: CaseRecord['handlers']): CaseRecord {
  return {
    id: row.id,
    caseNumber: row.case_number,
    cause: row.cause,
    party: { type: row.party_type, name: row.party_name, idCode: row.party_id_code, address: row.party_address },
    facts: row.facts,
    foundOn: row.found_on,
    penaltyKinds: JSON.parse(row.penalty_kinds) as PenaltyKind[],
    fineFen: row.fine_fen,
    illegalGainsFen: row.illegal_gains_fen,
    illegalPropertyFen: row.illegal_property_fen,
    discretion: row.discretion,
    hearingHeld: row.hearing_held === 1,
    legalBasis: row.legal_basis,
    handlers,
    status: row.status,
    profileId: row.profile_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type SummaryRow = Pick<
  CaseRow,
  'id' | 'case_number' | 'cause' | 'party_name' | 'status' | 'fine_fen' | 'updated_at'
>;

export function toCaseSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number,
    cause: row.cause,
    partyName: row.party_name,
    status: row.status,
    fineFen: row.fine_fen,
    updatedAt: row.updated_at,
  };
}
