// 执法协助 (issue #19): requests for help we send to another body and requests we receive.
// 涪陵府办〔2024〕1号 二(二); 周政办字〔2018〕18号 二(四)3 (2个工作日); 郯政发〔2023〕1号 二(一)2.
import { z } from 'zod';
import type { DeadlineView } from './transfers';
import { byId, entityId, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';

export const ASSISTANCE_DIRECTIONS = ['out', 'in'] as const;
export type AssistanceDirection = (typeof ASSISTANCE_DIRECTIONS)[number];
export const ASSISTANCE_DIRECTION_LABELS: Record<AssistanceDirection, string> = {
  out: '本单位请求协助',
  in: '其他机关请求本单位协助',
};

/** 涪陵府办〔2024〕1号 二(二) “以下情况属于协助范围” 1–4. */
export const ASSISTANCE_GROUNDS = [
  'materials-unobtainable',
  'materials-held-elsewhere',
  'technical-support',
  'other',
] as const;
export type AssistanceGround = (typeof ASSISTANCE_GROUNDS)[number];
export const ASSISTANCE_GROUND_LABELS: Record<AssistanceGround, string> = {
  'materials-unobtainable': '通过自行调查不能取得所需案件材料',
  'materials-held-elsewhere': '所需要的案件材料为其他行政执法机关所掌握，难以自行收集',
  'technical-support': '认定违法行为需要有关行政执法机关提供鉴定、检验、检测等技术支持',
  other: '其他需要行政执法协助的情形',
};

/** 涪陵府办〔2024〕1号 二(二): the only two reasons a body may give for not helping. */
export const ASSISTANCE_REFUSAL_GROUNDS = ['prohibited', 'outside-powers'] as const;
export type AssistanceRefusalGround = (typeof ASSISTANCE_REFUSAL_GROUNDS)[number];
export const ASSISTANCE_REFUSAL_LABELS: Record<AssistanceRefusalGround, string> = {
  prohibited: '协助事项属于法律、法规、规章等明确禁止的事项',
  'outside-powers': '协助事项不属于本机关职权范围',
};

export const ASSISTANCE_STATES = ['open', 'assisted', 'refused'] as const;
export type AssistanceState = (typeof ASSISTANCE_STATES)[number];
export const ASSISTANCE_STATE_LABELS: Record<AssistanceState, string> = {
  open: '待答复',
  assisted: '已协助',
  refused: '不予协助',
};

export const ASSISTANCE_RULE_QUOTE =
  '协助事项属于区级行政执法部门职权范围的,应当依法予以协助,不得推诿、刁难。协助事项属于法律、法规、规章等明确禁止或者协助事项不属于本机关职权范围的,应当及时告知提出协助要求的乡镇(街道),并说明理由。';

export interface AssistanceSummary {
  id: number;
  direction: AssistanceDirection;
  counterpart: string;
  caseTitle: string;
  needed: string;
  requestedOn: string;
  state: AssistanceState;
  deadline: DeadlineView | null;
  updatedAt: string;
}

export interface AssistanceHistoryEntry {
  at: string;
  actor: string;
  summary: string;
}

export interface AssistanceView extends AssistanceSummary {
  letterNumber: string;
  linkedCase: { id: number; caseNumber: string } | null;
  ground: AssistanceGround;
  reason: string;
  legalBasis: string;
  returnItems: string;
  contactName: string;
  contactPhone: string;
  profile: { id: string; version: number; name: string };
  answer: {
    outcome: 'assisted' | 'refused';
    refusalGround: AssistanceRefusalGround | null;
    answeredOn: string;
    text: string;
  } | null;
  /** The rule the answer period comes from, quoted. */
  rule: string;
  history: AssistanceHistoryEntry[];
  createdAt: string;
  createdBy: string;
}

const assistanceFields = {
  direction: z.enum(ASSISTANCE_DIRECTIONS, { error: '请选择是本单位请求协助还是其他机关请求协助' }),
  counterpart: requiredText('对方机关', 100),
  letterNumber: optionalText('对方来函文号', 60),
  caseId: entityId('关联案件').nullable().default(null),
  caseTitle: requiredText('案件名称', 120),
  ground: z.enum(ASSISTANCE_GROUNDS, { error: '请选择协助的情形' }),
  needed: requiredText('需要协助的事项', 1000),
  reason: requiredText('请求协助的理由', 1000),
  legalBasis: optionalText('法律依据', 500),
  returnItems: optionalText('需反馈的材料', 500),
  contactName: optionalText('联系人', 30),
  contactPhone: optionalText('联系电话', 30),
  requestedOn: isoDate('请求日期'),
};

export const assistanceCreateInput = z.strictObject(assistanceFields);
export const assistanceUpdateInput = z.strictObject({ id: entityId('协助记录'), ...assistanceFields });

export const assistanceAnswerInput = z
  .strictObject({
    id: entityId('协助记录'),
    outcome: z.enum(['assisted', 'refused'], { error: '请选择予以协助或不予协助' }),
    refusalGround: z.enum(ASSISTANCE_REFUSAL_GROUNDS, { error: '请选择不予协助的理由类别' }).nullable().default(null),
    answeredOn: isoDate('答复日期'),
    text: requiredText('答复内容', 2000),
  })
  .superRefine((value, context) => {
    if (value.outcome === 'refused' && value.refusalGround === null) {
      context.addIssue({
        code: 'custom',
        path: ['refusalGround'],
        message: '不予协助的，应当说明理由：请选择“法律、法规、规章明确禁止”或“不属于本机关职权范围”',
      });
    }
  });

export const assistanceListInput = z.strictObject({
  scope: z.enum(['open', 'all'], { error: '范围无效' }).default('open'),
  direction: z.enum(ASSISTANCE_DIRECTIONS, { error: '方向无效' }).nullable().default(null),
  search: optionalText('搜索内容', 60),
});

export const assistanceMethods = {
  'assistance.list': method<AssistanceSummary[]>()(assistanceListInput),
  'assistance.get': method<AssistanceView>()(byId),
  'assistance.create': method<AssistanceView>()(assistanceCreateInput),
  'assistance.update': method<AssistanceView>()(assistanceUpdateInput),
  'assistance.answer': method<AssistanceView>()(assistanceAnswerInput),
};
