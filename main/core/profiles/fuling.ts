// 涪陵 profile (default): 涪陵府办〔2024〕1号, the most complete of the three sources.

import type { ProfileMaterial, RuleProfile } from '../../../shared/domain/profile';
import { REVIEW_MATERIALS } from '../../../shared/domain/review';
import { cite, FULING_FILE, officeSetting } from './provenance';
import { FULING_REGISTERS } from './registers';

const REVIEW = '二(四)';
const TRANSFER = '二(三)';

/** The five review materials as 涪陵 lists them; the other profiles adopt this list. */
export function fulingReviewMaterials(): ProfileMaterial[] {
  return REVIEW_MATERIALS.map((material) => ({
    key: material.key,
    label: material.label,
    requirement: material.requirement,
    source: cite(FULING_FILE, REVIEW, material.wording),
  }));
}

export const FULING_SUPPLEMENT_NOTE =
  '来源文件只规定“一次性告知承办机构补正材料,并规定期限提交”，未规定具体天数，由本单位设定';

export const FULING_PROFILE: RuleProfile = {
  id: 'fuling',
  name: '涪陵区（涪陵府办〔2024〕1号）',
  version: 1,
  // The text is signed 2024年1月5日; the web page's 2024-01-13 is the publication date.
  source: { issuer: '重庆市涪陵区人民政府办公室', docNumber: '涪陵府办〔2024〕1号', date: '2024-01-05' },
  thresholds: {
    fine: {
      citizen: { value: 200_000, source: cite(FULING_FILE, REVIEW, '拟对公民的违法行为处以2000元以上罚款') },
      organization: {
        value: 2_000_000,
        source: cite(FULING_FILE, REVIEW, '对法人或者其他组织的违法行为处以20000元以上罚款'),
      },
    },
    confiscation: {
      citizen: {
        value: 200_000,
        source: cite(FULING_FILE, REVIEW, '拟对公民没收违法所得数额、没收非法财物价值达2000元以上'),
      },
      organization: {
        value: 2_000_000,
        source: cite(FULING_FILE, REVIEW, '对法人或者其他组织没收违法所得数额、没收非法财物价值达20000元以上'),
      },
    },
  },
  deadlines: {
    transferWorkingDays: {
      value: 5,
      source: cite(FULING_FILE, TRANSFER, '应当在5个工作日内移送给有管辖权的一方处理'),
    },
    transferUrgentHours: {
      value: 24,
      source: cite(FULING_FILE, TRANSFER, '情况紧急的,应在24小时内移送有管辖权的一方处理'),
    },
    answerWorkingDays: {
      value: 5,
      source: cite(FULING_FILE, TRANSFER, '受移送单位应在5个工作日内书面告知移送单位受理情况'),
    },
    supplementWorkingDays: { value: 5, source: officeSetting(FULING_SUPPLEMENT_NOTE) },
    complainantFeedbackWorkingDays: null,
    // 二(一) asks for timely exchange (及时沟通) but sets no number of days.
    informationSharingWorkingDays: null,
  },
  headApprovesTransfer: { value: false, source: officeSetting('来源文件未要求移送前经负责人批准') },
  transferMaterials: [
    {
      key: 'transfer-letter',
      label: '案件移送函',
      requirement: 'required',
      source: cite(FULING_FILE, TRANSFER, '1.案件移送函'),
    },
    {
      key: 'items-list',
      label: '涉案物品及清单（含依法先行处置的涉案物品的证据和处置所得款项）',
      requirement: 'if-items-involved',
      source: cite(FULING_FILE, TRANSFER, '2.涉案物品及清单,有依法先行处置的涉案物品的应当一并移送'),
    },
    {
      key: 'other',
      label: '其他与案件有关的材料',
      requirement: 'optional',
      source: cite(FULING_FILE, TRANSFER, '3.其他与案件有关的材料'),
    },
  ],
  supplementMaterials: fulingReviewMaterials(),
  registers: FULING_REGISTERS,
};
