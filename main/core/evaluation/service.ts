// 案卷评查 (灌政办〔2023〕32号 二(五)18): the scoring sheet (built-in version 0, the office's versions from
// 1), a seeded random draw of a year's closed cases, scoring by someone who had no part in the case
// (a reviewer or 法制审核机构负责人; refused with the reason otherwise), results per case and per year.

import type {
  EvaluationCaseResult,
  EvaluationDraw,
  EvaluationGrade,
  EvaluationItem,
  EvaluationItemScore,
  EvaluationSheet,
  EvaluationYear,
  ParsedInputOf,
} from '../../../shared/contract';
import { EVALUATION_GRADE_LABELS, EVALUATION_RULE } from '../../../shared/contract/evaluation';
import { AppError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { appendAudit } from '../audit/log';
import { actorName, getOperator } from '../session/operator';
import { officeDateOf } from '../calendar/officeTime';
import { getStaff } from '../staff/service';
import { BUILTIN_SHEET } from './sheet';
import { seededSample } from './draw';
import {
  casePeople,
  drawCases,
  drawRow,
  drawsOfYear,
  eligibleCaseIds,
  evaluationCase,
  insertDraw,
  insertSheet,
  recordScore,
  sheetRow,
  sheetRows,
  type DrawRow,
  type SheetRow,
} from './store';
import { chineseDate } from '../../../shared/domain/calendar';

function fromRow(row: SheetRow): EvaluationSheet {
  const items = JSON.parse(row.items_json) as EvaluationItem[];
  return {
    version: row.version,
    title: row.title,
    items,
    passScore: row.pass_score,
    excellentScore: row.excellent_score,
    maxScore: items.reduce((sum, item) => sum + item.points, 0),
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function builtinSheet(): EvaluationSheet {
  return {
    version: 0,
    ...BUILTIN_SHEET,
    items: [...BUILTIN_SHEET.items],
    maxScore: BUILTIN_SHEET.items.reduce((sum, item) => sum + item.points, 0),
    note: '内置评查表',
    createdAt: null,
    createdBy: null,
  };
}

export function currentSheet(ctx: CoreContext): EvaluationSheet {
  const [latest] = sheetRows(ctx.db);
  return latest ? fromRow(latest) : builtinSheet();
}

export function sheetVersion(ctx: CoreContext, version: number): EvaluationSheet {
  if (version === 0) return builtinSheet();
  const row = sheetRow(ctx.db, version);
  if (!row) throw new AppError('NOT_FOUND', `找不到第 ${version} 版评查表`);
  return fromRow(row);
}

export function sheetVersions(ctx: CoreContext): EvaluationSheet[] {
  return [...sheetRows(ctx.db).map(fromRow), builtinSheet()];
}

export function saveSheet(ctx: CoreContext, input: ParsedInputOf<'evaluation.saveSheet'>): EvaluationSheet {
  const before = currentSheet(ctx);
  const version = before.version + 1;
  const now = ctx.now().toISOString();
  insertSheet(ctx.db, {
    version,
    title: input.title,
    items_json: JSON.stringify(input.items),
    pass_score: input.passScore,
    excellent_score: input.excellentScore,
    note: input.note,
    created_at: now,
    created_by: actorName(ctx),
  });
  const after = sheetVersion(ctx, version);
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'evaluation.saveSheet',
    entity: 'evaluation_sheet',
    entityId: String(version),
    summary: `保存案卷评查表第 ${version} 版（${after.items.length} 项，满分 ${after.maxScore} 分）${input.note ? `：${input.note}` : ''}`,
    before,
    after,
  });
  return after;
}

function resultOf(row: ReturnType<typeof drawCases>[number]): EvaluationCaseResult {
  return {
    drawId: row.draw_id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    cause: row.cause,
    position: row.position,
    scored: row.scored_at !== null,
    scorerName: row.scorer_name,
    scoredOn: row.scored_on,
    total: row.total,
    vetoed: row.vetoed === null ? null : row.vetoed === 1,
    grade: row.grade,
    comment: row.comment,
    scores: row.scores_json ? (JSON.parse(row.scores_json) as EvaluationItemScore[]) : [],
  };
}

function drawView(ctx: CoreContext, row: DrawRow): EvaluationDraw {
  return {
    id: row.id,
    year: row.year,
    seed: row.seed,
    sampleSize: row.sample_size,
    populationSize: (JSON.parse(row.population_json) as number[]).length,
    sheetVersion: row.sheet_version,
    drawnAt: row.drawn_at,
    drawnBy: row.drawn_by,
    cases: drawCases(ctx.db, row.id).map(resultOf),
  };
}

export function evaluationYear(ctx: CoreContext, year: number): EvaluationYear {
  const draws = drawsOfYear(ctx.db, year).map((row) => drawView(ctx, row));
  const results = draws.flatMap((d) => d.cases);
  const scored = results.filter((r) => r.scored);
  return {
    year,
    rule: EVALUATION_RULE,
    eligible: eligibleCaseIds(ctx.db, year).length,
    draws,
    summary: {
      drawn: results.length,
      scored: scored.length,
      excellent: scored.filter((r) => r.grade === 'excellent').length,
      pass: scored.filter((r) => r.grade === 'pass').length,
      fail: scored.filter((r) => r.grade === 'fail').length,
      vetoed: scored.filter((r) => r.vetoed).length,
    },
  };
}

export function drawCasesForEvaluation(ctx: CoreContext, input: ParsedInputOf<'evaluation.draw'>): EvaluationDraw {
  const population = eligibleCaseIds(ctx.db, input.year);
  if (population.length === 0)
    throw new AppError(
      'EVALUATION_EMPTY',
      `${input.year}年没有可供抽取的已办结案件（已作出决定、已移送或已结案，且本年尚未抽取过的案件）。`,
    );
  if (input.size > population.length)
    throw new AppError(
      'VALIDATION',
      `${input.year}年可供抽取的已办结案件只有 ${population.length} 件，抽取件数不能超过它。`,
      { field: 'size' },
    );
  const now = ctx.now().toISOString();
  const seed = input.seed || `${input.year}-${now}`;
  const picked = seededSample(population, input.size, seed);
  const sheet = currentSheet(ctx);
  const id = insertDraw(
    ctx.db,
    {
      year: input.year,
      seed,
      sample_size: input.size,
      population_json: JSON.stringify(population),
      sheet_version: sheet.version,
      drawn_at: now,
      drawn_by: actorName(ctx),
    },
    picked,
  );
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'evaluation.draw',
    entity: 'evaluation_draw',
    entityId: String(id),
    summary: `案卷评查随机抽取：${input.year}年已办结案件 ${population.length} 件中抽取 ${picked.length} 件（随机种子“${seed}”，评查表第 ${sheet.version} 版）`,
    before: undefined,
    after: { year: input.year, seed, population, picked },
  });
  const row = drawRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', '抽取记录未能保存');
  return drawView(ctx, row);
}

