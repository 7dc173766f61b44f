// The fixed vocabulary of legal review (法制审核): the eight triggers, the five materials, the nine
// review points with their allowed findings, and the five opinions. Quoted wording is copied
// character for character from seed 002 (涪陵府办〔2024〕1号 二(四)), including its half-width
// punctuation, so that a test can find every quote in the source text.

/** Where the review rules come from; shown beside every quoted rule. */
export const REVIEW_RULE_CITATION = '涪陵府办〔2024〕1号 二(四)';

// ---------------------------------------------------------------- triggers

/** The handler's judgements that can make review necessary; each names the trigger it decides. */
export const JUDGEMENT_KEYS = ['publicInterest', 'socialRisk', 'majorRights', 'complex', 'otherRule'] as const;
export type JudgementKey = (typeof JUDGEMENT_KEYS)[number];

export const TRIGGER_IDS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];

/** Triggers 4, 6 and 7 follow from the proposed decision's data; the rest need a person's judgement. */
export type TriggerBasis = { kind: 'data' } | { kind: 'judgement'; key: JudgementKey };

export interface TriggerDefinition {
  id: TriggerId;
  /** Short label for lists and checkboxes. */
  label: string;
  /** The rule as the source words it. */
  wording: string;
  citation: string;
  basis: TriggerBasis;
}

export const TRIGGERS: readonly TriggerDefinition[] = [
  {
    id: 1,
    label: '涉及重大国家利益和公共利益',
    wording: '涉及重大国家利益和公共利益的事项',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'judgement', key: 'publicInterest' },
  },
  {
    id: 2,
    label: '可能造成重大社会影响或引发社会风险',
    wording: '可能造成重大社会影响或引发社会风险的',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'judgement', key: 'socialRisk' },
  },
  {
    id: 3,
    label: '直接关系当事人或他人重大权益',
    wording: '直接关系行政管理相对人或他人重大权益的',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'judgement', key: 'majorRights' },
  },
  {
    id: 4,
    label: '需经听证程序',
    wording: '需经听证程序作出行政执法决定的',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'data' },
  },
  {
    id: 5,
    label: '案件疑难复杂',
    wording: '案件情况疑难复杂,涉及多个法律关系的',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'judgement', key: 'complex' },
  },
  {
    id: 6,
    label: '罚款或没收数额较大',
    wording:
      '拟对公民的违法行为处以2000元以上罚款,对法人或者其他组织的违法行为处以20000元以上罚款;' +
      '拟对公民没收违法所得数额、没收非法财物价值达2000元以上,' +
      '对法人或者其他组织没收违法所得数额、没收非法财物价值达20000元以上',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'data' },
  },
  {
    id: 7,
    label: '拟从重、减轻或免于处罚',
    wording: '拟从重、减轻或免于行政处罚的',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'data' },
  },
  {
    id: 8,
    label: '法律、法规、规章规定的其他情形',
    wording: '法律、法规、规章规定应当进行法制审核的其他情形',
    citation: REVIEW_RULE_CITATION,
    basis: { kind: 'judgement', key: 'otherRule' },
  },
];

export const JUDGEMENT_TRIGGER: Record<JudgementKey, TriggerId> = {
  publicInterest: 1,
  socialRisk: 2,
  majorRights: 3,
  complex: 5,
  otherRule: 8,
};

/** Label of the judgement as the handler answers it (a yes/no question with a reason). */
export const JUDGEMENT_LABELS: Record<JudgementKey, string> = {
  publicInterest: '涉及重大国家利益和公共利益',
  socialRisk: '可能造成重大社会影响或引发社会风险',
  majorRights: '直接关系当事人或他人重大权益',
  complex: '案件情况疑难复杂，涉及多个法律关系',
  otherRule: '法律、法规、规章规定应当进行法制审核',
};

// ---------------------------------------------------------------- materials

/**
 * When a listed material must be present. `if-hearing-or-assessment` and `if-items-involved` are
 * required only when that event took place; `optional` is never reported missing.
 */
export const MATERIAL_REQUIREMENTS = ['required', 'if-hearing-or-assessment', 'if-items-involved', 'optional'] as const;
export type MaterialRequirement = (typeof MATERIAL_REQUIREMENTS)[number];
export const MATERIAL_REQUIREMENT_LABELS: Record<MaterialRequirement, string> = {
  required: '必须提交',
  'if-hearing-or-assessment': '经听证或者评估的须提交',
  'if-items-involved': '有涉案物品的须提交',
  optional: '视情况提交',
};

export const REVIEW_MATERIAL_KEYS = [
  'investigation-report',
  'proposal',
  'evidence',
  'hearing-or-assessment',
  'other',
] as const;
export type ReviewMaterialKey = (typeof REVIEW_MATERIAL_KEYS)[number];

export interface ReviewMaterialDefinition {
  key: ReviewMaterialKey;
  label: string;
  requirement: MaterialRequirement;
  /** The item as the source words it. */
  wording: string;
}

