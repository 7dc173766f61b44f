// A rule profile: the numbers and lists where places differ (thresholds, deadlines, materials).
// Every number says where it comes from: a quoted phrase of a source document that contains that
// number, or the office's own setting. The schema refuses a citation whose quote lacks the number,
// so editing a value forces its source to become the office's setting.

import { z } from 'zod';
import { MATERIAL_REQUIREMENTS } from './review';
import { cleanText, DOCUMENT_DATES, hasVisible, inRange, rangeEnd, shortQuote } from '../text-input';
import type { MaterialRequirement } from './review';

/** The source documents the shipped profiles cite (seeds/README.md), by file name. */
export const SEED_DOCUMENTS = {
  '000_e315626a17f8ea81.txt': '郯政发〔2023〕1号',
  '001_65c1d24e3ce72026.txt': '灌政办〔2023〕32号',
  '002_9eda03d24f855a6e.txt': '涪陵府办〔2024〕1号',
  '003_5d8c1be365d17236.txt': '衢政办发〔2022〕16号',
  '004_c6757be13407981b.txt': '周政办字〔2018〕18号',
} as const;
export type SeedFile = keyof typeof SEED_DOCUMENTS;
const SEED_FILES = Object.keys(SEED_DOCUMENTS) as [SeedFile, ...SeedFile[]];

export type Provenance =
  | { kind: 'seed'; file: SeedFile; section: string; quote: string }
  /** The office chose the value; `note` says why (e.g. which document's value it adopted). */
  | { kind: 'office-setting'; note?: string };

export interface SourcedNumber {
  value: number;
  source: Provenance;
}

export interface SourcedFlag {
  value: boolean;
  source: Provenance;
}

export interface PartyThresholds {
  citizen: SourcedNumber;
  organization: SourcedNumber;
}

export interface ProfileMaterial {
  key: string;
  label: string;
  requirement: MaterialRequirement;
  source: Provenance;
}

export interface ProfileSource {
  issuer: string;
  docNumber: string;
  /** Date the document was made (成文日期); null when the document does not state one. */
  date: string | null;
}

export interface RuleProfile {
  id: string;
  name: string;
  version: number;
  source: ProfileSource;
  /** Amounts in fen; "X元以上" includes X. */
  thresholds: { fine: PartyThresholds; confiscation: PartyThresholds };
  deadlines: {
    transferWorkingDays: SourcedNumber;
    transferUrgentHours: SourcedNumber;
    answerWorkingDays: SourcedNumber;
    supplementWorkingDays: SourcedNumber;
    complainantFeedbackWorkingDays: SourcedNumber | null;
    informationSharingWorkingDays: SourcedNumber | null;
  };
  headApprovesTransfer: SourcedFlag;
  transferMaterials: ProfileMaterial[];
  /** What the handler submits for review; a notice to supplement lists the missing ones. */
  supplementMaterials: ProfileMaterial[];
  /**
   * Periods of the office's other registers (执法协助, 举报投诉, issue #19). Absent on office profiles
   * saved before they existed: those run on the defaults main/core/profiles/registers.ts names.
   */
  registers?: RegisterRules | undefined;
}

export interface RegisterRules {
  /** A body asked for 执法协助 answers (helps, or says why not) within this many working days. */
  assistanceAnswerWorkingDays: SourcedNumber;
  /** A complaint (举报、投诉、信访) gets its answer within this many working days of receipt. */
  complaintAnswerWorkingDays: SourcedNumber;
  /** 信息共享 (issue #19): a request for data answered within this many working days. Absent on profiles saved before it. */
  sharingRequestWorkingDays?: SourcedNumber | undefined;
  /** A penalty decision copied (抄告) to the related department within this many working days. */
  penaltyCopyWorkingDays?: SourcedNumber | undefined;
  /** 管辖争议: after negotiation fails, the written request for coordination goes out within this many working days. */
  disputeRequestWorkingDays?: SourcedNumber | undefined;
}

/** Chinese labels of the profile's settings, for forms and the profile page. */
export const PROFILE_FIELD_LABELS = {
  'thresholds.fine.citizen': '对公民罚款的审核标准（元以上）',
  'thresholds.fine.organization': '对法人或者其他组织罚款的审核标准（元以上）',
  'thresholds.confiscation.citizen': '对公民没收违法所得、非法财物价值的审核标准（元以上）',
  'thresholds.confiscation.organization': '对法人或者其他组织没收违法所得、非法财物价值的审核标准（元以上）',
  'deadlines.transferWorkingDays': '案件移送期限（工作日）',
  'deadlines.transferUrgentHours': '情况紧急时的移送期限（小时）',
  'deadlines.answerWorkingDays': '受移送方书面告知受理情况的期限（工作日）',
  'deadlines.supplementWorkingDays': '补正材料期限（工作日）',
  'deadlines.complainantFeedbackWorkingDays': '向举报、投诉、信访人反馈移送信息的期限（工作日）',
  'deadlines.informationSharingWorkingDays': '行政执法信息共享期限（工作日）',
  headApprovesTransfer: '移送须经负责人批准',
  transferMaterials: '移送材料清单',
  supplementMaterials: '送审材料清单',
  'registers.assistanceAnswerWorkingDays': '被请求协助的机关答复协助请求的期限（工作日）',
  'registers.complaintAnswerWorkingDays': '答复举报、投诉、信访人的期限（工作日）',
  'registers.sharingRequestWorkingDays': '按其他部门要求提供执法数据材料的期限（工作日）',
  'registers.penaltyCopyWorkingDays': '行政处罚决定抄告相关行政管理部门的期限（工作日）',
  'registers.disputeRequestWorkingDays': '管辖争议协商不一致后书面提请协调的期限（工作日）',
} as const;

