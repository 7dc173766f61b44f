// 郯城 profile: 郯政发〔2023〕1号. Case leads go over within 3 working days of consultation, and the
// complainant hears of the transfer within 3 working days.

import type { RuleProfile } from '../../../shared/domain/profile';
import {
  adoptedAnswerDays,
  adoptedReviewMaterials,
  adoptedSupplementDays,
  adoptedThresholds,
  adoptedUrgentHours,
} from './inherited';
import { cite, officeSetting, TANCHENG_FILE } from './provenance';
import { TANCHENG_REGISTERS } from './registers';

const DOC = '郯政发〔2023〕1号';

export const TANCHENG_PROFILE: RuleProfile = {
  id: 'tancheng',
  name: '郯城县（郯政发〔2023〕1号）',
  version: 1,
  source: { issuer: '临沂市郯城县人民政府', docNumber: DOC, date: '2023-01-20' },
  thresholds: adoptedThresholds(DOC),
  deadlines: {
    transferWorkingDays: {
      value: 3,
      source: cite(TANCHENG_FILE, '二(三)9', '相关材料原则上在沟通后3个工作日内向对方移送'),
    },
    transferUrgentHours: adoptedUrgentHours(DOC),
    answerWorkingDays: adoptedAnswerDays(DOC),
    supplementWorkingDays: adoptedSupplementDays(),
    complainantFeedbackWorkingDays: {
      value: 3,
      source: cite(TANCHENG_FILE, '二(三)8', '原则上应在3个工作日内将移送信息反馈举报、投诉、信访人'),
    },
    informationSharingWorkingDays: {
      value: 5,
      source: cite(TANCHENG_FILE, '二(三)10', '共享信息原则上应当在部门形成或收到信息5个工作日内实现共享'),
    },
  },
  headApprovesTransfer: {
    value: false,
    source: officeSetting(`${DOC}只要求“案源线索移送应以部门名义进行”，未要求负责人批准`),
  },
  transferMaterials: [
    {
      key: 'transfer-letter',
      label: '案源线索移送函',
      requirement: 'required',
      source: officeSetting(`${DOC} 二(三)9要求“案源线索移送应以部门名义进行”，本单位以移送函的形式移送`),
    },
    {
      key: 'evidence',
      label: '相关基本证据材料',
      requirement: 'required',
      source: cite(TANCHENG_FILE, '二(三)9', '双方在移送案源线索时,应一并移送相关基本证据材料'),
    },
    {
      key: 'other',
      label: '其他与案件有关的材料',
      requirement: 'optional',
      source: officeSetting(`${DOC}未列其他移送材料，本单位设定`),
    },
  ],
  supplementMaterials: adoptedReviewMaterials(DOC),
  registers: TANCHENG_REGISTERS,
};
