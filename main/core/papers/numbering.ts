import type { Db } from '../../db/open';
import { formatDocNumber } from '../documents/doc-number';
import { nextSequence } from './store';

/**
 * Which templates carry their own 发文字号, and the code after the office abbreviation:
 * 青山司 + 审 → 青山司审〔2025〕7号. A 送达回证 or an item list has no number of its own:
 * it refers to the document it serves or accompanies.
 */
export const NUMBERED_TYPES: Readonly<Record<string, string>> = {
  'review-opinion': '审',
  'supplement-notice': '补',
  'transfer-letter': '移',
  'acceptance-notice': '受',
  'criminal-transfer-letter': '刑移',
  'assistance-letter': '协',
  'assistance-reply': '复',
  'supervision-report': '报',
  'complaint-answer': '答',
  'sharing-letter': '抄',
  'dispute-request': '争',
};

export interface AllocatedNumber {
  docType: string;
  year: number;
  seq: number;
  text: string;
}

/**
 * Takes the next number of a type's sequence for a year. Call inside the transaction that records
 * the document: SQLite's write lock serialises concurrent issues, so two issues always get two
 * consecutive numbers and a rolled-back issue gives its number back.
 */
export function allocateNumber(db: Db, templateId: string, abbreviation: string, year: number): AllocatedNumber | null {
  const code = NUMBERED_TYPES[templateId];
  if (code === undefined) return null;
  const seq = nextSequence(db, templateId, year);
  return { docType: templateId, year, seq, text: formatDocNumber(`${abbreviation}${code}`, year, seq) };
}
