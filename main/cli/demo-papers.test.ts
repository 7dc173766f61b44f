import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DOCUMENT_SOURCE_KINDS } from '../../shared/contract/documents';
import { testBackend } from '../api/testing/backend';
import { checkPaper } from '../core/documents/testing/paper-checks';
import { paperData } from '../core/papers/verification';
import { loadDemo, loadDemoPapers } from './demo';

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

describe('the demo office issues its papers', () => {
  it('issues every kind from its records, each reading right: numbers of its own body, nothing overhanging', async () => {
    env = testBackend('2026-03-10T02:00:00.000Z');
    const { caseIds } = await loadDemo(env.backend);
    const count = await loadDemoPapers(env.backend, caseIds);
    // The demo signs out when done; the test reads on as its administrator.
    env.signInAs(null);
    const papers = await env.call('documents.list', { caseId: null, source: null });
    expect(papers).toHaveLength(count);
    const kinds = new Set(papers.map((paper) => paper.templateId));
    for (const kind of [...DOCUMENT_SOURCE_KINDS, 'service-receipt']) expect(kinds, kind).toContain(kind);
    const db = new Database(join(env.dataDir, 'fashen.db'), { readonly: true });
    const rows = db
      .prepare("SELECT template_id, doc_number, data_json FROM issued_documents WHERE status = 'issued'")
      .all() as { template_id: string; doc_number: string | null; data_json: string }[];
    db.close();
    for (const row of rows) {
      const { data } = paperData(row.data_json);
      checkPaper(`${row.template_id} ${row.doc_number ?? ''}`, row.template_id, data);
      // A 送达回证's document is the paper it serves; it has no number of its own.
      if (row.template_id === 'service-receipt') continue;
      const number = String((data['document'] as { number?: unknown } | undefined)?.number ?? '');
      // 司法所 papers carry the 司法所's 代字, the government's its own; the year is the paper's date's.
      if (row.template_id === 'review-opinion' || row.template_id === 'supplement-notice')
        expect(number).toMatch(/^青山司/);
      else if (number) expect(number).toMatch(/^青山府/);
      const date = String((data['document'] as { date?: unknown } | undefined)?.date ?? '');
      if (number && date) expect(number, row.template_id).toContain(`〔${date.slice(0, 4)}〕`);
    }
    // The transfer sent on record as 青山府移〔2025〕8号 is issued with that number, not a new one.
    const printed = rows.map(
      (row) => (paperData(row.data_json).data['document'] as { number?: string } | undefined)?.number,
    );
    expect(printed).toContain('青山府移〔2025〕8号');
  }, 300_000);
});
