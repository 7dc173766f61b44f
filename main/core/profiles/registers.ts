// The periods of the office's other registers (issue #19) in the three shipped profiles. Only 周村
// sets a number for 执法协助 (周政办字〔2018〕18号 二(四)3: 2个工作日); 涪陵 and 郯城 ask for help
// "及时" without a number, and no source sets a period for the final answer to a complainant (郯城
// sets 3 working days only for telling them a lead was passed on, kept in deadlines). Every number
// a source does not contain is the office's setting and says so.

import {
  SEED_DOCUMENTS,
  type RegisterRules,
  type RuleProfile,
  type SourcedNumber,
} from '../../../shared/domain/profile';
import { cite, officeSetting, TANCHENG_FILE, ZHOUCUN_FILE } from './provenance';

const COMPLAINT_ANSWER_DAYS = 15;
const ASSISTANCE_ANSWER_DAYS = 5;
/** 信息共享 and 管辖争议 (issue #19): the office's numbers where a source sets none. */
const SHARING_DAYS = 5;
const SHARING_REQUEST_DAYS = 3;
const DISPUTE_REQUEST_DAYS = 5;

function disputeRequest(docNumber: string) {
  return {
    value: DISPUTE_REQUEST_DAYS,
    source: officeSetting(`${docNumber}规定协商不一致的提请协调或者报请决定，未规定提请的期限`),
  };
}

function complaintAnswer(docNumber: string) {
  return {
    value: COMPLAINT_ANSWER_DAYS,
    source: officeSetting(`${docNumber}规定由最终办结部门答复举报人、投诉人、信访人，未规定答复期限`),
  };
}

export const FULING_REGISTERS: RegisterRules = {
  assistanceAnswerWorkingDays: {
    value: ASSISTANCE_ANSWER_DAYS,
    source: officeSetting('涪陵府办〔2024〕1号 二(二)要求依法予以协助，不予协助的“应当及时告知”，未规定天数'),
  },
  complaintAnswerWorkingDays: complaintAnswer('涪陵府办〔2024〕1号'),
  sharingRequestWorkingDays: {
    value: SHARING_REQUEST_DAYS,
    source: officeSetting(
      '涪陵府办〔2024〕1号 二(一)将“因行业管理、统计分析……需要提供的数据资料”列入互享范围，未规定天数',
    ),
  },
  penaltyCopyWorkingDays: {
    value: SHARING_DAYS,
    source: officeSetting('涪陵府办〔2024〕1号 二(一)4将行政处罚决定及执行情况列入互享范围，未规定天数'),
  },
  disputeRequestWorkingDays: disputeRequest('涪陵府办〔2024〕1号 二(三)'),
};

export const ZHOUCUN_REGISTERS: RegisterRules = {
  assistanceAnswerWorkingDays: {
    value: 2,
    source: cite(ZHOUCUN_FILE, '二(四)3', '相关行政管理部门须在2个工作日内提供相关材料，出具书面意见和相关证据材料'),
  },
  complaintAnswerWorkingDays: complaintAnswer('周政办字〔2018〕18号 二(四)4'),
  sharingRequestWorkingDays: {
    value: 3,
    source: cite(ZHOUCUN_FILE, '二(四)5', '综合行政执法部门须在3个工作日内提供给相关行政管理部门'),
  },
  penaltyCopyWorkingDays: {
    value: 2,
    source: cite(
      ZHOUCUN_FILE,
      '二(四)3(4)',
      '综合行政执法部门作出的行政处罚决定应在2个工作日内按照信息共享制度的相关要求抄告相关行政管理部门',
    ),
  },
  disputeRequestWorkingDays: disputeRequest('周政办字〔2018〕18号 二(四)3'),
};

export const TANCHENG_REGISTERS: RegisterRules = {
  assistanceAnswerWorkingDays: {
    value: ASSISTANCE_ANSWER_DAYS,
    source: officeSetting('郯政发〔2023〕1号 二(一)2要求“及时给予专业指导和技术支持”，未规定天数'),
  },
  complaintAnswerWorkingDays: complaintAnswer('郯政发〔2023〕1号 二(三)8'),
  sharingRequestWorkingDays: {
    value: SHARING_REQUEST_DAYS,
    source: officeSetting('郯政发〔2023〕1号 二(三)10只规定共享信息5个工作日内实现共享，未单独规定数据请求的期限'),
  },
  penaltyCopyWorkingDays: {
    value: 5,
    source: cite(TANCHENG_FILE, '二(三)10', '共享信息原则上应当在部门形成或收到信息5个工作日内实现共享'),
  },
  disputeRequestWorkingDays: disputeRequest('郯政发〔2023〕1号 二(三)11'),
};

/**
 * A profile's register periods; an office profile saved before they existed runs on 涪陵's, shown
 * as the office's setting (never as a rule of the document it cites).
 */
export function registerRules(profile: RuleProfile): Required<RegisterRules> {
  const note = `规则配置“${profile.name}”未设此项，沿用默认值`;
  const fallback = (value: number): SourcedNumber => ({ value, source: officeSetting(note) });
  const saved = profile.registers;
  return {
    assistanceAnswerWorkingDays: saved?.assistanceAnswerWorkingDays ?? fallback(ASSISTANCE_ANSWER_DAYS),
    complaintAnswerWorkingDays: saved?.complaintAnswerWorkingDays ?? fallback(COMPLAINT_ANSWER_DAYS),
    sharingRequestWorkingDays: saved?.sharingRequestWorkingDays ?? fallback(SHARING_REQUEST_DAYS),
    penaltyCopyWorkingDays: saved?.penaltyCopyWorkingDays ?? fallback(SHARING_DAYS),
    disputeRequestWorkingDays: saved?.disputeRequestWorkingDays ?? fallback(DISPUTE_REQUEST_DAYS),
  };
}

/**
 * The period to share information the office formed or received (信息共享): the profile's
 * informationSharingWorkingDays where its document sets one, else the office's setting.
 */
export function sharingWorkingDays(profile: RuleProfile): SourcedNumber {
  return (
    profile.deadlines.informationSharingWorkingDays ?? {
      value: SHARING_DAYS,
      source: officeSetting(`${profile.source.docNumber}要求及时互通信息，未规定天数`),
    }
  );
}

/** A register's period worded for the screen, like a transfer's (main/core/transfers/rules.ts). */
export interface RegisterLimit {
  unit: 'working-days';
  amount: number;
  /** e.g. "周政办字〔2018〕18号 二(四)3：2个工作日内答复". */
  rule: string;
}

export function registerLimit(entry: SourcedNumber, what: string): RegisterLimit {
  const origin =
    entry.source.kind === 'seed'
      ? `${SEED_DOCUMENTS[entry.source.file]} ${entry.source.section}`
      : `本单位设定（${entry.source.note?.trim() || '来源文件未作此规定'}）`;
  return { unit: 'working-days', amount: entry.value, rule: `${origin}：${entry.value}个工作日内${what}` };
}
