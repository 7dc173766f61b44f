// A criminal transfer as stored and as the screen shows it, with the limits still running.

import type {
  CriminalDeadline,
  CriminalState,
  CriminalTransferSummary,
  CriminalTransferView,
  PoliceAnswer,
} from '../../../shared/contract/criminal-transfers';
import type { TransferItemView, TransferMaterialView } from '../../../shared/contract';
import type { Db } from '../../db/open';
import { officeDateOf } from '../calendar/officeTime';
import { AppError } from '../../../shared/errors';
import { paperOfSource } from '../papers/store';
import { printedNumber } from '../papers/printed-number';
import { calendarDayView, hourView } from './calendar-days';
import type { Clock } from '../calendar/clock';
import {
  APPROVAL_DAYS,
  CRIMINAL_RULES,
  criminalActions,
  criminalGuidance,
  POLICE_RECONSIDERATION_DAYS,
  POLICE_REVIEW_DAYS,
  RECONSIDER_DAYS,
  SEND_HOURS,
  SUPERVISION_DAYS,
} from './criminal-rules';
import { orgRef } from './out-store';
import { sql } from '../../db/sql';

export interface CriminalRow {
  id: number;
  case_id: number;
  origin: 'review-opinion' | 'direct';
  review_round_id: number | null;
  police_org_id: number;
  suspected_crime: string;
  facts: string;
  crime_basis: string;
  measures: string;
  penalties_before: string;
  materials_json: string;
  items_json: string;
  reported_on: string;
  reported_by: string;
  state: CriminalState;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string;
  decision_late: number;
  sent_at: string | null;
  sent_by: string | null;
  letter_number: string;
  send_late: number;
  receipt_at: string | null;
  receipt_signed_by: string | null;
  receipt_note: string;
  answer: PoliceAnswer | null;
  answered_on: string | null;
  answer_reference: string;
  answer_reason: string;
  reconsideration_on: string | null;
  reconsideration_note: string;
  reconsideration_answer: PoliceAnswer | null;
  reconsideration_answered_on: string | null;
  reconsideration_reference: string;
  supervision_on: string | null;
  supervision_org_id: number | null;
  supervision_note: string;
  returned_on: string | null;
  returned_note: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  case_number: string;
  cause: string;
  party_name: string;
  round_no: number | null;
}

const SELECT = `SELECT t.*, c.case_number, c.cause, c.party_name, r.round_no
  FROM criminal_transfers t JOIN cases c ON c.id = t.case_id LEFT JOIN review_rounds r ON r.id = t.review_round_id`;

