// Test-only helpers for backup, restore and check: a data folder with real records made through
// the handler table, an issued document recorded the way issuing records it, and a full dump of a
// database for "is it exactly the same" comparisons.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ApiContext } from '../../api/context';
import type { CliCommand, CliIo } from '../types';
import { HandlerTable } from '../../api/registry';
import { registerSystemHandlers } from '../../api/handlers/system-handlers';
import { registerOfficeHandlers } from '../../api/handlers/office-handlers';
import { registerStaffHandlers } from '../../api/handlers/staff-handlers';
import { registerOrgsHandlers } from '../../api/handlers/orgs-handlers';
import { registerCasesHandlers } from '../../api/handlers/cases-handlers';
import { appendAudit } from '../../core/audit/log';
import { ANCHOR_FILE } from '../../core/audit/anchor';
import { writeFilesThenRecord } from '../../core/files/record';
import { listFiles } from '../../core/files/sweep';
import { openDatabase, type Db } from '../../db/open';

export const TEST_NOW = '2025-06-02T02:00:00.000Z';

export interface DataFolder {
  dataDir: string;
  databasePath: string;
  ctx: ApiContext;
  call(method: string, input: unknown): Promise<unknown>;
}

export function emptyDataFolder(now = TEST_NOW): DataFolder {
  const dataDir = mkdtempSync(join(tmpdir(), 'fashen-data-'));
  const databasePath = join(dataDir, 'fashen.db');
  const ctx: ApiContext = { db: openDatabase(databasePath), dataDir, databasePath, now: () => new Date(now) };
  // Only what seeding needs (office, staff, organisations, cases), so these tests do not depend on
  // other capabilities being complete.
  const table = new HandlerTable();
  for (const register of [
    registerSystemHandlers,
    registerOfficeHandlers,
    registerStaffHandlers,
    registerOrgsHandlers,
    registerCasesHandlers,
  ])
    register(table);
  return {
    dataDir,
    databasePath,
    ctx,
    async call(method, input) {
      const envelope = await table.dispatch(method, input, ctx);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.value;
    },
  };
}

/** Records an issued document with its DOCX and PDF the way the issuing service does. */
export function issueTestDocument(ctx: ApiContext, n: number, text = `文书正文 ${n} 𠀀𪚥`): void {
  const base = `documents/2025/${String(n).padStart(6, '0')}-review-opinion`;
  const files = [
    { path: `${base}.docx`, bytes: Buffer.from(`DOCX ${text}`) },
    { path: `${base}.pdf`, bytes: Buffer.from(`%PDF- ${text}`) },
  ];
  writeFilesThenRecord(ctx.db, ctx.dataDir, files, ([docx, pdf]) => {
    const at = ctx.now().toISOString();
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO issued_documents (template_id, template_version, template_source, title, data_json, status, docx_file, pdf_file, docx_sha256, pdf_sha256, created_at, created_by, issued_at)
         VALUES ('review-opinion', 1, 'builtin', '法制审核意见书', '{}', 'issued', ?, ?, ?, ?, ?, '测试', ?)`,
      )
      .run(docx?.path, pdf?.path, docx?.sha256, pdf?.sha256, at, at);
    appendAudit(ctx.db, {
      at,
      actor: '测试',
      action: 'document.issue',
      entity: 'case',
      entityId: '0',
      summary: `出具文书 ${n}`,
      before: undefined,
      after: { id: Number(lastInsertRowid), docxSha256: docx?.sha256, pdfSha256: pdf?.sha256 },
      papers: [Number(lastInsertRowid)],
    });
  });
}

/** A data folder with staff, an organisation, a case, history, and an issued document. */
export async function seededDataFolder(now = TEST_NOW): Promise<DataFolder> {
  const folder = emptyDataFolder(now);
  const staff = (await folder.call('staff.create', { name: '王建国𠀀', roles: ['handler'] })) as { id: number };
  await folder.call('orgs.create', { name: '某区公安分局', kind: 'public-security' });
  await folder.call('cases.create', {
    caseNumber: '某综执罚〔2025〕12号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '李某某😀', idCode: '11010519491231002X' },
    facts: '当事人于2025年5月在某镇某路占用人行道摆摊经营。\u200f',
    foundOn: '2025-05-20',
    penaltyKinds: ['fine'],
    fineFen: 200_000,
    discretion: 'standard',
    handlerIds: [staff.id],
  });
  issueTestDocument(folder.ctx, 1);
  return folder;
}

/** Every row of every ordinary table, as text: equal dumps mean equal data. */
export function dumpDatabase(db: Db): Record<string, string> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const dump: Record<string, string> = {};
  for (const table of tables) {
    if (table === 'schema_migrations') continue; // applied_at differs between copies
    const rows = db.prepare(`SELECT * FROM "${table}"`).raw().all();
    dump[table] = JSON.stringify(rows, (_key, value: unknown) =>
      Buffer.isBuffer(value) ? value.toString('hex') : value,
    );
  }
  return dump;
}

/**
 * Path → SHA-256 of every file under a folder (except the given subfolders), for "nothing changed".
 * The audit anchor file is left out: it follows the chain (and carries a time), and the check compares it.
 */
export function folderFingerprint(dir: string, except: string[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  if (!existsSync(dir)) return result;
  for (const path of listFiles(dir)) {
    if (path === ANCHOR_FILE) continue;
    if (except.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}\\`)))
      continue;
    result[path] = createHash('sha256')
      .update(readFileSync(join(dir, path)))
      .digest('hex');
  }
  return result;
}

export async function runCommand(
  command: CliCommand,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readStdin: () => Promise.resolve(''),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = await command(args, io);
  return { code, stdout, stderr };
}

/** The CLI convention: a failure is exit ≠ 0, nothing on stdout, exactly one Chinese line on stderr. */
export function expectOneChineseLine(
  result: { code: number; stdout: string; stderr: string },
  code: number,
  mention: RegExp,
): void {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^[^\n]*[\u4e00-\u9fa5][^\n]*\n$/);
  expect(result.stderr).toMatch(mention);
}
