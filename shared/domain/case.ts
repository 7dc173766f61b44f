// Enumerations for the entities of a case, with their Chinese labels.
// Values are stable identifiers (stored in the database, used in the API); labels are for people.

export const PARTY_TYPES = ['citizen', 'organization'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  citizen: '公民',
  organization: '法人或者其他组织',
};

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

/** Kinds of administrative penalty (行政处罚法 art. 9), as a township body proposes them. */
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
  'order-closure',
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
  'order-closure': '责令停产停业、责令关闭',
  other: '其他行政处罚',
};

/** Roles of staff. One person may hold several roles in the office, but never two on the same case. */
export const STAFF_ROLES = ['handler', 'reviewer', 'head', 'clerk'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  handler: '承办人',
  reviewer: '法制审核员',
  head: '负责人',
  clerk: '文书/内勤',
};

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
 * spans 逐项审核中 and 待负责人会签, so screens that know the round show its stage instead.
 */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  draft: '立案登记',
  submitted: '待审查送审材料',
  'supplement-requested': '待补正材料',
  'in-review': '审核中',
  returned: '退回完善',
  reviewed: '审核意见已签署',
  'to-transfer': '待移送',
  transferred: '已移送',
  decided: '已决定',
  closed: '已结案',
};
