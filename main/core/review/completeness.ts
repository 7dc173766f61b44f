// The reviewer's completeness check (DOMAIN §3): accept the materials, or tell the handler ONCE,
// listing everything missing, with a deadline in working days (一次性告知，并规定期限提交).

import { shortQuote } from '../../../shared/text-input';
import type { CaseRecord, NoticeItem, ParsedInputOf, ReviewRound } from '../../../shared/contract';
import { provenanceLabel } from '../../../shared/domain/profile';
import type { CoreContext } from '../context';
import { AppError } from '../../../shared/errors';
import { actorName } from '../session/operator';
import { assertOperatorIs, assertOperatorNotReviewing, assertState } from './guards';
import { formatInstantShort } from './format';
import { assertNoRepeatedMaterial } from './materials';
import { auditCase } from '../audit/case-history';
import { officeToday, reviewCalendar, ruleProfileFor } from './rules-source';
import { materialRows, noticeRow, roundRow, updateRound, type RoundRow } from './store';
import { setCaseStatus } from '../cases/store';
import { hearingOrAssessment, materialViews, roundView } from './view';
import { sql } from '../../db/sql';

function missingOf(ctx: CoreContext, round: RoundRow) {
  const decision = JSON.parse(round.decision_json) as CaseRecord;
  return materialViews(materialRows(ctx.db, round.id), hearingOrAssessment(round, decision)).filter(
    (item) => item.required && !item.present,
  );
}

function alreadyNotified(round: RoundRow, issuedAt: string): AppError {
  return new AppError(
    'NOTICE_ALREADY_ISSUED',
    `第${round.round_no}轮审核已于${formatInstantShort(issuedAt)}发出补正材料通知。依“一次性告知”的要求（涪陵府办〔2024〕1号 二(四)），同一轮审核不得再次通知补正；补正后仍不齐全的，请在第3项审核要点（材料是否齐全）中记录，并据此提出审核意见。`,
  );
}

/**
 * The notice lists each missing item once: the same checklist material twice, or two items of the
 * same name, would print twice on the paper the handler receives.
 */
function assertNoRepeatedItem(
  items: ParsedInputOf<'review.requestSupplement'>['items'],
  rows: ReadonlyArray<{ material_key: string; label: string }>,
): void {
  const keys = new Set<string>();
  const names = new Set<string>();
  const repeated = (name: string) =>
    new AppError('DUPLICATE', `需补正的材料“${name}”重复列出，请删去重复的一项（一次性告知，每项材料列一次）。`, {
      field: 'items',
    });
  for (const item of items) {
    if (item.materialKey !== null) {
      if (keys.has(item.materialKey))
        throw repeated(rows.find((row) => row.material_key === item.materialKey)?.label ?? item.name);
      keys.add(item.materialKey);
    }
    if (names.has(item.name)) throw repeated(item.name);
    names.add(item.name);
  }
}

