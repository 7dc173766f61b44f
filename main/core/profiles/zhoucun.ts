// 周村 profile: 周政办字〔2018〕18号. Transfers within 2 working days, with the head's approval.

import type { RuleProfile } from '../../../shared/domain/profile';
import { adoptedReviewMaterials, adoptedSupplementDays, adoptedThresholds, adoptedUrgentHours } from './inherited';
import { cite, ZHOUCUN_FILE } from './provenance';
import { ZHOUCUN_REGISTERS } from './registers';

const DOC = '周政办字〔2018〕18号';
const TRANSFER = '二(四)3';
const SHARING = '二(四)5';

export const ZHOUCUN_PROFILE: RuleProfile = {
  id: 'zhoucun',
  name: '周村区（周政办字〔2018〕18号）',
  version: 1,
  // The published text carries no date of its own.
  source: { issuer: '淄博市周村区人民政府办公室', docNumber: DOC, date: null },
  thresholds: adoptedThresholds(DOC),
  deadlines: {
    transferWorkingDays: {
      value: 2,
      source: cite(ZHOUCUN_FILE, TRANSFER, '须在2个工作日内将有关证据材料移送有关部门'),
    },
    transferUrgentHours: adoptedUrgentHours(DOC),
    answerWorkingDays: {
      value: 5,
      source: cite(ZHOUCUN_FILE, TRANSFER, '应在5个工作日内书面告知移送部门是否受理'),
    },
    supplementWorkingDays: adoptedSupplementDays(),
    // 首问责任 (二(四)4) names who answers the complainant, but sets no deadline.
    complainantFeedbackWorkingDays: null,
    informationSharingWorkingDays: {
      value: 5,
      source: cite(
        ZHOUCUN_FILE,
        SHARING,
        '原则上自信息形成当日内互通，因收集、整理等原因无法于当日互通的，可以适当延长期限，但最长不超过5个工作日',
      ),
    },
  },
  headApprovesTransfer: {
    value: true,
    source: cite(ZHOUCUN_FILE, TRANSFER, '移送的案件应当经部门负责人批准方可移送'),
  },
  transferMaterials: [
    {
      key: 'transfer-letter',
      label: '涉嫌违法案件移送函',
      requirement: 'required',
      source: cite(ZHOUCUN_FILE, TRANSFER, '（1）涉嫌违法案件移送函'),
    },
    {
      key: 'case-source',
      label: '案源材料（包括现场检查记录、举报投诉材料等）',
      requirement: 'required',
      source: cite(ZHOUCUN_FILE, TRANSFER, '（2）案源材料（包括现场检查记录、举报投诉材料等）'),
    },
    {
      key: 'evidence',
      label: '初步证明违法行为事实情况的相关证据材料',
      requirement: 'required',
      source: cite(ZHOUCUN_FILE, TRANSFER, '（3）初步证明违法行为事实情况的相关证据材料'),
    },
    {
      key: 'other',
      label: '其他需要移送的材料',
      requirement: 'optional',
      source: cite(ZHOUCUN_FILE, TRANSFER, '（4）其他需要移送的材料'),
    },
  ],
  supplementMaterials: adoptedReviewMaterials(DOC),
  registers: ZHOUCUN_REGISTERS,
};
