import { safeFileName } from '../files/safe-name';
import { paperData } from '../papers/verification';
import type { IssuedRow } from '../papers/store';
import { printedNumber } from '../papers/printed-number';

// A paper's file is named the way a clerk names it in a folder or an e-mail: its number, its title
// and whom it is addressed to — "青山受〔2026〕3号 受理情况告知书 白石镇人民政府.pdf" — safe on
// Windows (safeFileName: no \ / : * ? " < > |, no CON, not too long). A complainant's name is never
// put in a file name (the complaint answer is for that person only and keeps the name inside).

/** The data fields that name a paper's addressee, in the order they are looked for. */
const ADDRESSEE_FIELDS = ['sender', 'receiver', 'police', 'counterpart', 'requester', 'issuer', 'handlingUnit'];

function addresseeOf(row: Pick<IssuedRow, 'data_json' | 'template_id'>): string {
  const { data } = paperData(row.data_json);
  if (row.template_id === 'service-receipt') {
    const title = data['caseTitle'];
    return typeof title === 'string' ? title : '';
  }
  for (const field of ADDRESSEE_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return '';
}

/** "青山受〔2026〕3号 受理情况告知书 白石镇人民政府" (no extension), "（已作废）" added to a voided one. */
export function paperFileBase(
  row: Pick<IssuedRow, 'doc_number' | 'title' | 'data_json' | 'template_id' | 'status'>,
): string {
  const parts = [printedNumber(row), row.title, addresseeOf(row)].filter((part): part is string => Boolean(part));
  return safeFileName(`${parts.join(' ')}${row.status === 'voided' ? '（已作废）' : ''}`, 150);
}

/**
 * Where an issued paper's files are kept, relative to the data folder with forward slashes: the
 * year, then the name a person reads, then the record's number so two papers never share a file.
 */
export function paperFilePath(
  row: Pick<IssuedRow, 'id' | 'doc_number' | 'title' | 'data_json' | 'template_id'>,
  year: number,
  ext: 'docx' | 'pdf',
): string {
  return `documents/${year}/${paperFileBase({ ...row, status: 'issued' })}（${row.id}）.${ext}`;
}
