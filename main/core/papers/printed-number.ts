import type { IssuedRow } from './store';
import { NUMBERED_TYPES } from './numbering';
import { paperData } from './verification';

/**
 * The 文号 a paper bears. Usually the one taken from the office's sequence (doc_number). A numbered
 * paper issued after the fact under the number its record already names (a transfer letter that went
 * out before it was issued here, or is issued again after a misprint) takes no number of the sequence
 * and bears the recorded one, kept in its data. An unnumbered paper has none: the number in a
 * 送达回证's data is the served paper's, not its own.
 */
export function printedNumber(row: Pick<IssuedRow, 'doc_number' | 'data_json' | 'template_id'>): string | null {
  if (row.doc_number) return row.doc_number;
  if (NUMBERED_TYPES[row.template_id] === undefined) return null;
  const document = paperData(row.data_json).data['document'];
  const number = typeof document === 'object' && document !== null ? (document as { number?: unknown }).number : null;
  return typeof number === 'string' && number.trim() ? number.trim() : null;
}
