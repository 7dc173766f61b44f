// What the legal-review screens send (issue #3): the checked inputs of the review.* methods — the
// submission and its materials, the notice to supplement, the nine points, the opinion, the
// decision after it — each with a clear Chinese message (DOMAIN §2–§5, 涪陵府办〔2024〕1号 二(四)).

import { z } from 'zod';
import { ORG_KINDS, PENALTY_KINDS, type OrgKind } from '../domain/case';
import { FINDINGS, JUDGEMENT_LABELS, REVIEW_POINTS } from '../domain/review';
import type { JudgementKey } from '../domain/review';
import { entityId, fen, isoDate, keyText, optionalText, requiredText } from './fields';

const judgement = z
  .strictObject({
    holds: z.boolean({ error: '请说明是否属于该情形' }).default(false),
    reason: optionalText('理由', 1000),
  })
  .prefault({});

export const judgementsInput = z
  .strictObject({
    publicInterest: judgement,
    socialRisk: judgement,
    majorRights: judgement,
    complex: judgement,
    otherRule: judgement,
  })
  .prefault({})
  .superRefine((value, ctx) => {
    for (const [key, entry] of Object.entries(value) as Array<[JudgementKey, { holds: boolean; reason: string }]>) {
      if (entry.holds && !entry.reason) {
        ctx.addIssue({
          code: 'custom',
          path: [key, 'reason'],
          message: `认定“${JUDGEMENT_LABELS[key]}”的，请写明理由`,
        });
      }
    }
  });

export const materialsInput = z
  .array(
    z.strictObject({
      key: keyText('材料标识'),
      present: z.boolean({ error: '请说明该材料是否已提交' }),
      refs: optionalText('材料的文件或页码', 1000),
    }),
    { error: '请逐项说明送审材料' },
  )
  .superRefine((items, ctx) => {
    items.forEach((item, index) => {
      if (item.present && !item.refs) {
        ctx.addIssue({ code: 'custom', path: [index, 'refs'], message: '已提交的材料，请写明文件名或卷宗页码' });
      }
    });
  });

export const reviewSubmitInput = z.strictObject({
  caseId: entityId('案件'),
  decisionDate: isoDate('拟作出决定日期'),
  judgements: judgementsInput,
  materials: materialsInput,
  assessmentMade: z.boolean({ error: '请说明是否经过评估' }).default(false),
  reviewerId: entityId('法制审核员').nullable().default(null),
  headId: entityId('负责人').nullable().default(null),
});
export type ReviewSubmitInput = z.input<typeof reviewSubmitInput>;

export const roundId = entityId('审核轮次');

export const reviewAssignInput = z.strictObject({
  roundId,
  reviewerId: entityId('法制审核员').nullable(),
  headId: entityId('负责人').nullable(),
});

export const supplementRequestInput = z.strictObject({
  roundId,
  items: z
    .array(
      z.strictObject({
        materialKey: keyText('需补正材料的标识').nullable().default(null),
        name: requiredText('需补正的材料名称', 100),
        detail: optionalText('问题说明', 300),
      }),
      { error: '请列明需补正的材料' },
    )
    .min(1, '请至少列明一项需补正的材料'),
});

export const supplementInput = z.strictObject({
  roundId,
  materials: materialsInput,
  note: optionalText('补正说明', 1000),
});

export const savePointInput = z
  .strictObject({
    roundId,
    point: z.number({ error: '审核要点无效' }).int('审核要点无效').min(1, '审核要点无效').max(9, '审核要点无效'),
    finding: z.enum(FINDINGS, { error: '审核结论不在可选范围内' }).nullable().default(null),
    note: optionalText('审核说明', 5000),
    evidenceRefs: optionalText('证据材料', 2000),
    /** Why a finding changes once an opinion has been chosen (the reviewer changed their mind). */
    changeNote: optionalText('修改结论的说明', 1000),
  })
  .superRefine((value, ctx) => {
    const point = REVIEW_POINTS[value.point - 1];
    if (!point || value.finding === null) return;
    const option = point.findings.find((candidate) => candidate.value === value.finding);
    if (!option) {
      ctx.addIssue({
        code: 'custom',
        path: ['finding'],
        message: `第${point.number}项（${point.title}）不能作“${value.finding}”的结论`,
      });
    } else if (value.finding !== 'pass' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: `结论为“${option.label}”的，请写明审核说明` });
    }
  });

/** Where opinions 4 and 5 may send a case: 5 goes to the judicial organs only. */
export const JUDICIAL_KINDS: readonly OrgKind[] = ['public-security', 'procuratorate'];
export const JURISDICTION_KINDS: readonly OrgKind[] = [
  'township',
  'department',
  'public-security',
  'government',
  'other',
];