/** How a value's origin reads in the UI; an office setting never looks like a rule of the source. */
export function provenanceLabel(source: Provenance): string {
  if (source.kind === 'seed') {
    return `依据${SEED_DOCUMENTS[source.file]} ${source.section}：“${source.quote}”`;
  }
  const note = source.note?.trim();
  return note ? `本单位设定（来源文件未作此规定）：${note}` : '本单位设定（来源文件未作此规定）';
}

// ---------------------------------------------------------------- schema

type NumberUnit = 'fen' | 'working-days' | 'hours';

/** The text a quote must contain to support a value, e.g. 200000 fen → "2000元". */
export function quotedForm(value: number, unit: NumberUnit): string {
  if (unit === 'working-days') return `${value}个工作日`;
  if (unit === 'hours') return `${value}小时`;
  const cents = value % 100;
  const yuan = Math.floor(value / 100);
  return cents === 0 ? `${yuan}元` : `${yuan}.${String(cents).padStart(2, '0').replace(/0$/, '')}元`;
}

function text(label: string, maxLength = 200) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `缺少${label}。` : `${label}应为文字。`) })
    .overwrite((value) => cleanText(value, maxLength > 120))
    .trim()
    .min(1, { error: `${label}不能为空。` })
    .refine(hasVisible, { error: `${label}不能只有空白或不可见字符。` })
    .max(maxLength, { error: `${label}不能超过 ${maxLength} 个字。` });
}

/**
 * What a value may sensibly be. The seeds' numbers are far inside these; the limits catch a slip of
 * the keyboard (100000 working days, a 1e9-hour urgent limit) before it shows a deadline in the
 * year 116104 or a threshold that makes every 1-yuan fine "major".
 */
const LIMITS: Record<NumberUnit, { min: number; max: number; range: string }> = {
  fen: { min: 100, max: 100_000_000_00, range: '1 元至 1 亿元' },
  'working-days': { min: 1, max: 60, range: '1 至 60 个工作日' },
  hours: { min: 1, max: 168, range: '1 至 168 小时' },
};

function strictObject<T extends z.core.$ZodLooseShape>(label: string, shape: T) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys')
        return `${label}含有未知字段：${issue.keys.slice(0, 3).map(shortQuote).join('、')}。`;
      return issue.input === undefined ? `缺少${label}。` : `${label}格式不正确。`;
    },
  });
}

const provenanceSchema = z.discriminatedUnion(
  'kind',
  [
    strictObject('来源引用', {
      kind: z.literal('seed'),
      file: z.enum(SEED_FILES, { error: '来源引用的文件不是已收录的来源文件。' }),
      section: text('来源引用的条目', 60),
      quote: text('来源引用的原文', 500),
    }),
    strictObject('本单位设定', {
      kind: z.literal('office-setting'),
      note: z
        .string({ error: '本单位设定的说明应为文字。' })
        .max(200, { error: '本单位设定的说明不能超过 200 个字。' })
        .optional(),
    }),
  ],
  { error: '来源应为“来源文件引用”或“本单位设定”之一。' },
);

function sourcedNumber(label: string, unit: NumberUnit) {
  const limits = LIMITS[unit];
  const outOfRange = `${label}应在 ${limits.range}之间。`;
  return strictObject(label, {
    value: z
      .number({ error: (issue) => (issue.input === undefined ? `缺少${label}的数值。` : `${label}应为数字。`) })
      .int({ error: unit === 'fen' ? `${label}应为整数（以分计）。` : `${label}应为整数。` })
      .min(limits.min, { error: outOfRange })
      .max(limits.max, { error: outOfRange }),
    source: provenanceSchema,
  }).superRefine((entry, context) => {
    if (entry.source.kind !== 'seed') return;
    const expected = quotedForm(entry.value, unit);
    if (!entry.source.quote.includes(expected)) {
      context.addIssue({
        code: 'custom',
        path: ['source', 'quote'],
        message: `${label}引用的原文不含“${expected}”，不能作为该数值的依据；请改为本单位设定。`,
      });
    }
  });
}

const sourcedFlagSchema = strictObject(PROFILE_FIELD_LABELS.headApprovesTransfer, {
  value: z.boolean({ error: `${PROFILE_FIELD_LABELS.headApprovesTransfer}应为是或否。` }),
  source: provenanceSchema,
});

