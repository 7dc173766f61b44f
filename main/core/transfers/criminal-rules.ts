// The rules of a criminal transfer, from national law: 《行政执法机关移送涉嫌犯罪案件的规定》
// (国务院令第310号, revised by 国务院令第730号 2020; text in notes/national-law.md). Never a profile's
// rule: whatever office and profile, a suspected crime goes to the police (第三条; 行政处罚法 第二十七条),
// including a case this office itself received by transfer.

import {
  CRIMINAL_REGULATION_SHORT as R,
  CRIMINAL_STATE_LABELS,
  type CriminalAction,
  type CriminalState,
} from '../../../shared/contract/criminal-transfers';
import { AppError } from '../../../shared/errors';

export const CRIMINAL_RULES = {
  team: `${R}第五条第一款：应当立即指定2名或者2名以上行政执法人员组成专案组专门负责，核实情况后提出移送涉嫌犯罪案件的书面报告，报经本机关正职负责人或者主持工作的负责人审批`,
  approval: `${R}第五条第二款：自接到报告之日起3日内作出批准移送或者不批准移送的决定（日，按日历日计算，次日起算）`,
  send: `${R}第五条第二款：决定批准的，应当在24小时内向同级公安机关移送`,
  receipt: `${R}第七条：公安机关应当在涉嫌犯罪案件移送书的回执上签字`,
  policeReview: `${R}第八条：公安机关应当自接受移送的涉嫌犯罪案件之日起3日内进行审查（条文规定的是审查，并书面通知立案或者不予立案的决定）`,
  reconsider: `${R}第九条第一款：可以自接到不予立案通知书之日起3日内，提请作出不予立案决定的公安机关复议，也可以建议人民检察院依法进行立案监督`,
  policeReconsideration: `${R}第九条第二款：公安机关应当自收到提请复议的文件之日起3日内作出立案或者不予立案的决定，并书面通知`,
  supervision: `${R}第九条第二款：对不予立案的复议决定仍有异议的，应当自收到复议决定通知书之日起3日内建议人民检察院依法进行立案监督`,
  back: `${R}第十条：对公安机关决定不予立案的案件，应当依法作出处理；依法应当给予行政处罚的，应当依法实施行政处罚`,
  handover: `${R}第十二条：对公安机关决定立案的案件，应当自接到立案通知书之日起3日内将涉案物品以及与案件有关的其他材料移交公安机关`,
  materials: `${R}第六条`,
  police: `${R}第三条：涉嫌构成犯罪，依法需要追究刑事责任的，必须依照本规定向公安机关移送；《中华人民共和国行政处罚法》第二十七条`,
} as const;

export const APPROVAL_DAYS = 3;
export const SEND_HOURS = 24;
export const POLICE_REVIEW_DAYS = 3;
export const RECONSIDER_DAYS = 3;
export const POLICE_RECONSIDERATION_DAYS = 3;
export const SUPERVISION_DAYS = 3;

export type CriminalEvent =
  | 'approve'
  | 'not-approve'
  | 'send'
  | 'receipt'
  | 'filed'
  | 'not-filed'
  | 'reconsider'
  | 'reconsideration-filed'
  | 'reconsideration-not-filed'
  | 'supervision'
  | 'return';

const NEXT: Record<CriminalState, Partial<Record<CriminalEvent, CriminalState>>> = {
  reported: { approve: 'approved', 'not-approve': 'not-approved' },
  'not-approved': {},
  approved: { send: 'sent' },
  sent: { receipt: 'received' },
  received: { filed: 'filed', 'not-filed': 'not-filed' },
  filed: {},
  'not-filed': { reconsider: 'reconsideration', supervision: 'supervision', return: 'returned' },
  reconsideration: { 'reconsideration-filed': 'filed', 'reconsideration-not-filed': 'reconsideration-refused' },
  'reconsideration-refused': { supervision: 'supervision', return: 'returned' },
  // The procuratorate's supervision may still lead the police to open the case (recorded as 立案),
  // or the office handles the case administratively.
  supervision: { filed: 'filed', return: 'returned' },
  returned: {},
};