export const chooseOpinionInput = z
  .strictObject({
    roundId,
    opinion: z
      .number({ error: '请选择审核意见' })
      .int('请选择审核意见')
      .min(1, '请选择审核意见')
      .max(5, '请选择审核意见'),
    overrideReason: optionalText('选择其他意见的理由', 2000),
    reasons: requiredText('审核意见的理由', 5000),
    corrections: optionalText('需纠正完善的事项', 5000),
    transferTargetKind: z.enum(ORG_KINDS, { error: '移送机关类别不在可选范围内' }).nullable().default(null),
    transferTargetOrgId: entityId('移送机关').nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.opinion === 2 && !value.corrections) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections'],
        message: '意见为“纠正完善后再送审”的，请列明需纠正完善的事项',
      });
    }
    // A field the chosen opinion does not use is refused, not dropped: it says the reviewer meant another opinion.
    if (value.opinion !== 2 && value.corrections) {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections'],
        message: '只有意见为“纠正完善后再送审”（意见2）的，才列明需纠正完善的事项；请清空该内容，或改选意见2。',
      });
    }
    if (value.opinion !== 4 && value.opinion !== 5) {
      if (value.transferTargetKind !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['transferTargetKind'],
          message: '只有意见为移送（意见4或5）的，才选择移送机关类别；请取消所选类别，或改选意见4或5。',
        });
      } else if (value.transferTargetOrgId !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['transferTargetOrgId'],
          message: '只有意见为移送（意见4或5）的，才选择移送机关；请取消所选机关，或改选意见4或5。',
        });
      }
    }
    if (value.opinion === 4 || value.opinion === 5) {
      const allowed = value.opinion === 5 ? JUDICIAL_KINDS : JURISDICTION_KINDS;
      if (!value.transferTargetKind) {
        ctx.addIssue({ code: 'custom', path: ['transferTargetKind'], message: '意见为移送的，请选择移送机关类别' });
      } else if (!allowed.includes(value.transferTargetKind)) {
        const message =
          value.opinion === 5 ? '移送司法机关的，应移送公安机关或检察机关' : '移送有管辖权的机关的，请选择行政执法机关';
        ctx.addIssue({ code: 'custom', path: ['transferTargetKind'], message });
      }
    }
  });

export const returnToReviewerInput = z.strictObject({ roundId, reason: requiredText('退回理由', 1000) });

/** The 行政执法机关负责人's decision after opinion 1 (《行政处罚法》第五十七条). */
export const recordDecisionInput = z.strictObject({
  roundId,
  agrees: z.boolean({ error: '请选择是否同意拟作出的决定' }),
  reason: optionalText('不同意的理由', 2000),
  complexOrMajor: z.boolean({ error: '请说明是否属于情节复杂或者重大违法行为' }).default(false),
  collectiveDate: isoDate('集体讨论日期').nullable().default(null),
  collectiveParticipants: optionalText('集体讨论参加人员', 300),
  collectiveSummary: optionalText('集体讨论意见', 2000),
  decisionNumber: optionalText('行政处罚决定书文号', 60),
  decisionDate: isoDate('决定日期').nullable().default(null),
  /**
   * The penalty as decided (issue #20: the annual report counts it). Only with agreement; null means
   * "as proposed": the decision then is the proposal the review passed (round's decision snapshot).
   */
  decidedPenalty: z
    .strictObject({
      penaltyKinds: z
        .array(z.enum(PENALTY_KINDS, { error: '处罚种类不在可选范围内' }), { error: '请选择决定的处罚种类' })
        .min(1, '请至少选择一种决定的处罚种类')
        .refine((kinds) => new Set(kinds).size === kinds.length, '同一处罚种类选择了两次'),
      fineFen: fen('决定的罚款金额').default(0),
      illegalGainsFen: fen('决定没收违法所得金额').default(0),
      illegalPropertyFen: fen('决定没收非法财物价值').default(0),
    })
    .nullable()
    .default(null),
});

const yuanFen = z
  .number({ error: '请填写金额（以分计）' })
  .int('金额应为整数（以分计）')
  .min(1, '金额应大于零')
  .max(100_000_000_000_000, '金额过大');
export const hearingSettingInput = z.strictObject({
  largeAmount: z
    .strictObject({
      citizenFen: yuanFen,
      organizationFen: yuanFen,
      source: requiredText('“较大数额”的依据', 200),
    })
    .nullable(),
});
export type HearingSetting = { largeAmount: { citizenFen: number; organizationFen: number; source: string } | null };
export const byRound = z.strictObject({ roundId });
const holds = z.boolean({ error: '请说明是否属于该情形' }).default(false);
/** For the live preview: only whether each judgement holds (reasons are checked on submission). */
export const judgementHoldsInput = z
  .strictObject({ publicInterest: holds, socialRisk: holds, majorRights: holds, complex: holds, otherRule: holds })
  .prefault({});
export const byCase = z.strictObject({ caseId: entityId('案件') });
