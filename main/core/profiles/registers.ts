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
import { cite, officeSetting, ZHOUCUN_FILE } from './provenance';

const COMPLAINT_ANSWER_DAYS = 15;
const ASSISTANCE_ANSWER_DAYS = 5;

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
};

export const ZHOUCUN_REGISTERS: RegisterRules = {
  assistanceAnswerWorkingDays: {
    value: 2,
    source: cite(ZHOUCUN_FILE, '二(四)3', '相关行政管理部门须在2个工作日内提供相关材料，出具书面意见和相关证据材料'),
  },
  complaintAnswerWorkingDays: complaintAnswer('周政办字〔2018〕18号 二(四)4'),
};

export const TANCHENG_REGISTERS: RegisterRules = {
  assistanceAnswerWorkingDays: {
    value: ASSISTANCE_ANSWER_DAYS,
    source: officeSetting('郯政发〔2023〕1号 二(一)2要求“及时给予专业指导和技术支持”，未规定天数'),
  },
  complaintAnswerWorkingDays: complaintAnswer('郯政发〔2023〕1号 二(三)8'),
};

/**
 * A profile's register periods; an office profile saved before they existed runs on 涪陵's, shown
 * as the office's setting (never as a rule of the document it cites).
 */
export function registerRules(profile: RuleProfile): RegisterRules {
  if (profile.registers) return profile.registers;
  const note = `规则配置“${profile.name}”未设此项，沿用默认值`;
  return {
    assistanceAnswerWorkingDays: { value: ASSISTANCE_ANSWER_DAYS, source: officeSetting(note) },
    complaintAnswerWorkingDays: { value: COMPLAINT_ANSWER_DAYS, source: officeSetting(note) },
  };
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
