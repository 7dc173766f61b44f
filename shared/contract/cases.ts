import { z } from 'zod';
import {
  CASE_STATUSES,
  DISCRETIONS,
  PARTY_TYPES,
  PENALTY_KINDS,
  type CaseStatus,
  type Discretion,
  type PartyType,
  type PenaltyKind,
} from '../domain/case';
import { creditCodePartyProblem } from '../domain/case';
import { isValidCreditCode, isValidResidentId } from '../domain/id-codes';
import { method } from './method';
import { byId, entityId, fen, isoDate, optionalText, requiredText } from './fields';
import { cleanText } from '../text-input';

const party = z
  .strictObject({
    type: z.enum(PARTY_TYPES, { error: '请选择当事人类型（公民、个体工商户、法人或其他组织）' }),
    name: requiredText('当事人名称', 60),
    idCode: z
      .string({ error: '请填写证件号码' })
      .overwrite((value) => cleanText(value, false))
      .trim()
      .toUpperCase()
      .min(1, '请填写当事人的证件号码'),
    address: optionalText('当事人地址', 120),
    /** 法定代表人 (法人), 负责人 (其他组织) or 经营者 (个体工商户). */
    representative: optionalText('法定代表人或负责人', 30),
    phone: optionalText('当事人联系电话', 30),
  })
  .superRefine((value, ctx) => {
    if (value.type === 'citizen' && !isValidResidentId(value.idCode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['idCode'],
        message: '居民身份证号码不正确：应为 18 位，末位校验码须与前 17 位相符',
      });
    }
    if (value.type !== 'citizen') {
      if (!isValidCreditCode(value.idCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['idCode'],
          message: '统一社会信用代码不正确：应为 18 位，末位校验码须与前 17 位相符',
        });
        return;
      }
      const problem = creditCodePartyProblem(value.type, value.idCode);
      if (problem) ctx.addIssue({ code: 'custom', path: ['type'], message: problem });
    }
    if (value.type === 'citizen' && value.representative) {
      ctx.addIssue({
        code: 'custom',
        path: ['representative'],
        message: '当事人为公民的，不填写法定代表人或负责人',
      });
    }
  });

const caseFields = z.strictObject({
  caseNumber: requiredText('案件编号', 60),
  cause: requiredText('案由', 120),
  party,
  facts: requiredText('违法事实', 5000),
  foundOn: isoDate('发现日期'),
  penaltyKinds: z
    .array(z.enum(PENALTY_KINDS, { error: '处罚种类不在可选范围内' }), { error: '请选择处罚种类' })
    .min(1, '请至少选择一种拟处罚种类'),
  fineFen: fen('罚款金额').default(0),
  illegalGainsFen: fen('没收违法所得金额').default(0),
  illegalPropertyFen: fen('没收非法财物价值').default(0),
  discretion: z.enum(DISCRETIONS, { error: '请选择裁量情节' }),
  /** 《行政处罚法》第六十三条: the party asked for a hearing; hearingHeld: it took place. */
  hearingRequested: z.boolean({ error: '请说明当事人是否要求听证' }).default(false),
  hearingHeld: z.boolean({ error: '请说明是否经过听证' }).default(false),
  // Optional while the case is being registered; submission for review requires it (review.submit).
  legalBasis: optionalText('法律依据', 2000),
  handlerIds: z
    .array(entityId('承办人'), { error: '请选择承办人' })
    .min(1, '请至少选择一名承办人')
    .max(5, '承办人最多五名')
    .refine((ids) => new Set(ids).size === ids.length, '同一承办人选择了两次'),
});

type CaseFields = z.output<typeof caseFields>;

/** Amounts and penalty kinds must agree, or the paper would state a fine of 0 or omit one. */
function checkAmounts(value: CaseFields, ctx: z.RefinementCtx): void {
  const pairs: Array<[PenaltyKind, keyof CaseFields, string]> = [
    ['fine', 'fineFen', '罚款'],
    ['confiscate-gains', 'illegalGainsFen', '没收违法所得'],
    ['confiscate-property', 'illegalPropertyFen', '没收非法财物'],
  ];
  for (const [kind, field, label] of pairs) {
    const amount = value[field] as number;
    const chosen = value.penaltyKinds.includes(kind);
    if (chosen && amount === 0)
      ctx.addIssue({ code: 'custom', path: [field], message: `选择了“${label}”，请填写金额` });
    if (!chosen && amount > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['penaltyKinds'],
        message: `填写了${label}金额，请在处罚种类中勾选“${label}”`,
      });
  }
  if (value.discretion === 'waived' && value.penaltyKinds.some((kind) => kind !== 'other')) {
    ctx.addIssue({
      code: 'custom',
      path: ['discretion'],
      message: '“免于处罚”时不应再拟定处罚种类，请改为“其他行政处罚”并在依据中说明',
    });
  }
}

export const caseInput = caseFields.superRefine(checkAmounts);
export const caseUpdateInput = caseFields.extend({ id: entityId('案件编号') }).superRefine(checkAmounts);
export type CaseInput = z.input<typeof caseInput>;

export const caseListInput = z.strictObject({
  query: z
    .string()
    .overwrite((value) => cleanText(value, false))
    .trim()
    .max(100, '搜索内容不能超过 100 个字')
    .default(''),
  status: z.enum(CASE_STATUSES, { error: '案件状态不在可选范围内' }).nullable().default(null),
  page: z.number().int().min(1, '页码无效').default(1),
  pageSize: z.number().int().min(1).max(100, '每页最多 100 条').default(20),
});

export interface CaseHandlerRef {
  id: number;
  name: string;
}

export interface CaseRecord {
  id: number;
  caseNumber: string;
  cause: string;
  party: { type: PartyType; name: string; idCode: string; address: string; representative: string; phone: string };
  facts: string;
  foundOn: string;
  penaltyKinds: PenaltyKind[];
  fineFen: number;
  illegalGainsFen: number;
  illegalPropertyFen: number;
  discretion: Discretion;
  hearingRequested: boolean;
  hearingHeld: boolean;
  legalBasis: string;
  handlers: CaseHandlerRef[];
  status: CaseStatus;
  profileId: string;
  createdAt: string;
  updatedAt: string;
}

export interface CaseSummary {
  id: number;
  caseNumber: string;
  cause: string;
  partyName: string;
  status: CaseStatus;
  fineFen: number;
  updatedAt: string;
}

/** A page of the case list, and how many cases match in all. */
export interface CaseList {
  items: CaseSummary[];
  /**
   * How many cases match. With totalCapped, at least this many: a search of three or more
   * characters is counted up to a limit (main/core/cases/service.ts), the list pages through that many.
   */
  total: number;
  totalCapped: boolean;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  summary: string;
}

export const caseMethods = {
  'cases.list': method<CaseList>()(caseListInput),
  'cases.get': method<CaseRecord>()(byId),
  'cases.create': method<CaseRecord>()(caseInput),
  'cases.update': method<CaseRecord>()(caseUpdateInput),
  'cases.history': method<HistoryEntry[]>()(byId),
};