const EVENT_LABELS: Record<CriminalEvent, string> = {
  approve: '批准移送',
  'not-approve': '不批准移送',
  send: '移送公安机关',
  receipt: '登记回执',
  filed: '登记立案',
  'not-filed': '登记不予立案',
  reconsider: '提请复议',
  'reconsideration-filed': '登记复议决定',
  'reconsideration-not-filed': '登记复议决定',
  supervision: '建议检察院立案监督',
  return: '回到行政处理',
};

function refusal(state: CriminalState, event: CriminalEvent): string {
  if (state === 'reported' && event === 'send')
    return `移送前须经本机关正职负责人或者主持工作的负责人批准（${CRIMINAL_RULES.team}）。`;
  if (state === 'sent' && (event === 'filed' || event === 'not-filed'))
    return `请先登记公安机关在移送书回执上的签字（${CRIMINAL_RULES.receipt}），再登记其决定。`;
  if (state === 'reconsideration' && event === 'supervision')
    return `已提请复议，请先登记公安机关的复议决定；复议维持不予立案的，可自收到复议决定通知书之日起3日内建议检察院立案监督（${CRIMINAL_RULES.supervision}）。`;
  if (state === 'filed') return `公安机关已立案，本移送已办结，不能${EVENT_LABELS[event]}。`;
  return `该移送当前为“${CRIMINAL_STATE_LABELS[state]}”，不能${EVENT_LABELS[event]}。`;
}

export function nextCriminalState(state: CriminalState, event: CriminalEvent): CriminalState {
  const next = NEXT[state][event];
  if (!next) throw new AppError('TRANSFER_STATE', refusal(state, event), { state, event });
  return next;
}

const ACTIONS: Record<CriminalState, CriminalAction[]> = {
  reported: ['decide'],
  'not-approved': [],
  approved: ['send'],
  sent: ['receipt'],
  received: ['answer'],
  filed: [],
  'not-filed': ['reconsider', 'supervision', 'return'],
  reconsideration: ['reconsideration-answer'],
  'reconsideration-refused': ['supervision', 'return'],
  supervision: ['answer', 'return'],
  returned: [],
};

export function criminalActions(state: CriminalState): CriminalAction[] {
  return [...ACTIONS[state]];
}

/** States in which someone still owes a step. */
export const OPEN_CRIMINAL_STATES: readonly CriminalState[] = [
  'reported',
  'approved',
  'sent',
  'received',
  'not-filed',
  'reconsideration',
  'reconsideration-refused',
  'supervision',
];

/** What the regulation lets the office do from here. */
export function criminalGuidance(state: CriminalState): string {
  switch (state) {
    case 'reported':
      return `待本机关正职负责人或者主持工作的负责人审批。${CRIMINAL_RULES.approval}。`;
    case 'approved':
      return `${CRIMINAL_RULES.send}。`;
    case 'sent':
      return `${CRIMINAL_RULES.receipt}。请登记回执。`;
    case 'received':
      return `${CRIMINAL_RULES.policeReview}。`;
    case 'not-filed':
      return `${CRIMINAL_RULES.reconsider}。不复议、不建议监督的，${CRIMINAL_RULES.back}。`;
    case 'reconsideration':
      return `${CRIMINAL_RULES.policeReconsideration}。`;
    case 'reconsideration-refused':
      return `${CRIMINAL_RULES.supervision}。${CRIMINAL_RULES.back}。`;
    case 'supervision':
      return '已建议人民检察院进行立案监督；公安机关经监督立案的，登记立案；否则回到行政处理。';
    case 'filed':
      return `${CRIMINAL_RULES.handover}。`;
    case 'not-approved':
      return `负责人不批准移送，理由已记录在案（${R}第五条第二款）；案件回到行政处理，可重新送审。`;
    case 'returned':
      return `案件已回到行政处理，可重新送审。${CRIMINAL_RULES.back}。`;
  }
}
