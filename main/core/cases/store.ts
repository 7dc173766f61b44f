import type { CaseRecord, CaseSummary } from '../../../shared/contract';
import type { Db } from '../../db/open';
import { sql, tableColumns } from '../../db/sql';
import type { CaseStatus, Discretion, PartyClass, PartyType, PenaltyKind } from '../../../shared/domain/case';

export interface CaseRow {
  id: number;
  case_number: string;
  cause: string;
  /** The money line (natural person or organisation); party_kind says who the party is. */
  party_type: PartyClass;
  /** Null only on rows written by code that predates migration 008. */
  party_kind: PartyType | null;
  party_representative: string;
  party_phone: string;
  hearing_requested: number;
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
    'party_kind',
    'party_representative',
    'party_phone',
    'hearing_requested',
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
    party: {
      type: row.party_kind ?? partyTypeOf(row.party_type, row.party_id_code),
      name: row.party_name,
      idCode: row.party_id_code,
      address: row.party_address,
      representative: row.party_representative,
      phone: row.party_phone,
    },
    facts: row.facts,
    foundOn: row.found_on,
    penaltyKinds: JSON.parse(row.penalty_kinds) as PenaltyKind[],
    fineFen: row.fine_fen,
    illegalGainsFen: row.illegal_gains_fen,
    illegalPropertyFen: row.illegal_property_fen,
    discretion: row.discretion,
    hearingRequested: row.hearing_requested === 1 || row.hearing_held === 1,
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

/**
 * The party type of a record written before party types were split (issue #13): "organization"
 * with a 92… credit code was a 个体工商户, any other organisation is read as a 法人.
 */
export function partyTypeOf(legacy: string, idCode: string): PartyType {
  if (legacy === 'citizen') return 'citizen';
  if (legacy === 'organization') return idCode.startsWith('92') ? 'individual-business' : 'legal-person';
  return legacy as PartyType;
}

/** A case as a review round stored it (decision_json), read in today's shape whatever its age. */
export function normalizeCaseSnapshot(record: CaseRecord): CaseRecord {
  const party = record.party as Partial<CaseRecord['party']> & { type: string; idCode: string };
  return {
    ...record,
    party: {
      name: party.name ?? '',
      address: party.address ?? '',
      idCode: party.idCode,
      type: partyTypeOf(party.type, party.idCode),
      representative: party.representative ?? '',
      phone: party.phone ?? '',
    },
    hearingRequested: record.hearingRequested ?? record.hearingHeld,
  };
}
