import type { CaseInput, CaseList, CaseRecord, HistoryEntry } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { PARTY_CLASS, type CaseStatus } from '../../../shared/domain/case';
import { CERTIFICATE_RULE } from '../../../shared/domain/certificate';
import { appendAudit, auditForEntity } from '../audit/log';
import { AppError } from '../../../shared/errors';
import { assertNotAfterToday } from '../calendar/officeDates';
import { actorName } from '../session/operator';
import { toCaseRecord, type CaseRow } from './store';
import { SEARCH_TUNING, searchCases, type CaseQuery } from './search';
import { hasStaffRole } from '../staff/roles';
import { sql } from '../../db/sql';

type CaseValues = Required<Omit<CaseInput, 'party'>> & { party: Required<CaseInput['party']> };

/** Only these states let the handler change the proposal; after submission the record is the reviewer's. */
const EDITABLE: readonly CaseStatus[] = ['draft', 'returned'];

export function getCase(ctx: CoreContext, id: number): CaseRecord {
  const row = sql.get<CaseRow>(ctx.db, 'SELECT * FROM cases WHERE id = ?', id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的案件`);
  const handlers = sql.all<CaseRecord['handlers'][number]>(
    ctx.db,
    'SELECT s.id, s.name FROM case_handlers h JOIN staff s ON s.id = h.staff_id WHERE h.case_id = ? ORDER BY h.position',
    id,
  );
  return toCaseRecord(row, handlers);
}

function assertHandlers(ctx: CoreContext, ids: number[]): void {
  for (const id of ids) {
    const row = sql.get<{ name: string; roles: string; active: number; auxiliary: number }>(
      ctx.db,
      'SELECT name, roles, active, auxiliary FROM staff WHERE id = ?',
      id,
    );
    if (!row) throw new AppError('NOT_FOUND', `承办人（编号 ${id}）不存在`, { field: 'handlerIds' });
    if (row.active !== 1)
      throw new AppError('VALIDATION', `${row.name} 已停用，不能承办新案件`, { field: 'handlerIds' });
    if (row.auxiliary === 1) {
      throw new AppError(
        'VALIDATION',
        `${row.name} 是行政执法辅助人员，不得独立从事立案、调查等行政执法活动，不能担任承办人（${CERTIFICATE_RULE}）`,
        { field: 'handlerIds' },
      );
    }
    if (!hasStaffRole(row.roles, 'handler')) {
      throw new AppError('VALIDATION', `${row.name} 不是承办人岗位，请在“设置 › 人员”中为其添加承办人岗位`, {
        field: 'handlerIds',
      });
    }
  }
}

function assertNumberFree(ctx: CoreContext, caseNumber: string, exceptId: number | null): void {
  const clash = sql.get<{ id: number }>(
    ctx.db,
    'SELECT id FROM cases WHERE case_number = ? AND id IS NOT ?',
    caseNumber,
    exceptId,
  );
  if (clash) throw new AppError('DUPLICATE', `案件编号“${caseNumber}”已被使用`, { field: 'caseNumber' });
}

function columns(input: CaseValues) {
  return {
    caseNumber: input.caseNumber,
    cause: input.cause,
    partyType: PARTY_CLASS[input.party.type],
    partyKind: input.party.type,
    partyRepresentative: input.party.representative,
    partyPhone: input.party.phone,
    hearingRequested: input.hearingRequested || input.hearingHeld ? 1 : 0,
    partyName: input.party.name,
    partyIdCode: input.party.idCode,
    partyAddress: input.party.address,
    facts: input.facts,
    foundOn: input.foundOn,
    penaltyKinds: JSON.stringify(input.penaltyKinds),
    fineFen: input.fineFen,
    illegalGainsFen: input.illegalGainsFen,
    illegalPropertyFen: input.illegalPropertyFen,
    discretion: input.discretion,
    hearingHeld: input.hearingHeld ? 1 : 0,
    legalBasis: input.legalBasis,
  };
}

function writeHandlers(ctx: CoreContext, caseId: number, ids: number[]): void {
  sql.run(ctx.db, 'DELETE FROM case_handlers WHERE case_id = ?', caseId);
  ids.forEach((staffId, position) =>
    sql.run(
      ctx.db,
      'INSERT INTO case_handlers (case_id, staff_id, position) VALUES (?, ?, ?)',
      caseId,
      staffId,
      position,
    ),
  );
}

export function createCase(ctx: CoreContext, input: CaseValues, profileId = 'fuling'): CaseRecord {
  assertNumberFree(ctx, input.caseNumber, null);
  assertHandlers(ctx, input.handlerIds);
  // A case records what was found: its date cannot lie ahead (a typo such as 2052 for 2025 would skew every deadline).
  assertNotAfterToday(input.foundOn, ctx.now().toISOString(), '发现日期', 'foundOn');
  const now = ctx.now().toISOString();
  const { lastInsertRowid } = sql.run(
    ctx.db,
    `INSERT INTO cases (case_number, cause, party_type, party_kind, party_name, party_id_code, party_address,
         party_representative, party_phone, facts, found_on, penalty_kinds, fine_fen, illegal_gains_fen,
         illegal_property_fen, discretion, hearing_requested, hearing_held, legal_basis, status, profile_id,
         created_at, updated_at)
       VALUES (@caseNumber, @cause, @partyType, @partyKind, @partyName, @partyIdCode, @partyAddress,
         @partyRepresentative, @partyPhone, @facts, @foundOn, @penaltyKinds, @fineFen, @illegalGainsFen,
         @illegalPropertyFen, @discretion, @hearingRequested, @hearingHeld, @legalBasis, 'draft', @profileId,
         @now, @now)`,
    { ...columns(input), profileId, now },
  );
  const id = Number(lastInsertRowid);
  writeHandlers(ctx, id, input.handlerIds);
  const created = getCase(ctx, id);
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'case.create',
    entity: 'case',
    entityId: String(id),
    summary: `登记案件 ${created.caseNumber}（${created.cause}）`,
    before: undefined,
    after: created,
  });
  return created;
}

export function updateCase(ctx: CoreContext, input: CaseValues & { id: number }): CaseRecord {
  const before = getCase(ctx, input.id);
  if (!EDITABLE.includes(before.status)) {
    throw new AppError('CASE_LOCKED', '案件已送审，承办信息不能再修改；如需修改，请待审核退回后进行');
  }
  assertNumberFree(ctx, input.caseNumber, input.id);
  assertHandlers(ctx, input.handlerIds);
  assertNotAfterToday(input.foundOn, ctx.now().toISOString(), '发现日期', 'foundOn');
  const now = ctx.now().toISOString();
  sql.run(
    ctx.db,
    `UPDATE cases SET case_number = @caseNumber, cause = @cause, party_type = @partyType, party_kind = @partyKind,
         party_name = @partyName, party_id_code = @partyIdCode, party_address = @partyAddress,
         party_representative = @partyRepresentative, party_phone = @partyPhone, facts = @facts, found_on = @foundOn,
         penalty_kinds = @penaltyKinds, fine_fen = @fineFen, illegal_gains_fen = @illegalGainsFen,
         illegal_property_fen = @illegalPropertyFen, discretion = @discretion,
         hearing_requested = @hearingRequested, hearing_held = @hearingHeld,
         legal_basis = @legalBasis, updated_at = @now
       WHERE id = @id`,
    { ...columns(input), id: input.id, now },
  );
  writeHandlers(ctx, input.id, input.handlerIds);
  const after = getCase(ctx, input.id);
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'case.update',
    entity: 'case',
    entityId: String(input.id),
    summary: `修改案件 ${after.caseNumber}`,
    before,
    after,
  });
  return after;
}

/**
 * The list screen counts a search's matches up to SEARCH_TUNING.listCountLimit (CaseQuery.countUpTo):
 * past it, it says "超过 10,000 件" and pages through the newest 10,000. Ledgers count exactly.
 */
export function listCases(ctx: CoreContext, input: CaseQuery): CaseList {
  return searchCases(ctx.db, { ...input, countUpTo: SEARCH_TUNING.listCountLimit });
}

export function caseHistory(ctx: CoreContext, id: number): HistoryEntry[] {
  getCase(ctx, id);
  return auditForEntity(ctx.db, 'case', String(id));
}
