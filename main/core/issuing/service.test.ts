import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CoreContext } from '../context';
import { openDatabase } from '../../db/open';
import { saveOffice } from '../office/service';
import { sampleData } from '../documents/render';
import { verifyAuditChain } from '../audit/log';
import { issueDocument, recoverPendingDocuments, voidDocument } from './service';
import { sha256 } from '../files/atomic';

function context(now = '2025-06-02T02:00:00.000Z'): CoreContext {
  const dataDir = mkdtempSync(join(tmpdir(), 'fashen-issue-'));
  const databasePath = join(dataDir, 'fashen.db');
  const ctx: CoreContext = { db: openDatabase(databasePath), dataDir, now: () => new Date(now) };
  ctx.db.transaction(() =>
    saveOffice(ctx, {
      name: '青山镇人民政府',
      abbreviation: '青山司',
      reviewBodyAbbreviation: '',
      address: '',
      contactPerson: '',
      phone: '',
      reviewBody: '青山镇司法所',
      handlingUnit: '青山镇综合行政执法大队',
    }),
  )();
  return ctx;
}

function sample(id: string): Record<string, unknown> {
  return sampleData(id) as Record<string, unknown>;
}

describe('issuing documents', () => {
  it('numbers per type and year, writes both files and records their hashes', async () => {
    const ctx = context();
    const first = await issueDocument(ctx, {
      templateId: 'review-opinion',
      caseId: null,
      data: sample('review-opinion'),
    });
    const second = await issueDocument(ctx, {
      templateId: 'review-opinion',
      caseId: null,
      data: sample('review-opinion'),
    });
    const notice = await issueDocument(ctx, {
      templateId: 'supplement-notice',
      caseId: null,
      data: sample('supplement-notice'),
    });
    expect([first.doc_number, second.doc_number, notice.doc_number]).toEqual([
      '青山司审〔2025〕1号',
      '青山司审〔2025〕2号',
      '青山司补〔2025〕1号',
    ]);
    expect(first.status).toBe('issued');
    const pdf = readFileSync(join(ctx.dataDir, first.pdf_file ?? ''));
    expect(sha256(pdf)).toBe(first.pdf_sha256);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(first.data_json).document.number).toBe('青山司审〔2025〕1号');
    expect(verifyAuditChain(ctx.db).ok).toBe(true);
  });

  it('gives concurrent issues distinct consecutive numbers', async () => {
    const ctx = context();
    const issued = await Promise.all(
      Array.from({ length: 5 }, () =>
        issueDocument(ctx, { templateId: 'transfer-letter', caseId: null, data: sample('transfer-letter') }),
      ),
    );
    expect(issued.map((row) => row.doc_number).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `青山司移〔2025〕${n}号`));
  });

  it('never reuses a voided number, and a new year starts at 1', async () => {
    const ctx = context();
    const first = await issueDocument(ctx, {
      templateId: 'review-opinion',
      caseId: null,
      data: sample('review-opinion'),
    });
    voidDocument(ctx, first.id, '当事人名称有误');
    const next = await issueDocument(ctx, {
      templateId: 'review-opinion',
      caseId: null,
      data: sample('review-opinion'),
    });
    expect(next.doc_number).toBe('青山司审〔2025〕2号');
    const voided = ctx.db.prepare('SELECT status, void_reason FROM issued_documents WHERE id = ?').get(first.id);
    expect(voided).toEqual({ status: 'voided', void_reason: '当事人名称有误' });
    const later = { ...ctx, now: () => new Date('2026-01-05T02:00:00.000Z') };
    const dated = (date: string) => {
      const data = sample('review-opinion') as { document: Record<string, unknown> };
      return { ...data, document: { ...data.document, date } };
    };
    expect(
      (await issueDocument(later, { templateId: 'review-opinion', caseId: null, data: dated('2026-01-05') }))
        .doc_number,
    ).toBe('青山司审〔2026〕1号');
    // A paper dated in 2025 but issued in January is numbered in 2025's sequence: its year and date agree.
    expect(
      (await issueDocument(later, { templateId: 'review-opinion', caseId: null, data: dated('2025-12-30') }))
        .doc_number,
    ).toBe('青山司审〔2025〕3号');
  });

  it('refuses bad data before taking a number', async () => {
    const ctx = context();
    await expect(
      issueDocument(ctx, { templateId: 'review-opinion', caseId: null, data: { org: {} } }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_DATA_INVALID' });
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM issued_documents').get()).toEqual({ n: 0 });
    expect(
      (await issueDocument(ctx, { templateId: 'review-opinion', caseId: null, data: sample('review-opinion') }))
        .doc_number,
    ).toBe('青山司审〔2025〕1号');
  });

  it('voids the number of a document interrupted before its files were recorded', async () => {
    const ctx = context();
    const done = await issueDocument(ctx, {
      templateId: 'review-opinion',
      caseId: null,
      data: sample('review-opinion'),
    });
    // Simulate a crash right after step 1: a pending row with a number and no files.
    ctx.db
      .prepare(
        `INSERT INTO issued_documents (template_id, template_version, template_source, title, doc_type, year, seq, doc_number, data_json, status, created_at, created_by)
      VALUES ('review-opinion', 1, 'builtin', '法制审核意见书', 'review-opinion', 2025, 2, '青山司审〔2025〕2号', '{}', 'pending', '2025-06-02T02:00:00.000Z', '王建国')`,
      )
      .run();
    ctx.db.prepare("UPDATE doc_sequences SET last_seq = 2 WHERE doc_type = 'review-opinion'").run();
    expect(recoverPendingDocuments(ctx)).toBe(1);
    const rows = ctx.db.prepare('SELECT doc_number, status FROM issued_documents ORDER BY id').all();
    expect(rows).toEqual([
      { doc_number: '青山司审〔2025〕1号', status: 'issued' },
      { doc_number: '青山司审〔2025〕2号', status: 'voided' },
    ]);
    expect(existsSync(join(ctx.dataDir, done.pdf_file ?? ''))).toBe(true);
    expect(
      (await issueDocument(ctx, { templateId: 'review-opinion', caseId: null, data: sample('review-opinion') }))
        .doc_number,
    ).toBe('青山司审〔2025〕3号');
  });

  it('needs the office abbreviation for numbers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fashen-issue-'));
    const ctx: CoreContext = {
      db: openDatabase(join(dataDir, 'f.db')),
      dataDir,
      now: () => new Date(),
    };
    await expect(
      issueDocument(ctx, { templateId: 'review-opinion', caseId: null, data: sample('review-opinion') }),
    ).rejects.toMatchObject({ code: 'OFFICE_NOT_SET' });
  });
});

