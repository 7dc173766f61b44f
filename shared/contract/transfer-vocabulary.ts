// The words of case transfer (issue #5): the states of a transfer out and in, its targets, how it is
// sent, the answers and decisions, with the labels a person reads (DOMAIN §6–§8).

// ---------------------------------------------------------------- vocabulary

export const TRANSFER_OUT_STATES = [
  'awaiting-approval',
  'ready',
  'sent',
  'received',
  'accepted',
  'refused',
  'escalated',
  'decided',
  'withdrawn',
] as const;
export type TransferOutState = (typeof TRANSFER_OUT_STATES)[number];
export const TRANSFER_OUT_STATE_LABELS: Record<TransferOutState, string> = {
  'awaiting-approval': '待负责人批准',
  ready: '待移送',
  sent: '已移送，待签收',
  received: '已签收，待答复',
  accepted: '已受理',
  refused: '不予受理',
  escalated: '已报请政府决定',
  decided: '政府已决定',
  withdrawn: '已撤回',
};

export const TRANSFER_IN_STATES = [
  'registered',
  'acknowledged',
  'accepted',
  'refused',
  'escalated',
  'decided',
] as const;
export type TransferInState = (typeof TRANSFER_IN_STATES)[number];
export const TRANSFER_IN_STATE_LABELS: Record<TransferInState, string> = {
  registered: '已登记，待签收回证',
  acknowledged: '已出具回证，待答复',
  accepted: '已受理',
  refused: '不予受理',
  escalated: '已报请政府决定',
  decided: '政府已决定',
};

export const TRANSFER_TARGETS = ['jurisdiction', 'judicial'] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];
export const TRANSFER_TARGET_LABELS: Record<TransferTarget, string> = {
  jurisdiction: '移送有管辖权的机关',
  judicial: '移送司法机关（涉嫌犯罪）',
};

export const SEND_METHODS = ['direct', 'mail', 'electronic', 'other'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];
export const SEND_METHOD_LABELS: Record<SendMethod, string> = {
  direct: '直接送达',
  mail: '邮寄',
  electronic: '电子送达',
  other: '其他方式',
};

export const OUT_ANSWERS = ['accepted', 'refused', 'reported-to-government'] as const;
export type OutAnswer = (typeof OUT_ANSWERS)[number];
export const OUT_ANSWER_LABELS: Record<OutAnswer, string> = {
  accepted: '受理',
  refused: '不予受理',
  'reported-to-government': '已报请政府决定',
};

/**
 * A judicial body (公安/检察) answers a transfer of a suspected crime by opening a criminal case
 * (立案) or not (不予立案); it does not report a jurisdiction dispute to the government.
 */
export const JUDICIAL_OUT_ANSWERS = ['accepted', 'refused'] as const satisfies readonly OutAnswer[];
export const JUDICIAL_OUT_ANSWER_LABELS: Record<(typeof JUDICIAL_OUT_ANSWERS)[number], string> = {
  accepted: '立案',
  refused: '不予立案',
};

export function outAnswerLabel(target: TransferTarget, outcome: OutAnswer): string {
  return target === 'judicial' && outcome !== 'reported-to-government'
    ? JUDICIAL_OUT_ANSWER_LABELS[outcome]
    : OUT_ANSWER_LABELS[outcome];
}

export function outStateLabel(state: TransferOutState, target: TransferTarget): string {
  if (target === 'judicial' && state === 'refused') return '不予立案';
  if (target === 'judicial' && state === 'accepted') return '已立案';
  return TRANSFER_OUT_STATE_LABELS[state];
}

/**
 * NOT FROM THE SEEDS — 《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条, what the office
 * may do when the judicial body refuses a criminal transfer. The seeds' 不得再行移送 / 报请区政府决定
 * (涪陵府办〔2024〕1号 二(三)) is for jurisdiction disputes between administrative bodies and does not
 * apply here. Worded neutrally, without the regulation's time limit; the release note says this
 * text comes from outside the seeds.
 */
export const JUDICIAL_REFUSAL_SOURCE = '《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第九条';
export const JUDICIAL_REFUSAL_REMEDY = '公安机关不予立案的，可以依法提请复议或者建议人民检察院进行立案监督';

export const IN_ANSWERS = ['accepted', 'refused', 'escalated'] as const;
export type InAnswer = (typeof IN_ANSWERS)[number];
export const IN_ANSWER_LABELS: Record<InAnswer, string> = {
  accepted: '受理',
  refused: '不予受理',
  escalated: '报请政府决定',
};

export const OUT_DECISIONS = ['receiver', 'ours', 'other'] as const;
export type OutDecision = (typeof OUT_DECISIONS)[number];
export const OUT_DECISION_LABELS: Record<OutDecision, string> = {
  receiver: '由受移送单位管辖',
  ours: '由本单位管辖',
  other: '由其他单位管辖',
};
export const IN_DECISIONS = ['ours', 'sender', 'other'] as const;
export type InDecision = (typeof IN_DECISIONS)[number];
export const IN_DECISION_LABELS: Record<InDecision, string> = {
  ours: '由本单位管辖',
  sender: '由移送单位管辖',
  other: '由其他单位管辖',
};