export function criminalRow(db: Db, id: number): CriminalRow {
  const row = sql.get<CriminalRow>(db, `${SELECT} WHERE t.id = ?`, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的涉嫌犯罪案件移送记录`);
  return row;
}

export function criminalRowsForCase(db: Db, caseId: number): CriminalRow[] {
  return sql.all<CriminalRow>(db, `${SELECT} WHERE t.case_id = ? ORDER BY t.id DESC`, caseId);
}

export function criminalRowsInStates(db: Db, states: readonly CriminalState[] | null): CriminalRow[] {
  if (states === null) return sql.all<CriminalRow>(db, `${SELECT} ORDER BY t.id DESC LIMIT 500`);
  return sql.all<CriminalRow>(
    db,
    `${SELECT} WHERE t.state IN (${states.map(() => '?').join(', ')}) ORDER BY t.id`,
    ...states,
  );
}

/** Sets columns of one criminal transfer (names are ours, never a user's) and stamps updated_at. */
export function updateCriminal(db: Db, id: number, columns: Record<string, string | number | null>, at: string): void {
  const names = Object.keys(columns);
  const set = [...names.map((name) => `${name} = @${name}`), 'updated_at = @updated_at'].join(', ');
  sql.run(db, `UPDATE criminal_transfers SET ${set} WHERE id = @id`, { ...columns, updated_at: at, id });
}

/** The limits running now: what the office owes (red once past), what the police owe (amber at most). */
export function criminalDeadlines(row: CriminalRow, clock: Clock): CriminalDeadline[] {
  const { calendar, now } = clock;
  switch (row.state) {
    case 'reported':
      return [
        {
          step: 'approval',
          owner: 'office',
          view: calendarDayView(
            calendar,
            now,
            { days: APPROVAL_DAYS, rule: CRIMINAL_RULES.approval },
            row.reported_on,
            '作出批准或者不批准移送的决定',
            '已超过审批期限，负责人尚未决定',
          ),
        },
      ];
    case 'approved':
      return row.decided_at
        ? [
            {
              step: 'send',
              owner: 'office',
              view: hourView(
                now,
                SEND_HOURS,
                CRIMINAL_RULES.send,
                row.decided_at,
                '移送公安机关',
                '已超过24小时，尚未移送',
              ),
            },
          ]
        : [];
    case 'received':
      return row.receipt_at
        ? [
            {
              step: 'police-review',
              owner: 'police',
              view: calendarDayView(
                calendar,
                now,
                { days: POLICE_REVIEW_DAYS, rule: CRIMINAL_RULES.policeReview },
                officeDateOf(row.receipt_at),
                '审查',
                '公安机关审查期限已过，尚未收到书面通知（经济犯罪案件等可能适用其他期限，请核实）',
                true,
              ),
            },
          ]
        : [];
    case 'not-filed':
      return row.answered_on
        ? [
            {
              step: 'reconsider',
              owner: 'office',
              view: calendarDayView(
                calendar,
                now,
                { days: RECONSIDER_DAYS, rule: CRIMINAL_RULES.reconsider },
                row.answered_on,
                '提请复议或者建议检察院立案监督',
                '提请复议的期限已过',
              ),
            },
          ]
        : [];
    case 'reconsideration':
      return row.reconsideration_on
        ? [
            {
              step: 'police-reconsideration',
              owner: 'police',
              view: calendarDayView(
                calendar,
                now,
                { days: POLICE_RECONSIDERATION_DAYS, rule: CRIMINAL_RULES.policeReconsideration },
                row.reconsideration_on,
                '作出复议决定',
                '公安机关复议期限已过，尚未收到复议决定',
                true,
              ),
            },
          ]
        : [];
    case 'reconsideration-refused':
      return row.reconsideration_answered_on
        ? [
            {
              step: 'supervision',
              owner: 'office',
              view: calendarDayView(
                calendar,
                now,
                { days: SUPERVISION_DAYS, rule: CRIMINAL_RULES.supervision },
                row.reconsideration_answered_on,
                '建议人民检察院立案监督',
                '建议立案监督的期限已过',
              ),
            },
          ]
        : [];
    default:
      return [];
  }
}

export function criminalMaterials(row: CriminalRow): TransferMaterialView[] {
  return JSON.parse(row.materials_json) as TransferMaterialView[];
}

export function criminalItems(row: CriminalRow): TransferItemView[] {
  return JSON.parse(row.items_json) as TransferItemView[];
}

/** The 涉嫌犯罪案件移送书 issued in the app for this transfer and not voided. */
export function issuedCriminalLetterNumber(db: Db, id: number): string | null {
  const paper = paperOfSource(db, 'criminal-transfer-letter', id);
  return paper?.status === 'issued' ? printedNumber(paper) : null;
}

export function criminalSummary(db: Db, row: CriminalRow, clock: Clock): CriminalTransferSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    cause: row.cause,
    police: orgRef(db, row.police_org_id),
    state: row.state,
    deadlines: criminalDeadlines(row, clock),
    updatedAt: row.updated_at,
  };
}

export function criminalView(db: Db, id: number, clock: Clock): CriminalTransferView {
  const row = criminalRow(db, id);
  const members = sql.all<{ id: number; name: string }>(
    db,
    'SELECT staff_id AS id, name FROM criminal_transfer_members WHERE transfer_id = ? ORDER BY rowid',
    id,
  );
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    cause: row.cause,
    partyName: row.party_name,
    origin: row.origin,
    reviewRoundNo: row.round_no,
    police: orgRef(db, row.police_org_id),
    members,
    suspectedCrime: row.suspected_crime,
    facts: row.facts,
    crimeBasis: row.crime_basis,
    measures: row.measures,
    penaltiesBefore: row.penalties_before,
    materials: criminalMaterials(row),
    items: criminalItems(row),
    reportedOn: row.reported_on,
    reportedBy: row.reported_by,
    state: row.state,
    decision: row.decided_at
      ? {
          at: row.decided_at,
          by: row.decided_by ?? '',
          approved: row.state !== 'not-approved',
          note: row.decision_note,
          late: row.decision_late === 1,
        }
      : null,
    sent: row.sent_at
      ? { at: row.sent_at, by: row.sent_by ?? '', letterNumber: row.letter_number, late: row.send_late === 1 }
      : null,
    issuedLetterNumber: issuedCriminalLetterNumber(db, id),
    receipt: row.receipt_at
      ? { at: row.receipt_at, signedBy: row.receipt_signed_by ?? '', note: row.receipt_note }
      : null,
    answer:
      row.answer && row.answered_on
        ? {
            outcome: row.answer,
            answeredOn: row.answered_on,
            reference: row.answer_reference,
            reason: row.answer_reason,
          }
        : null,
    reconsideration: row.reconsideration_on
      ? {
          on: row.reconsideration_on,
          note: row.reconsideration_note,
          answer:
            row.reconsideration_answer && row.reconsideration_answered_on
              ? {
                  outcome: row.reconsideration_answer,
                  answeredOn: row.reconsideration_answered_on,
                  reference: row.reconsideration_reference,
                }
              : null,
        }
      : null,
    supervision: row.supervision_on
      ? {
          on: row.supervision_on,
          org: row.supervision_org_id === null ? null : orgRef(db, row.supervision_org_id),
          note: row.supervision_note,
        }
      : null,
    returned: row.returned_on ? { on: row.returned_on, note: row.returned_note } : null,
    deadlines: criminalDeadlines(row, clock),
    actions: criminalActions(row.state),
    guidance: criminalGuidance(row.state),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
