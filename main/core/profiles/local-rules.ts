// What each profile's own document says about the words around a transfer: which government (区 or
// 县), who settles a jurisdiction dispute and in which order, whether a transfer received may be
// refused outright, from which event the deadline to send runs, and what a review paper cites.
// Looked up by the profile's source document, so an office copy of 周村 speaks as 周村 does; a
// profile whose document the app does not know gets neutral wording that cites no seed.
//
// Quotes are the seeds' own words (seeds/002, 004, 000); seed-citations.test.ts checks them.

import type { OrgKind } from '../../../shared/domain/case';
import type { RuleProfile } from '../../../shared/domain/profile';

export interface DisputeRoute {
  /** The steps in order, e.g. ['协商', '区编办、区政府法制办认定', '报区政府作出决定']. */
  steps: string[];
  /** The bodies a dispute may be reported to, in the order the document names them. */
  bodies: string[];
  /** Which kinds of organisation the app accepts as the body reported to. */
  kinds: OrgKind[];
  /** The document and section, with its words. */
  rule: string;
}

export interface LocalRules {
  /** The document's number, or null for a profile whose document the app does not know. */
  docNumber: string | null;
  /** 区人民政府 / 县人民政府 as the document's place is a 区 or a 县. */
  government: string;
  /** Short form used in running text: 区政府 / 县政府. */
  governmentShort: string;
  /** A transfer received may be answered 不予受理 (with its reason); false: accept or report it. */
  inRefusalAllowed: boolean;
  inRefusalRule: string;
  /** What a body that thinks a case is not its own does. */
  dispute: DisputeRoute;
  /** 不得再行移送, quoted, where the document says so; null where it does not. */
  noRetransferRule: string | null;
  /** The event the deadline to send runs from, as the form asks for it. */
  sendStart: { label: string; short: string; rule: string };
  /** The note printed on a transfer letter about the receiver's answer (null: none). */
  letterAnswerNote: string | null;
  /** What a review opinion and a notice to supplement cite after "根据…的规定". */
  reviewBasis: string;
  /** How messages on screen cite the rules of review (separation, tell once). */
  reviewRule: string;
}

const FULING_DOC = '涪陵府办〔2024〕1号';
const ZHOUCUN_DOC = '周政办字〔2018〕18号';
const TANCHENG_DOC = '郯政发〔2023〕1号';

/** 行政处罚法 第五十八条: national law, cited where the profile's own document has no review rules. */
export const NATIONAL_REVIEW_BASIS = '《中华人民共和国行政处罚法》第五十八条';

const FULING: LocalRules = {
  docNumber: FULING_DOC,
  government: '区人民政府',
  governmentShort: '区政府',
  inRefusalAllowed: false,
  inRefusalRule: `${FULING_DOC} 二(三)：“受移送方收到有关材料后,应当受理并出具行政案件移送书送达回证”；“认为不属于本单位管辖的,应当书面报请区政府决定,不得再行移送”`,
  dispute: {
    steps: ['应当书面报请区政府决定'],
    bodies: ['区人民政府'],
    kinds: ['government'],
    rule: `${FULING_DOC} 二(三)：“认为不属于本单位管辖的,应当书面报请区政府决定,不得再行移送”`,
  },
  noRetransferRule: `${FULING_DOC} 二(三)：“认为不属于本单位管辖的,应当书面报请区政府决定,不得再行移送”`,
  sendStart: {
    label: '发现违法行为不属于本机关管辖的日期',
    short: '发现不属于本机关管辖',
    rule: `${FULING_DOC} 二(三)：“发现违法行为不属于本部门职权范围的,应当在5个工作日内移送”`,
  },
  letterAnswerNote: '如认为该案不属于你单位管辖，请书面报请区人民政府决定，不得再行移送。',
  reviewBasis:
    '《重庆市涪陵区人民政府办公室关于建立健全乡镇（街道）与区级行政执法部门行政执法协调协同机制的通知》（涪陵府办〔2024〕1号）',
  reviewRule: `${FULING_DOC} 二(四)`,
};