export const REVIEW_MATERIALS: readonly ReviewMaterialDefinition[] = [
  {
    key: 'investigation-report',
    label: '调查终结报告',
    requirement: 'required',
    wording: '重大行政执法决定的调查终结报告',
  },
  {
    key: 'proposal',
    label: '决定建议或者意见及其情况说明',
    requirement: 'required',
    wording: '重大行政执法决定建议或者意见及其情况说明',
  },
  { key: 'evidence', label: '相关证据资料', requirement: 'required', wording: '相关证据资料' },
  {
    key: 'hearing-or-assessment',
    label: '听证笔录/评估报告',
    requirement: 'if-hearing-or-assessment',
    wording: '经听证或者评估的,还应当提交听证笔录或者评估报告',
  },
  { key: 'other', label: '其他材料', requirement: 'optional', wording: '其他需要提交的材料' },
];

// ---------------------------------------------------------------- nine points

export const FINDINGS = ['pass', 'defect', 'serious', 'no-jurisdiction', 'crime-suspected'] as const;
export type Finding = (typeof FINDINGS)[number];

export const REVIEW_POINT_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type ReviewPointNumber = (typeof REVIEW_POINT_NUMBERS)[number];

export interface FindingOption {
  value: Finding;
  label: string;
}

export interface ReviewPointDefinition {
  number: ReviewPointNumber;
  title: string;
  /** The question as the source words it. */
  question: string;
  /** The findings a reviewer may give for this point, in the order a form offers them. */
  findings: readonly FindingOption[];
}

const ORDINARY_FINDINGS: readonly FindingOption[] = [
  { value: 'pass', label: '符合' },
  { value: 'defect', label: '存在瑕疵，可纠正完善' },
  { value: 'serious', label: '存在严重问题' },
];

export const REVIEW_POINTS: readonly ReviewPointDefinition[] = [
  {
    number: 1,
    title: '执法主体与执法资格',
    question: '行政执法主体是否合法,行政执法人员是否具备执法资格',
    findings: ORDINARY_FINDINGS,
  },
  {
    number: 2,
    title: '管辖权',
    question: '是否具有管辖权',
    findings: [...ORDINARY_FINDINGS, { value: 'no-jurisdiction', label: '不属于本机关管辖' }],
  },
  {
    number: 3,
    title: '事实与证据',
    question: '事实是否清楚,证据是否确凿、充分,材料是否齐全、符合法定形式',
    findings: ORDINARY_FINDINGS,
  },
  { number: 4, title: '法律适用', question: '适用法律、法规、规章是否准确', findings: ORDINARY_FINDINGS },
  { number: 5, title: '裁量基准', question: '行政裁量基准运用是否适当', findings: ORDINARY_FINDINGS },
  {
    number: 6,
    title: '权限与适当性',
    question: '执法是否超越执法机关法定权限、是否滥用职权、是否存在明显不当',
    findings: ORDINARY_FINDINGS,
  },
  { number: 7, title: '程序', question: '程序是否合法规范', findings: ORDINARY_FINDINGS },
  { number: 8, title: '执法文书', question: '行政执法文书是否完备、规范', findings: ORDINARY_FINDINGS },
  {
    number: 9,
    title: '涉嫌犯罪',
    question: '违法行为是否涉嫌犯罪、需要移送司法机关等',
    findings: [
      { value: 'pass', label: '未发现涉嫌犯罪' },
      { value: 'crime-suspected', label: '涉嫌犯罪，需移送司法机关' },
    ],
  },
];

/** The label of a finding as it reads on a given point (point 9's `pass` reads differently). */
export function findingLabel(point: ReviewPointNumber, finding: Finding): string | undefined {
  return REVIEW_POINTS[point - 1]?.findings.find((option) => option.value === finding)?.label;
}

// ---------------------------------------------------------------- opinions

export const OPINION_NUMBERS = [1, 2, 3, 4, 5] as const;
export type OpinionNumber = (typeof OPINION_NUMBERS)[number];

export interface OpinionDefinition {
  number: OpinionNumber;
  label: string;
  /** When the source says to give this opinion. */
  when: string;
  /** What the opinion proposes, in the source's words. */
  proposal: string;
}

export const OPINIONS: readonly OpinionDefinition[] = [
  {
    number: 1,
    label: '同意',
    when: '认为执法主体合法、事实清楚、证据合法充分、适用法律依据正确、自由裁量适当、程序合法、文书规范完备的',
    proposal: '提出拟同意作出行政执法决定的意见',
  },
  {
    number: 2,
    label: '纠正完善后再送审',
    when:
      '认为事实认定、证据收集或者执法程序有瑕疵,执法文书制作不规范、适用法律不准确、自由裁量不适当等,' +
      '但经纠正完善后不影响行政执法决定成立的',
    proposal: '提出予以纠正完善后再送法制审核的意见',
  },
  {
    number: 3,
    label: '不予作出',
    when:
      '认为存在执法主体不合法、执法人员不具备执法资格、主要事实不清、主要证据不足、适用法律错误、' +
      '违反法定程序、执法决定明显不当、超越或者滥用职权等情况的',
    proposal: '提出建议不予作出行政执法决定的意见',
  },
  {
    number: 4,
    label: '移送有管辖权的机关',
    when: '认为不属于本机关执法权限的',
    proposal: '提出建议移送有管辖权的行政执法机关处理的意见',
  },
  {
    number: 5,
    label: '移送司法机关',
    when: '认为违法行为涉嫌犯罪的',
    proposal: '提出建议移送司法机关处理的意见',
  },
];
