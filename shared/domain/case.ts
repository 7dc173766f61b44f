// Enumerations for the entities of a case, with their Chinese labels.
// Values are stable identifiers (stored in the database, used in the API); labels are for people.

/**
 * Who the party is. A 个体工商户 is a natural person (《民法典》第五十四条, national law), so the
 * citizen's money line applies to it; 法人 and 其他组织 share the organisation's line.
 */
export const PARTY_TYPES = ['citizen', 'individual-business', 'legal-person', 'other-org'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  citizen: '公民',
  'individual-business': '个体工商户',
  'legal-person': '法人',
  'other-org': '其他组织',
};

/** The two money lines of 涪陵府办〔2024〕1号 二(四)6: natural persons and organisations. */
export type PartyClass = 'citizen' | 'organization';
export const PARTY_CLASS: Record<PartyType, PartyClass> = {
  citizen: 'citizen',
  'individual-business': 'citizen',
  'legal-person': 'organization',
  'other-org': 'organization',
};
export const PARTY_CLASS_LABELS: Record<PartyClass, string> = {
  citizen: '公民（自然人，含个体工商户）',
  organization: '法人或者其他组织',
};
export const INDIVIDUAL_BUSINESS_RULE =
  '个体工商户是从事工商业经营的自然人（《中华人民共和国民法典》第五十四条，国家法律）';

/** Who speaks for the party, as a paper names them. */
export const REPRESENTATIVE_LABELS: Record<PartyType, string> = {
  citizen: '',
  'individual-business': '经营者',
  'legal-person': '法定代表人',
  'other-org': '负责人',
};

/**
 * The registration-authority code that starts a 统一社会信用代码 (GB 32100-2015): "92" is a
 * 个体工商户; every other code is an organisation. A party type that contradicts its code is refused.
 */
export function creditCodePartyProblem(type: PartyType, code: string): string | null {
  if (type === 'citizen') return null;
  const individual = code.startsWith('92');
  if (type === 'individual-business' && !individual) {
    return `统一社会信用代码“${code}”不是个体工商户的代码（个体工商户的代码以 92 开头），请核对当事人类型或代码`;
  }
  if (type !== 'individual-business' && individual) {
    return `统一社会信用代码“${code}”以 92 开头，是个体工商户的代码：当事人类型应选“个体工商户”（按公民的数额标准）`;
  }
  return null;
}

/** Discretion applied to the proposed penalty (裁量情节). 从轻 is not a review trigger; 从重/减轻/免于处罚 are. */
export const DISCRETIONS = ['standard', 'heavier', 'lighter', 'mitigated', 'waived'] as const;
export type Discretion = (typeof DISCRETIONS)[number];
export const DISCRETION_LABELS: Record<Discretion, string> = {
  standard: '一般',
  heavier: '从重',
  lighter: '从轻',
  mitigated: '减轻',
  waived: '免于处罚',
};

/** Kinds of administrative penalty, 《行政处罚法》第九条 (national law), as a body proposes them. */
export const PENALTY_KINDS = [
  'warning',
  'criticism',
  'fine',
  'confiscate-gains',
  'confiscate-property',
  'suspend-license',
  'lower-qualification',
  'revoke-license',
  'restrict-activity',
  'order-suspension',
  'order-closure',
  'restrict-practice',
  'detention',
  'other',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export const PENALTY_KIND_LABELS: Record<PenaltyKind, string> = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  'confiscate-gains': '没收违法所得',
  'confiscate-property': '没收非法财物',
  'suspend-license': '暂扣许可证件',
  'lower-qualification': '降低资质等级',
  'revoke-license': '吊销许可证件',
  'restrict-activity': '限制开展生产经营活动',
  'order-suspension': '责令停产停业',
  'order-closure': '责令关闭',
  'restrict-practice': '限制从业',
  detention: '行政拘留',
  other: '法律、行政法规规定的其他行政处罚',
};

/**
 * Penalties for which the party may ask for a hearing whatever the amount (《行政处罚法》第六十三条
 * 第一款第三、四项, national law). Fines and confiscations qualify from the 较大数额 the office sets.
 */
export const HEARING_KINDS: readonly PenaltyKind[] = [
  'lower-qualification',
  'revoke-license',
  'order-suspension',
  'order-closure',
  'restrict-practice',
];
export const HEARING_RULE = '《中华人民共和国行政处罚法》第六十三条（国家法律）';

/**
 * Roles of staff. One person may hold several roles in the office, but never two on the same case
 * (办理、审核、决定相分离, 涪陵府办〔2024〕1号 二(四)): the reviewer and the 法制审核机构负责人 sign the
 * review opinion; the 行政执法机关负责人 then decides (《行政处罚法》第五十七条).
 */
export const STAFF_ROLES = ['handler', 'reviewer', 'review-head', 'head', 'clerk'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  handler: '承办人',
  reviewer: '法制审核员',
  'review-head': '法制审核机构负责人',
  head: '行政执法机关负责人',
  clerk: '文书/内勤',
};
/** 辅助人员 may not investigate, review or decide (灌政办〔2023〕32号 二(二)6 and 《行政处罚法》第四十二条). */
export const AUXILIARY_ALLOWED_ROLES: readonly StaffRole[] = ['clerk'];

export const ORG_KINDS = [
  'township',
  'department',
  'public-security',
  'procuratorate',
  'court',
  'government',
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  township: '乡镇（街道）',
  department: '区县部门',
  'public-security': '公安机关',
  procuratorate: '检察机关',
  court: '审判机关',
  government: '区县人民政府',
  other: '其他单位',
};

/** Where a case stands in its life. Later issues add states; each has a label shown to the user. */
export const CASE_STATUSES = [
  'draft',
  'submitted',
  'supplement-requested',
  'in-review',
  'returned',
  'reviewed',
  'to-transfer',
  'transferred',
  'decided',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/**
 * While a case is under review its words are the review round's (ROUND_STATE_LABELS): 'in-review'
 * spans 逐项审核中 and 待法制审核机构负责人签署, so screens that know the round show its stage instead.
 */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  draft: '立案登记',
  submitted: '待审查送审材料',
  'supplement-requested': '待补正材料',
  'in-review': '审核中',
  returned: '退回完善',
  reviewed: '审核意见已签署，待负责人决定',
  'to-transfer': '待移送',
  transferred: '已移送',
  decided: '已决定',
  closed: '已结案',
};
