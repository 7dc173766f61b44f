import type { IntegrityCheck } from './integrity';
import { sha256 } from '../files/atomic';

interface IssuedFiles {
  id: number;
  title: string;
  doc_number: string | null;
  docx_file: string | null;
  pdf_file: string | null;
  docx_sha256: string | null;
  pdf_sha256: string | null;
  audit_docx: string | null;
  audit_pdf: string | null;
  audit_id: number | null;
}

// The hashes are also in the document's issue entry, which is hash-chained: someone who swaps a
// file and rewrites the row's hash to match is still caught, because the chain keeps the original.
// A paper is paired with its entry by what it is, never by its row id (which an attacker can change
// too): by its number, or, for a paper without one, by its PDF's hash.
const ISSUED_FILES = `
  SELECT d.id, d.title, d.doc_number, d.docx_file, d.pdf_file, d.docx_sha256, d.pdf_sha256,
         json_extract(a.after_json, '$.docxSha256') AS audit_docx, json_extract(a.after_json, '$.pdfSha256') AS audit_pdf,
         a.id AS audit_id
  FROM issued_documents d
  LEFT JOIN audit_log a ON a.id = (
    SELECT e.id FROM audit_log e
    WHERE e.action = 'document.issue' AND json_valid(e.after_json) AND CASE
      WHEN d.doc_number IS NOT NULL THEN json_extract(e.after_json, '$.number') = d.doc_number
      ELSE json_extract(e.after_json, '$.number') IS NULL AND json_extract(e.after_json, '$.pdfSha256') = d.pdf_sha256
    END
    ORDER BY e.id DESC LIMIT 1)
  WHERE d.docx_file IS NOT NULL OR d.pdf_file IS NOT NULL
  ORDER BY d.id`;

/**
 * Every issued document's files (DOMAIN §10): present, and byte for byte what was issued. Reads
 * issued_documents (migration 005); a database without that table has nothing to check.
 */
export const documentFilesCheck: IntegrityCheck = {
  id: 'document-files',
  title: '已出具文书',
  run({ db, readFile }) {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'issued_documents'").get();
    if (!hasTable) return { ok: true, summary: '没有已出具的文书' };
    let files = 0;
    for (const row of db.prepare(ISSUED_FILES).iterate() as IterableIterator<IssuedFiles>) {
      const name = `文书“${row.title}”${row.doc_number ? `（${row.doc_number}）` : ''}`;
      if (row.audit_id === null)
        return {
          ok: false,
          summary: '没有出具记录',
          problem: `${name}在审计记录中没有与其编号和文件哈希相符的出具记录：登记或文件在程序之外被改动或添加过`,
        };
      const pairs = [
        ['DOCX', row.docx_file, row.docx_sha256, row.audit_docx],
        ['PDF', row.pdf_file, row.pdf_sha256, row.audit_pdf],
      ] as const;
      for (const [kind, path, recorded, audited] of pairs) {
        if (path === null) continue;
        if (audited !== recorded) {
          return {
            ok: false,
            summary: '登记被改动',
            problem: `${name}登记的 ${kind} 哈希与审计记录不符：登记在程序之外被改动过`,
          };
        }
        const bytes = readFile(path);
        if (!bytes) return { ok: false, summary: '文件缺失', problem: `${name}的 ${kind} 文件不见了：${path}` };
        if (sha256(bytes) !== recorded) {
          return {
            ok: false,
            summary: '文件被改动',
            problem: `${name}的 ${kind} 文件与出具时的哈希不符（文件被改动或损坏）：${path}`,
          };
        }
        files++;
      }
    }
    return { ok: true, summary: files === 0 ? '没有已出具的文书' : `${files} 个文件与出具时一致` };
  },
};
