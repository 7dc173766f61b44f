// Handlers must hold a valid enforcement certificate (执法证) on the day they act
// (《行政处罚法》第四十二条, national law); a problem here feeds review point 1.

import { certificateStatus } from '../../../shared/domain/certificate';
import { AppError } from '../../../shared/errors';

export interface HandlerCertificate {
  id: string | number;
  name: string;
  certificateNo: string | null;
  /** First day of validity, 'YYYY-MM-DD'. */
  certValidFrom: string | null;
  /** Last day of validity (inclusive), 'YYYY-MM-DD'. */
  certValidTo: string | null;
}

export type CertificateProblemKind = 'missing' | 'not-yet-valid' | 'expired' | 'validity-unknown' | 'too-few-handlers';

export interface CertificateProblem {
  handlerId: string | number;
  name: string;
  kind: CertificateProblemKind;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertDate(value: string, what: string): void {
  const parsed = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  // Date rolls 02-30 over into March, so a real date is one that survives the round trip.
  const valid = parsed !== null && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  if (!valid) throw new AppError('INVALID_DATE', `${what}“${value}”不是 YYYY-MM-DD 格式的有效日期。`);
}

function problemOf(handler: HandlerCertificate, onDate: string): Omit<CertificateProblem, 'handlerId' | 'name'> | null {
  if (handler.certValidFrom !== null) assertDate(handler.certValidFrom, `${handler.name}的执法证生效日期`);
  if (handler.certValidTo !== null) assertDate(handler.certValidTo, `${handler.name}的执法证有效期截止日期`);
  // The one reading of a certificate every screen shows (shared/domain/certificate.ts).
  const status = certificateStatus({ ...handler, name: `承办人${handler.name}`, certWithdrawnOn: null }, onDate);
  if (status.state === 'valid' || status.state === 'withdrawn') return null;
  return { kind: status.state, message: `${status.message}${status.citation}。` };
}

/** One entry per handler whose certificate does not cover `onDate`; empty when all are in order. */
export function certificateProblems(handlers: readonly HandlerCertificate[], onDate: string): CertificateProblem[] {
  assertDate(onDate, '核查日期');
  const problems: CertificateProblem[] = [];
  for (const handler of handlers) {
    const problem = problemOf(handler, onDate);
    if (problem) problems.push({ handlerId: handler.id, name: handler.name, ...problem });
  }
  return problems;
}

/**
 * 执法人员不得少于两人. The seeds do not state this rule (003's 不得少于2人 is about supervision
 * staff, not enforcement): it is 《中华人民共和国行政处罚法》第四十二条, cited here from outside the
 * seeds. A case may be registered with one handler (the second added later), not submitted.
 */
export const MIN_HANDLERS = 2;
export const MIN_HANDLERS_RULE = '执法人员不得少于两人（《中华人民共和国行政处罚法》第四十二条）';

/** Point 1's note on the number of handlers, or null when there are enough. */
export function handlerCountProblem(
  count: number,
): { name: string; kind: CertificateProblemKind; message: string } | null {
  if (count >= MIN_HANDLERS) return null;
  return {
    name: '承办人人数',
    kind: 'too-few-handlers',
    message: `承办人少于两人（本案${count}人）：${MIN_HANDLERS_RULE}。`,
  };
}

export function assertEnoughHandlers(count: number): void {
  if (count >= MIN_HANDLERS) return;
  throw new AppError('TOO_FEW_HANDLERS', `${MIN_HANDLERS_RULE}：请在案件中再添加一名承办人后送审`);
}