function partyThresholds(kind: 'fine' | 'confiscation') {
  const citizenLabel = PROFILE_FIELD_LABELS[`thresholds.${kind}.citizen`];
  const organizationLabel = PROFILE_FIELD_LABELS[`thresholds.${kind}.organization`];
  return strictObject(kind === 'fine' ? '罚款审核标准' : '没收审核标准', {
    citizen: sourcedNumber(citizenLabel, 'fen'),
    organization: sourcedNumber(organizationLabel, 'fen'),
  }).superRefine((pair, context) => {
    // Every source sets the organisation's amount above the citizen's (2000/20000 元, 5000/50000 元):
    // the other way round is a typing slip.
    if (pair.citizen.value > pair.organization.value) {
      context.addIssue({
        code: 'custom',
        path: ['citizen', 'value'],
        message: `${citizenLabel}不应高于${organizationLabel}。`,
      });
    }
  });
}

function materialList(label: string) {
  return z
    .array(
      strictObject(`${label}中的材料`, {
        key: z
          .string({ error: `${label}中材料的标识应为文字。` })
          .regex(/^[a-z][a-z0-9-]*$/, { error: `${label}中材料的标识只能由小写字母、数字和连字符组成。` }),
        label: text(`${label}中材料的名称`, 60),
        requirement: z.enum(MATERIAL_REQUIREMENTS, { error: `${label}中材料的提交要求无效。` }),
        source: provenanceSchema,
      }),
      { error: `${label}应为列表。` },
    )
    .min(1, { error: `${label}至少应有一项材料。` })
    .max(40, { error: `${label}不能超过 40 项材料。` })
    .superRefine((items, context) => {
      // A list of optional papers only asks for nothing: the handler could submit an empty file.
      if (!items.some((item) => item.requirement === 'required')) {
        context.addIssue({ code: 'custom', path: [], message: `${label}中至少应有一项“必须提交”的材料。` });
      }
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.key)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: `${label}中材料标识“${shortQuote(item.key)}”重复。`,
          });
        }
        seen.add(item.key);
      });
    });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const L = PROFILE_FIELD_LABELS;

export const ruleProfileSchema: z.ZodType<RuleProfile> = strictObject('规则配置', {
  id: z.string({ error: '规则配置的标识应为文字。' }).regex(/^[a-z][a-z0-9-]{0,39}$/, {
    error: '规则配置的标识只能由小写字母、数字和连字符组成，以字母开头，不超过 40 个字符。',
  }),
  name: text('规则配置的名称', 60),
  version: z
    .number({ error: '规则配置的版本号应为数字。' })
    .int({ error: '规则配置的版本号应为整数。' })
    .min(1, { error: '规则配置的版本号至少为 1。' }),
  source: strictObject('规则来源', {
    issuer: text('发文机关', 100),
    docNumber: text('文号', 60),
    date: z
      .string({ error: '成文日期应为“2024-01-15”这样的日期，或留空。' })
      .refine(isRealIsoDate, { error: '成文日期不是有效的日期，应为“2024-01-15”这样的日期。' })
      .refine((value) => !isRealIsoDate(value) || inRange(value, DOCUMENT_DATES), {
        error: () => `成文日期应在 ${DOCUMENT_DATES.from} 至 ${rangeEnd(DOCUMENT_DATES)} 之间。`,
      })
      .nullable(),
  }),
  thresholds: strictObject('审核标准', {
    fine: partyThresholds('fine'),
    confiscation: partyThresholds('confiscation'),
  }),
  deadlines: strictObject('期限', {
    transferWorkingDays: sourcedNumber(L['deadlines.transferWorkingDays'], 'working-days'),
    transferUrgentHours: sourcedNumber(L['deadlines.transferUrgentHours'], 'hours'),
    answerWorkingDays: sourcedNumber(L['deadlines.answerWorkingDays'], 'working-days'),
    supplementWorkingDays: sourcedNumber(L['deadlines.supplementWorkingDays'], 'working-days'),
    complainantFeedbackWorkingDays: sourcedNumber(
      L['deadlines.complainantFeedbackWorkingDays'],
      'working-days',
    ).nullable(),
    informationSharingWorkingDays: sourcedNumber(
      L['deadlines.informationSharingWorkingDays'],
      'working-days',
    ).nullable(),
  }),
  headApprovesTransfer: sourcedFlagSchema,
  transferMaterials: materialList(L.transferMaterials),
  supplementMaterials: materialList(L.supplementMaterials),
  registers: strictObject('登记簿期限', {
    assistanceAnswerWorkingDays: sourcedNumber(L['registers.assistanceAnswerWorkingDays'], 'working-days'),
    complaintAnswerWorkingDays: sourcedNumber(L['registers.complaintAnswerWorkingDays'], 'working-days'),
    sharingRequestWorkingDays: sourcedNumber(L['registers.sharingRequestWorkingDays'], 'working-days').optional(),
    penaltyCopyWorkingDays: sourcedNumber(L['registers.penaltyCopyWorkingDays'], 'working-days').optional(),
    disputeRequestWorkingDays: sourcedNumber(L['registers.disputeRequestWorkingDays'], 'working-days').optional(),
  }).optional(),
});
