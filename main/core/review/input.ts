// Untrusted input for the review rules (CLI stdin, and any other door that takes raw JSON):
// strict zod schemas, and each zod issue turned into one Chinese sentence that names the field.

import { shortPath, shortQuote } from '../../../shared/text-input';
import { z } from 'zod';
import { DISCRETIONS, PARTY_TYPES, PENALTY_KINDS, type PartyType } from '../../../shared/domain/case';
import { JUDGEMENT_KEYS, JUDGEMENT_LABELS } from '../../../shared/domain/review';
import type { JudgementKey } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';
import { DEFAULT_PROFILE_ID } from '../profiles/builtin';
import type { HearingLargeAmount, ProposedDecision } from './triggers';

const fen = z.number().int().min(0).default(0);
const judgement = z.boolean().default(false);

/** "organization" is the money line scripts used before party types were split: read as a 法人. */
const LEGACY_PARTY_TYPES: Record<string, PartyType> = { organization: 'legal-person' };

export const triggersInputSchema = z.strictObject({
  partyType: z.enum([...PARTY_TYPES, 'organization']),
  penaltyKinds: z.array(z.enum(PENALTY_KINDS)).default([]),
  fineFen: fen,
  illegalGainsFen: fen,
  illegalPropertyFen: fen,
  /** The party asked for a hearing, or one was held (《行政处罚法》第六十三条). */
  hearing: z.boolean().default(false),
  hearingLargeAmount: z
    .strictObject({
      citizenFen: z.number().int().min(1),
      organizationFen: z.number().int().min(1),
      source: z.string().min(1),
    })
    .nullable()
    .default(null),
  discretion: z.enum(DISCRETIONS).default('standard'),
  judgements: z
    .strictObject({
      publicInterest: judgement,
      socialRisk: judgement,
      majorRights: judgement,
      complex: judgement,
      otherRule: judgement,
    })
    .prefault({}),
  profile: z.string().min(1).default(DEFAULT_PROFILE_ID),
});

export const suggestInputSchema = z.strictObject({
  // Allowed values depend on the point, so validateFindings checks them with a per-point message.
  findings: z.array(z.string()).length(9),
});

const FIELD_LABELS: Record<string, string> = {
  partyType: '当事人类型',
  penaltyKinds: '拟处罚种类',
  hearingLargeAmount: '听证“较大数额”',
  fineFen: '罚款金额（分）',
  illegalGainsFen: '没收违法所得数额（分）',
  illegalPropertyFen: '没收非法财物价值（分）',
  hearing: '当事人是否要求听证或已举行听证',
  discretion: '裁量情节',
  judgements: '承办人判断',
  profile: '规则配置',
  findings: '审核结论',
  ...Object.fromEntries(JUDGEMENT_KEYS.map((key) => [`judgements.${key}`, `承办人判断：${JUDGEMENT_LABELS[key]}`])),
};

const EXPECTED: Record<string, string> = {
  number: '数字',
  int: '整数（以分计，不能有小数）',
  string: '文字',
  boolean: 'true 或 false',
  object: 'JSON 对象',
  array: '列表',
};

function fieldName(path: readonly PropertyKey[]): string {
  const dotted = shortPath(path);
  const [head, index] = path;
  if (head === 'findings' && typeof index === 'number') return `“findings[${index}]”（第${index + 1}项审核结论）`;
  const label = FIELD_LABELS[dotted];
  return label ? `“${dotted}”（${label}）` : `“${dotted}”`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** One Chinese sentence for a zod issue; `data` is the parsed input, used to quote what was given. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const field = fieldName(issue.path);
  const given = valueAt(data, issue.path);
  // A required field left out shows up as a type or value issue on undefined.
  const missing = issue.path.length > 0 && given === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return '输入应为 JSON 对象。';
      if (missing) return `缺少字段${field}。`;
      return `字段${field}应为${EXPECTED[issue.expected] ?? issue.expected}。`;
    case 'too_small':
      if (issue.origin === 'array')
        return `字段${field}应有 ${String(issue.minimum)} 项，实际为 ${Array.isArray(given) ? given.length : 0} 项。`;
      if (issue.origin === 'string') return `字段${field}不能为空。`;
      return `字段${field}不能为负数。`;
    case 'too_big':
      if (issue.origin === 'array')
        return `字段${field}应有 ${String(issue.maximum)} 项，实际为 ${Array.isArray(given) ? given.length : 0} 项。`;
      return `字段${field}的数值过大。`;
    case 'invalid_value':
      if (missing) return `缺少字段${field}。`;
      return `字段${field}的取值“${shortQuote(given)}”无效，应为：${issue.values.map(String).join('、')}。`;
    case 'unrecognized_keys': {
      const where = issue.path.length > 0 ? `${field}中` : '输入中';
      return `${where}有未知字段：${issue.keys
        .slice(0, 3)
        .map((key) => `“${shortQuote(key)}”`)
        .join('、')}。`;
    }
    default:
      return `字段${field}无效。`;
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new AppError('INVALID_INPUT', '输入无效。');
  throw new AppError('INVALID_INPUT', describeIssue(issue, data), { field: issue.path.map(String).join('.') });
}

export function parseTriggersInput(data: unknown): {
  decision: ProposedDecision;
  profileId: string;
  hearingLargeAmount: HearingLargeAmount | null;
} {
  const input = parseOrThrow(triggersInputSchema, data);
  const judgements = Object.fromEntries(JUDGEMENT_KEYS.map((key) => [key, { holds: input.judgements[key] }])) as Record<
    JudgementKey,
    { holds: boolean }
  >;
  const { profile, hearing, hearingLargeAmount, partyType, ...decision } = input;
  return {
    decision: {
      ...decision,
      partyType: LEGACY_PARTY_TYPES[partyType] ?? (partyType as PartyType),
      hearingRequested: hearing,
      hearingHeld: false,
      judgements,
    },
    profileId: profile,
    hearingLargeAmount,
  };
}

export function parseSuggestInput(data: unknown): string[] {
  return parseOrThrow(suggestInputSchema, data).findings;
}
