// The one reading of a person's enforcement certificate (执法证) and legal qualification (法律职业资格)
// that every screen shows: settings, the home page and the review all call these functions, so a
// certificate can never read 有效 on one screen and 未登记 on another. Rules are cited from national
// law only (the seeds that mention certificates are not the shipped default profile's source).

/** 《行政处罚法》第四十二条 (national law). */
import { chineseDate } from './calendar';

export const CERTIFICATE_RULE =
  '行政处罚应当由具有行政执法资格的执法人员实施（《中华人民共和国行政处罚法》第四十二条，国家法律）';
/** 《行政处罚法》第五十八条第二款 (national law). */
export const LEGAL_QUALIFICATION_RULE =
  '行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格（《中华人民共和国行政处罚法》第五十八条第二款，国家法律）';
/** The revised 行政处罚法 took effect on this day; reviewers in post before it are not "初次从事". */
export const PENALTY_LAW_2021_IN_FORCE = '2021-07-15';

export interface CertificateHolder {
  name: string;
  certificateNo: string | null;
  certValidFrom: string | null;
  certValidTo: string | null;
  /** The day the certificate was withdrawn or cancelled (收回、注销), if it was. */
  certWithdrawnOn: string | null;
}

export type CertificateState = 'valid' | 'missing' | 'not-yet-valid' | 'expired' | 'withdrawn' | 'validity-unknown';

export interface CertificateStatus {
  state: CertificateState;
  /** Two to four characters for a badge. */
  label: string;
  color: 'green' | 'gray' | 'orange' | 'red';
  /** A full sentence naming the person, the certificate and the day. */
  message: string;
  citation: string;
}

const LABELS: Record<CertificateState, { label: string; color: CertificateStatus['color'] }> = {
  valid: { label: '有效', color: 'green' },
  missing: { label: '未登记', color: 'red' },
  'not-yet-valid': { label: '未生效', color: 'orange' },
  expired: { label: '已过期', color: 'red' },
  withdrawn: { label: '已收回', color: 'red' },
  'validity-unknown': { label: '有效期未登记', color: 'orange' },
};

/** Whether `person`'s certificate covers `onDate` ('YYYY-MM-DD'; ISO dates compare as strings). */
export function certificateStatus(person: CertificateHolder, onDate: string): CertificateStatus {
  const number = person.certificateNo?.trim() ?? '';
  const make = (state: CertificateState, message: string): CertificateStatus => ({
    state,
    ...LABELS[state],
    message,
    citation: CERTIFICATE_RULE,
  });
  if (!number)
    return make('missing', `${person.name}未登记执法证号，${chineseDate(onDate)}无法确认其具有行政执法资格。`);
  if (person.certWithdrawnOn !== null && person.certWithdrawnOn <= onDate) {
    return make(
      'withdrawn',
      `${person.name}的执法证（${number}）已于${chineseDate(person.certWithdrawnOn)}收回或注销。`,
    );
  }
  if (person.certValidFrom !== null && onDate < person.certValidFrom) {
    return make(
      'not-yet-valid',
      `${person.name}的执法证（${number}）自${chineseDate(person.certValidFrom)}起生效，${chineseDate(onDate)}尚未生效。`,
    );
  }
  if (person.certValidTo === null) {
    return make(
      'validity-unknown',
      `${person.name}的执法证（${number}）未登记有效期，无法确认${chineseDate(onDate)}是否有效。`,
    );
  }
  if (onDate > person.certValidTo) {
    return make(
      'expired',
      `${person.name}的执法证（${number}）有效期至${chineseDate(person.certValidTo)}，${chineseDate(onDate)}已过期。`,
    );
  }
  return make(
    'valid',
    `${person.name}的执法证（${number}）${chineseDate(onDate)}在有效期内（至${chineseDate(person.certValidTo)}）。`,
  );
}

export interface QualificationHolder {
  name: string;
  /** 法律职业资格证书编号, if the person holds one. */
  legalQualificationNo: string | null;
  /** The day the person first did 法制审核 (to tell a reviewer in post before 2021-07-15). */
  reviewingSince: string | null;
}

/** A sentence when `person` may not review without a 法律职业资格 (第五十八条第二款), else null. */
export function legalQualificationProblem(person: QualificationHolder): string | null {
  if (person.legalQualificationNo?.trim()) return null;
  if (person.reviewingSince !== null && person.reviewingSince < PENALTY_LAW_2021_IN_FORCE) return null;
  const since =
    person.reviewingSince === null
      ? '未登记开始从事法制审核的日期'
      : `自${chineseDate(person.reviewingSince)}起从事法制审核`;
  return `法制审核员${person.name}未登记法律职业资格，且${since}，不能排除属于初次从事法制审核的人员：${LEGAL_QUALIFICATION_RULE}。`;
}