/** Who may score: the person at the keyboard, a reviewer or 法制审核机构负责人, with no part in the case. */
function assertScorer(ctx: CoreContext, caseId: number, caseNumber: string): { id: number; name: string } {
  const operator = getOperator(ctx);
  if (operator.staffId === null) throw new AppError('NO_OPERATOR', '案卷评查须由评查人操作：请先以评查人身份登录。');
  const person = getStaff(ctx, operator.staffId);
  if (!person.active) throw new AppError('OPERATOR_INACTIVE', `当前使用人${person.name}已停用，不能评查。`);
  if (person.auxiliary || !person.roles.some((role) => role === 'reviewer' || role === 'review-head'))
    throw new AppError(
      'NOT_YOUR_STEP',
      `案卷评查由法制审核员或法制审核机构负责人进行；当前使用人${person.name}不是这两个岗位。`,
    );
  const parts = casePeople(ctx.db, caseId)
    .filter((p) => p.id === person.id)
    .map((p) => p.part);
  if (parts.length > 0)
    throw new AppError(
      'SEPARATION_OF_DUTIES',
      `${person.name}是案件${caseNumber}的${[...new Set(parts)].join('、')}，不能评查本人参与办理的案件：评查人应与案件的承办、审核、决定人员相分离，请由其他法制审核人员评查。`,
    );
  return { id: person.id, name: person.name };
}

export function gradeOf(sheet: EvaluationSheet, total: number, vetoed: boolean): EvaluationGrade {
  if (vetoed || total < sheet.passScore) return 'fail';
  return total >= sheet.excellentScore ? 'excellent' : 'pass';
}