describe('recovery when the backend opens', () => {
  it('voids a pending number and moves its unrecorded file aside', async () => {
    const { openBackend } = await import('../../api/backend');
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const ctx = context();
    ctx.db
      .prepare(
        `INSERT INTO issued_documents (template_id, template_version, template_source, title, doc_type, year, seq, doc_number, data_json, status, created_at, created_by)
      VALUES ('review-opinion', 1, 'builtin', '法制审核意见书', 'review-opinion', 2025, 1, '青山司审〔2025〕1号', '{}', 'pending', '2025-06-02T02:00:00.000Z', '王建国')`,
      )
      .run();
    mkdirSync(join(ctx.dataDir, 'documents', '2025'), { recursive: true });
    writeFileSync(join(ctx.dataDir, 'documents', '2025', '000001-review-opinion.pdf'), 'whole but unrecorded');
    writeFileSync(join(ctx.dataDir, 'documents', '2025', '000001-review-opinion.docx.fashen-tmp'), 'half');
    // An office template save cut short: the temp goes, the office's own template stays.
    mkdirSync(join(ctx.dataDir, 'templates'), { recursive: true });
    writeFileSync(join(ctx.dataDir, 'templates', 'review-opinion.yaml'), 'id: review-opinion');
    writeFileSync(join(ctx.dataDir, 'templates', 'review-opinion.yaml.fashen-tmp'), 'half');
    ctx.db.close();
    const backend = openBackend({ dataDir: ctx.dataDir });
    backend.client.session.actor = { staffId: null, name: '测试管理员', admin: true, trusted: true };
    const listed = await backend.dispatch('documents.list', {});
    backend.close();
    expect(listed).toMatchObject({ ok: true, value: [{ status: 'voided', docNumber: '青山司审〔2025〕1号' }] });
    expect(existsSync(join(ctx.dataDir, 'orphaned-files', '2025', '000001-review-opinion.pdf'))).toBe(true);
    expect(existsSync(join(ctx.dataDir, 'documents', '2025', '000001-review-opinion.pdf'))).toBe(false);
    expect(existsSync(join(ctx.dataDir, 'documents', '2025', '000001-review-opinion.docx.fashen-tmp'))).toBe(false);
    expect(existsSync(join(ctx.dataDir, 'templates', 'review-opinion.yaml.fashen-tmp'))).toBe(false);
    expect(existsSync(join(ctx.dataDir, 'templates', 'review-opinion.yaml'))).toBe(true);
    const db = openDatabase(join(ctx.dataDir, 'fashen.db'));
    expect(db.prepare('SELECT status, void_reason FROM issued_documents').get()).toEqual({
      status: 'voided',
      void_reason: '出具过程中程序中断，本编号作废',
    });
    db.close();
  });
});