export function requestSupplement(ctx: CoreContext, input: ParsedInputOf<'review.requestSupplement'>): ReviewRound {
  const round = roundRow(ctx.db, input.roundId);
  const existing = noticeRow(ctx.db, round.id);
  if (existing) throw alreadyNotified(round, existing.issued_at);
  assertState(round, ['submitted'], '通知补正材料');
  assertOperatorIs(ctx, round, 'reviewer', '通知补正材料');

  const missing = missingOf(ctx, round);
  const listed = new Set(input.items.map((item) => item.materialKey));
  const unlisted = missing.filter((item) => !listed.has(item.key));
  if (unlisted.length > 0) {
    throw new AppError(
      'NOTICE_INCOMPLETE',
      `一次性告知须列明全部缺少的材料，尚未列入：${unlisted.map((item) => item.label).join('、')}`,
      { field: 'items' },
    );
  }
  const rows = materialRows(ctx.db, round.id);
  const known = new Set(rows.map((row) => row.material_key));
  const stray = input.items.find((item) => item.materialKey !== null && !known.has(item.materialKey));
  if (stray) throw new AppError('VALIDATION', `“${stray.name}”不是本轮送审材料清单中的材料`, { field: 'items' });
  assertNoRepeatedItem(input.items, rows);

  const profile = ruleProfileFor(ctx, {
    caseId: round.case_id,
    profileId: round.profile_id,
    version: round.profile_version,
  });
  const days = profile.deadlines.supplementWorkingDays;
  const issuedOn = officeToday(ctx);
  // A year missing from the calendar throws here and the notice is not issued: never a guess.
  const due = reviewCalendar(ctx).deadlineAfterWorkingDays(issuedOn, days.value);
  const items: NoticeItem[] = input.items.map((item) => ({
    materialKey: item.materialKey,
    name: item.name,
    detail: item.detail,
  }));
  const now = ctx.now().toISOString();
  const issuedBy = actorName(ctx);
  sql.run(
    ctx.db,
    `INSERT INTO supplement_notices (round_id, issued_at, issued_by, issued_on, working_days, working_days_source, deadline, due_at, items_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    round.id,
    now,
    issuedBy,
    issuedOn,
    days.value,
    provenanceLabel(days.source),
    due.date,
    due.dueAt,
    JSON.stringify(items),
  );
  updateRound(ctx, round.id, { state: 'supplement-requested' });
  setCaseStatus(ctx.db, round.case_id, 'supplement-requested', ctx.now().toISOString());
  const view = roundView(ctx, roundRow(ctx.db, round.id));
  auditCase(
    ctx,
    round.case_id,
    'review.requestSupplement',
    `一次性告知补正材料（第${round.round_no}轮）：${items.map((item) => item.name).join('、')}；${days.value} 个工作日内、于 ${due.date} 前补正`,
    undefined,
    view.notice,
  );
  return view;
}

export function supplementMaterials(ctx: CoreContext, input: ParsedInputOf<'review.supplement'>): ReviewRound {
  const round = roundRow(ctx.db, input.roundId);
  assertState(round, ['supplement-requested'], '补正材料');
  assertOperatorNotReviewing(ctx, round.reviewer_id, round.head_id, '代承办机构补正材料');
  const before = roundView(ctx, round).materials;
  const known = new Set(before.map((item) => item.key));
  const unknown = input.materials.find((item) => !known.has(item.key));
  if (unknown)
    throw new AppError('VALIDATION', `材料“${shortQuote(unknown.key)}”不在本轮送审材料清单中`, { field: 'materials' });
  assertNoRepeatedMaterial(input.materials, before);
  for (const item of input.materials)
    sql.run(
      ctx.db,
      'UPDATE review_materials SET present = ?, refs = ? WHERE round_id = ? AND material_key = ?',
      item.present ? 1 : 0,
      item.present ? item.refs : '',
      round.id,
      item.key,
    );
  sql.run(
    ctx.db,
    'UPDATE supplement_notices SET supplemented_at = ?, supplemented_by = ?, supplement_note = ? WHERE round_id = ?',
    ctx.now().toISOString(),
    actorName(ctx),
    input.note,
    round.id,
  );
  updateRound(ctx, round.id, { state: 'submitted' });
  setCaseStatus(ctx.db, round.case_id, 'submitted', ctx.now().toISOString());
  const view = roundView(ctx, roundRow(ctx.db, round.id));
  const still = view.missingMaterials;
  const summary =
    still.length > 0
      ? `补正送审材料（第${round.round_no}轮），仍未提交：${still.join('、')}`
      : `补正送审材料（第${round.round_no}轮），材料已齐全`;
  auditCase(ctx, round.case_id, 'review.supplement', summary, before, view.materials);
  return view;
}

export function acceptMaterials(ctx: CoreContext, roundId: number): ReviewRound {
  const round = roundRow(ctx.db, roundId);
  assertState(round, ['submitted'], '确认材料齐全');
  assertOperatorIs(ctx, round, 'reviewer', '审查送审材料');
  const missing = missingOf(ctx, round);
  const notice = noticeRow(ctx.db, round.id);
  if (missing.length > 0 && !notice) {
    throw new AppError(
      'MATERIALS_INCOMPLETE',
      `送审材料不齐全，缺少：${missing.map((item) => item.label).join('、')}。请发出补正材料通知，一次性告知承办机构补正（涪陵府办〔2024〕1号 二(四)）。`,
    );
  }
  const now = ctx.now().toISOString();
  updateRound(ctx, round.id, {
    state: 'in-review',
    materials_accepted_at: now,
    materials_accepted_by: actorName(ctx),
  });
  setCaseStatus(ctx.db, round.case_id, 'in-review', ctx.now().toISOString());
  const view = roundView(ctx, roundRow(ctx.db, round.id));
  const note =
    missing.length > 0
      ? `；补正后仍缺少：${missing.map((item) => item.label).join('、')}（在第3项审核要点中记录）`
      : '；材料齐全';
  auditCase(
    ctx,
    round.case_id,
    'review.acceptMaterials',
    `受理审核，开始逐项审核（第${round.round_no}轮）${note}`,
    undefined,
    { materials: view.materials },
  );
  return view;
}
