// 执法公示 of penalty decisions (issue #20 item 6): 灌政办〔2023〕32号 二(三)10 (全面推行行政执法公示制度);
// 《行政处罚法》第四十八条 (national law): a decision with some social effect is published; once changed,
// revoked, found unlawful or void, its information is withdrawn within 三日 (working days, 第八十五条).
import { z } from 'zod';
import { entityId, isoDate, optionalText, requiredText } from './fields';
import { method } from './method';
import { statsYearInput } from './stats';
import type { DocumentFile } from './documents';
import type { DeadlineView } from './transfers';

export const PUBLICITY_WORKING_DAYS = 7;
export const PUBLICITY_RULE =
  '行政执法决定信息在执法决定作出之日起7个工作日内公开（灌政办〔2023〕32号 二(三)10 全面推行行政执法公示制度；期限见《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》国办发〔2018〕118号）';
export const WITHDRAW_RULE =
  '公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由（《中华人民共和国行政处罚法》第四十八条第二款，国家法律；三日为工作日，第八十五条）';
export const NATURAL_PERSON_RULE =
  '当事人为自然人的，只公开姓氏加“某”，不公开身份证件号码、住址、联系方式：行政机关对实施行政处罚过程中知悉的个人隐私应当依法予以保密（《中华人民共和国行政处罚法》第五十条，国家法律）；个体工商户以字号和统一社会信用代码公开';

export const REVOKE_KINDS = ['changed', 'revoked', 'illegal', 'void'] as const;
export type RevokeKind = (typeof REVOKE_KINDS)[number];
export const REVOKE_KIND_LABELS: Record<RevokeKind, string> = {
  changed: '依法变更',
  revoked: '依法撤销',
  illegal: '确认违法',
  void: '确认无效',
};

export type PublicityState = 'due' | 'published' | 'revoked' | 'to-withdraw' | 'withdrawn';
export const PUBLICITY_STATE_LABELS: Record<PublicityState, string> = {
  due: '待公示',
  published: '已公示',
  revoked: '决定已撤销（未公示）',
  'to-withdraw': '待撤回',
  withdrawn: '已撤回',
};

export interface PublicityItem {
  decisionId: number;
  caseId: number;
  caseNumber: string;
  /** 行政处罚决定书文号 */
  decisionNumber: string;
  decisionDate: string;
  /** 处罚类型, e.g. "罚款、没收违法所得" */
  penalty: string;
  /** 事由 */
  cause: string;
  /** 依据 */
  basis: string;
  /** 相对人 as it may be published (a natural person's name reduced to 姓氏+某). */
  party: string;
  /** 统一社会信用代码 (organisations and 个体工商户); empty for a natural person. */
  creditCode: string;
  naturalPerson: boolean;
  fineFen: number;
  dueDate: string | null;
  state: PublicityState;
  deadline: DeadlineView | null;
  publishedOn: string | null;
  publishedWhere: string;
  revokedOn: string | null;
  revokeKind: RevokeKind | null;
  revokeReason: string;
  withdrawnOn: string | null;
}

export interface PublicityList {
  rule: string;
  withdrawRule: string;
  naturalPersonRule: string;
  items: PublicityItem[];
}

export const publicityPublishInput = z.strictObject({
  decisionId: entityId('处罚决定'),
  publishedOn: isoDate('公示日期'),
  where: requiredText('公示载体', 200),
});

export const publicityRevokeInput = z.strictObject({
  decisionId: entityId('处罚决定'),
  revokedOn: isoDate('变更或撤销日期'),
  kind: z.enum(REVOKE_KINDS, { error: '请选择决定被变更、撤销、确认违法或确认无效' }),
  reason: requiredText('理由', 500),
});

export const publicityWithdrawInput = z.strictObject({
  decisionId: entityId('处罚决定'),
  withdrawnOn: isoDate('撤回日期'),
  note: optionalText('撤回说明', 500),
});

export const publicityMethods = {
  'publicity.list': method<PublicityList>()(statsYearInput),
  'publicity.publish': method<PublicityItem>()(publicityPublishInput),
  'publicity.revoke': method<PublicityItem>()(publicityRevokeInput),
  'publicity.withdraw': method<PublicityItem>()(publicityWithdrawInput),
  'publicity.export': method<DocumentFile>()(statsYearInput),
};
