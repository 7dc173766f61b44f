// 案卷评查 (issue #20 item 4): 灌政办〔2023〕32号 二(五)18 — 每年组织不少于1次基层综合行政执法案卷评查活动.
// An office-editable scoring sheet (versioned), a seeded random draw of closed cases, scoring by someone
// who had no part in the case, results per case and per year, a DOCX record and an XLSX.
import { z } from 'zod';
import { entityId, isoDate, keyText, optionalText, requiredText } from './fields';
import { method } from './method';
import { statsYearInput } from './stats';
import type { DocumentFile } from './documents';

export const EVALUATION_RULE = '每年组织不少于1次基层综合行政执法案卷评查活动（灌政办〔2023〕32号 二(五)18）';

export interface EvaluationItem {
  key: string;
  title: string;
  /** Points the item is worth; 0 for a 一票否决 item that carries no points. */
  points: number;
  /** 一票否决: failing it makes the file 不合格 whatever the score. */
  veto: boolean;
  /** Where the requirement comes from, e.g. 《行政处罚法》第四十二条. */
  basis: string;
}

export interface EvaluationSheet {
  /** 0 is the built-in sheet; an office's saved versions count from 1. */
  version: number;
  title: string;
  items: EvaluationItem[];
  passScore: number;
  excellentScore: number;
  /** Sum of the items' points. */
  maxScore: number;
  note: string;
  createdAt: string | null;
  createdBy: string | null;
}

export type EvaluationGrade = 'excellent' | 'pass' | 'fail';
export const EVALUATION_GRADE_LABELS: Record<EvaluationGrade, string> = {
  excellent: '优秀',
  pass: '合格',
  fail: '不合格',
};

export interface EvaluationItemScore {
  key: string;
  score: number | null;
  failed: boolean;
  note: string;
}

export interface EvaluationCaseResult {
  drawId: number;
  caseId: number;
  caseNumber: string;
  cause: string;
  position: number;
  scored: boolean;
  scorerName: string | null;
  scoredOn: string | null;
  total: number | null;
  vetoed: boolean | null;
  grade: EvaluationGrade | null;
  comment: string;
  scores: EvaluationItemScore[];
}

export interface EvaluationDraw {
  id: number;
  year: number;
  seed: string;
  sampleSize: number;
  populationSize: number;
  sheetVersion: number;
  drawnAt: string;
  drawnBy: string;
  cases: EvaluationCaseResult[];
}

export interface EvaluationYear {
  year: number;
  rule: string;
  /** Closed cases of the year a draw can pick from. */
  eligible: number;
  draws: EvaluationDraw[];
  summary: { drawn: number; scored: number; excellent: number; pass: number; fail: number; vetoed: number };
}

const itemInput = z.strictObject({
  key: keyText('评查项目标识', 40),
  title: requiredText('评查项目', 200),
  points: z.number({ error: '分值应为数字' }).int('分值应为整数').min(0, '分值不能为负数').max(100, '分值不能超过 100'),
  veto: z.boolean({ error: '请说明是否一票否决' }),
  basis: optionalText('依据', 200),
});

export const evaluationSheetInput = z
  .strictObject({
    title: requiredText('评查表名称', 100),
    items: z
      .array(itemInput, { error: '请列出评查项目' })
      .min(1, '评查表至少要有一个项目')
      .max(60, '评查项目不能超过 60 个'),
    passScore: z.number({ error: '合格分应为数字' }).int('合格分应为整数').min(0, '合格分不能为负数'),
    excellentScore: z.number({ error: '优秀分应为数字' }).int('优秀分应为整数').min(0, '优秀分不能为负数'),
    note: optionalText('修改说明', 500),
  })
  .superRefine((value, ctx) => {
    const keys = new Set<string>();
    value.items.forEach((item, index) => {
      if (keys.has(item.key))
        ctx.addIssue({ code: 'custom', path: ['items', index, 'key'], message: `评查项目标识“${item.key}”重复` });
      keys.add(item.key);
      if (!item.veto && item.points === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'points'],
          message: `评查项目“${item.title}”既不计分也不是一票否决项，请填写分值`,
        });
    });
    const max = value.items.reduce((sum, item) => sum + item.points, 0);
    if (value.excellentScore < value.passScore)
      ctx.addIssue({ code: 'custom', path: ['excellentScore'], message: '优秀分不能低于合格分' });
    if (value.excellentScore > max)
      ctx.addIssue({ code: 'custom', path: ['excellentScore'], message: `优秀分不能高于满分（${max} 分）` });
  });

export const evaluationDrawInput = z.strictObject({
  year: statsYearInput.shape.year,
  size: z
    .number({ error: '抽取件数应为数字' })
    .int('抽取件数应为整数')
    .min(1, '至少抽取 1 件')
    .max(200, '一次最多抽取 200 件'),
  /** Empty: the app makes one from the clock, and records it. */
  seed: optionalText('随机种子', 60),
});

export const evaluationScoreInput = z.strictObject({
  drawId: entityId('评查抽取'),
  caseId: entityId('案件'),
  scoredOn: isoDate('评查日期'),
  items: z
    .array(
      z.strictObject({
        key: keyText('评查项目标识', 40),
        score: z.number({ error: '得分应为数字' }).int('得分应为整数').nullable().default(null),
        failed: z.boolean({ error: '请说明是否存在否决情形' }).default(false),
        note: optionalText('扣分说明', 500),
      }),
    )
    .min(1, '请逐项评分'),
  comment: optionalText('评查意见', 1000),
});

export const evaluationMethods = {
  'evaluation.sheet': method<EvaluationSheet>()(z.strictObject({})),
  'evaluation.sheetVersions': method<EvaluationSheet[]>()(z.strictObject({})),
  'evaluation.saveSheet': method<EvaluationSheet>()(evaluationSheetInput),
  'evaluation.year': method<EvaluationYear>()(statsYearInput),
  'evaluation.draw': method<EvaluationDraw>()(evaluationDrawInput),
  'evaluation.score': method<EvaluationCaseResult>()(evaluationScoreInput),
  'evaluation.docx': method<DocumentFile>()(z.strictObject({ drawId: entityId('评查抽取'), caseId: entityId('案件') })),
  'evaluation.export': method<DocumentFile>()(statsYearInput),
};