/** Checks the scores against the sheet: every item once, a score within its points, a reason for each deduction. */
export function checkScores(
  sheet: EvaluationSheet,
  items: readonly EvaluationItemScore[],
): { total: number; vetoed: boolean; scores: EvaluationItemScore[] } {
  const given = new Map<string, EvaluationItemScore>();
  for (const item of items) {
    if (given.has(item.key)) throw new AppError('VALIDATION', `评查项目“${item.key}”重复评分。`);
    if (!sheet.items.some((s) => s.key === item.key))
      throw new AppError('VALIDATION', `评查表第 ${sheet.version} 版没有项目“${item.key}”。`);
    given.set(item.key, item);
  }
  let total = 0;
  let vetoed = false;
  const scores = sheet.items.map((def): EvaluationItemScore => {
    const item = given.get(def.key);
    if (!item) throw new AppError('VALIDATION', `请对评查项目“${def.title}”评分。`);
    if (def.veto && item.failed && !item.note)
      throw new AppError('VALIDATION', `一票否决项“${def.title}”认定存在的，请写明具体情形。`);
    if (def.points === 0) {
      if (item.score !== null && item.score !== 0)
        throw new AppError('VALIDATION', `“${def.title}”是不计分的一票否决项，不能给分。`);
    } else {
      if (item.score === null)
        throw new AppError('VALIDATION', `请对评查项目“${def.title}”评分（0 至 ${def.points} 分）。`);
      if (item.score < 0 || item.score > def.points)
        throw new AppError(
          'VALIDATION',
          `评查项目“${def.title}”的得分（${item.score}）应在 0 至 ${def.points} 分之间，不能超过该项分值。`,
        );
      if (item.score < def.points && !item.note)
        throw new AppError('VALIDATION', `评查项目“${def.title}”扣了分，请写明扣分理由。`);
      total += item.score;
    }
    if (!def.veto && item.failed) throw new AppError('VALIDATION', `“${def.title}”不是一票否决项。`);
    if (def.veto && item.failed) vetoed = true;
    return {
      key: def.key,
      score: def.points === 0 ? null : item.score,
      failed: def.veto && item.failed,
      note: item.note,
    };
  });
  return { total, vetoed, scores };
}

export function scoreCase(ctx: CoreContext, input: ParsedInputOf<'evaluation.score'>): EvaluationCaseResult {
  const draw = drawRow(ctx.db, input.drawId);
  if (!draw) throw new AppError('NOT_FOUND', `找不到编号为 ${input.drawId} 的评查抽取`);
  const row = evaluationCase(ctx.db, input.drawId, input.caseId);
  if (!row) throw new AppError('NOT_FOUND', '该案件不在本次抽取的案卷中。');
  const caseRow = drawCases(ctx.db, draw.id).find((c) => c.case_id === input.caseId);
  const caseNumber = caseRow?.case_number ?? String(input.caseId);
  if (row.scored_at)
    throw new AppError(
      'EVALUATION_SCORED',
      `案件${caseNumber}已于${chineseDate(row.scored_on ?? '')}由${row.scorer_name ?? ''}评查，评查结果不能修改。`,
    );
  const scorer = assertScorer(ctx, input.caseId, caseNumber);
  const today = officeDateOf(ctx.now().toISOString());
  if (input.scoredOn > today)
    throw new AppError('VALIDATION', `评查日期（${chineseDate(input.scoredOn)}）晚于今天，请核对。`, {
      field: 'scoredOn',
    });
  if (input.scoredOn < officeDateOf(draw.drawn_at))
    throw new AppError('VALIDATION', `评查日期（${chineseDate(input.scoredOn)}）早于抽取日期，请核对。`, {
      field: 'scoredOn',
    });
  const sheet = sheetVersion(ctx, draw.sheet_version);
  const { total, vetoed, scores } = checkScores(sheet, input.items);
  const grade = gradeOf(sheet, total, vetoed);
  const now = ctx.now().toISOString();
  recordScore(ctx.db, {
    draw_id: draw.id,
    case_id: input.caseId,
    scorer_staff_id: scorer.id,
    scorer_name: scorer.name,
    scores_json: JSON.stringify(scores),
    total,
    vetoed: vetoed ? 1 : 0,
    grade,
    comment: input.comment,
    scored_on: input.scoredOn,
    scored_at: now,
  });
  appendAudit(ctx.db, {
    at: now,
    actor: actorName(ctx),
    action: 'evaluation.score',
    entity: 'case',
    entityId: String(input.caseId),
    summary: `案卷评查：${caseNumber} 得分 ${total}${vetoed ? '，存在一票否决情形' : ''}，评定为${EVALUATION_GRADE_LABELS[grade]}（评查人${scorer.name}）`,
    before: undefined,
    after: { drawId: draw.id, scores, total, vetoed, grade, comment: input.comment },
  });
  const result = drawCases(ctx.db, draw.id).find((c) => c.case_id === input.caseId);
  if (!result) throw new AppError('NOT_FOUND', '评查结果未能保存');
  return resultOf(result);
}