const ZHOUCUN: LocalRules = {
  docNumber: ZHOUCUN_DOC,
  government: '区人民政府',
  governmentShort: '区政府',
  inRefusalAllowed: true,
  inRefusalRule: `${ZHOUCUN_DOC} 二(四)3：“不予受理的，应当书面告知移送部门并说明理由”`,
  dispute: {
    steps: [
      '充分协商',
      '协商未果的，由区编办、区政府法制办认定',
      '无法认定的，由区编办、区政府法制办提出处理意见，报区政府作出决定',
    ],
    bodies: ['区编办', '区政府法制办', '区人民政府'],
    kinds: ['department', 'other', 'government'],
    rule: `${ZHOUCUN_DOC} 二(四)3：“因案件管辖问题发生争议的，应充分协商；协商未果的，由区编办、区政府法制办认定，无法认定的由区编办、区政府法制办提出处理意见，报区政府作出决定”`,
  },
  noRetransferRule: null,
  sendStart: {
    label: '发现违法行为不属于本机关职权范围的日期',
    short: '发现不属于本机关职权范围',
    rule: `${ZHOUCUN_DOC} 二(四)3：“发现其他违法行为，不属于综合行政执法部门行政处罚职权范围的，须在2个工作日内将有关证据材料移送有关部门”`,
  },
  letterAnswerNote: '不予受理的，请书面告知本机关并说明理由。',
  reviewBasis: NATIONAL_REVIEW_BASIS,
  reviewRule: `${NATIONAL_REVIEW_BASIS}（国家法律；${ZHOUCUN_DOC}未规定法制审核程序）`,
};

const TANCHENG: LocalRules = {
  docNumber: TANCHENG_DOC,
  government: '县人民政府',
  governmentShort: '县政府',
  inRefusalAllowed: true,
  inRefusalRule: `${TANCHENG_DOC}未禁止不予受理；本单位设定：不予受理的，书面告知移送部门并说明理由`,
  dispute: {
    steps: ['主动协商解决', '协商不一致的，涉及行政执法事宜提请县司法局协调解决，涉及职责划分事宜提请县委编办协调'],
    bodies: ['县司法局', '县委编办'],
    kinds: ['department', 'other'],
    rule: `${TANCHENG_DOC} 二(三)11：“协商不一致的,涉及行政执法事宜,提请县司法局按程序协调解决;涉及职责划分事宜,提请县委编办按照有关规定进行协调”`,
  },
  noRetransferRule: null,
  sendStart: {
    label: '与对方沟通的日期',
    short: '沟通',
    rule: `${TANCHENG_DOC} 二(三)9：“应及时沟通,相关材料原则上在沟通后3个工作日内向对方移送”`,
  },
  letterAnswerNote: '对管辖有异议的，请与本机关协商；协商不一致的，按规定提请县司法局或者县委编办协调。',
  reviewBasis: NATIONAL_REVIEW_BASIS,
  reviewRule: `${NATIONAL_REVIEW_BASIS}（国家法律；${TANCHENG_DOC}未规定法制审核程序）`,
};

const NEUTRAL: LocalRules = {
  docNumber: null,
  government: '人民政府',
  governmentShort: '人民政府',
  inRefusalAllowed: true,
  inRefusalRule: '本单位设定：不予受理的，书面告知移送单位并说明理由',
  dispute: {
    steps: ['协商', '协商不成的，报请有权机关决定'],
    bodies: ['有权决定的机关'],
    kinds: ['government', 'department', 'other'],
    rule: '本单位设定：管辖争议协商不成的，报请有权机关决定',
  },
  noRetransferRule: null,
  sendStart: { label: '发现违法行为不属于本机关管辖的日期', short: '发现不属于本机关管辖', rule: '本单位设定' },
  letterAnswerNote: null,
  reviewBasis: NATIONAL_REVIEW_BASIS,
  reviewRule: `${NATIONAL_REVIEW_BASIS}（国家法律）`,
};

const BY_DOCUMENT: Readonly<Record<string, LocalRules>> = {
  [FULING_DOC]: FULING,
  [ZHOUCUN_DOC]: ZHOUCUN,
  [TANCHENG_DOC]: TANCHENG,
};

/** The local wording for a profile (by its source document; see the file's head). */
export function localRules(profile: Pick<RuleProfile, 'source'>): LocalRules {
  return BY_DOCUMENT[profile.source.docNumber.trim()] ?? NEUTRAL;
}

/** Every profile document's number the app knows, for tests that look for another profile's text. */
export const LOCAL_RULE_DOCUMENTS: readonly string[] = [FULING_DOC, ZHOUCUN_DOC, TANCHENG_DOC];
