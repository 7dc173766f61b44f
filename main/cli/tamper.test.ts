// Issue #17 items 1 and 3: an attacker with write access to the data folder edits it behind the
// app's back, each attack on a fresh copy of one realistic folder (a case reviewed and signed, its
// 法制审核意见书 issued, a backup made), and `npx fashen check` must say so.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCommand } from './check';
import { runCommand } from './testing/backup';
import { hashAuditRow } from '../core/audit/log';
import { sha256 } from '../core/files/atomic';
import { reviewAll, setUpOffice, signOff, submit } from '../core/review/testing/fixture';

let template = '';
let paper = { id: 0, number: '', pdf: '', docx: '', code: '' };
let backupRows = 0;
let backupFile = '';

beforeAll(async () => {
  const office = await setUpOffice();
  await office.env.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山司',
    reviewBody: '青山镇司法所',
    handlingUnit: '青山镇综合行政执法大队',
    phone: '023-72881234',
  });
  const round = await submit(office);
  await reviewAll(office, round.id);
  await signOff(office, round.id, 1);
  const issued = await office.env.call('documents.issue', { kind: 'review-opinion', id: round.id });
  await office.env.call('data.backupNow', {});
  await office.env.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
  office.env.backend.close();
  template = office.env.dataDir;
  const db = new Database(join(template, 'fashen.db'), { readonly: true });
  const row = db.prepare('SELECT * FROM issued_documents WHERE id = ?').get(issued.id) as {
    doc_number: string;
    pdf_file: string;
    docx_file: string;
    data_json: string;
  };
  paper = {
    id: issued.id,
    number: row.doc_number,
    pdf: row.pdf_file,
    docx: row.docx_file,
    code: (JSON.parse(row.data_json) as { verificationCode: string }).verificationCode,
  };
  backupRows = Number(db.prepare("SELECT id FROM audit_log WHERE action = 'data.backup'").pluck().get()) - 1;
  db.close();
  const name = readdirSync(join(template, 'backups')).find((file) => file.endsWith('.db'));
  backupFile = join(template, 'backups', name ?? '');
});

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fashen-tamper-'));
  cpSync(template, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Opens the copy's database as a SQLite tool would: no app, no anchor update. */
function withDb(dir: string, sql: string | ((db: Database.Database) => void)): void {
  const db = new Database(join(dir, 'fashen.db'));
  if (typeof sql === 'string') db.exec(sql);
  else sql(db);
  db.close();
}

/** A well-formed audit row appended by hand (the hashing is no secret). */
function appendForged(db: Database.Database, action: string, after: unknown): void {
  const last = db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
  const row = {
    prev_hash: last,
    at: '2025-06-02T03:00:00.000Z',
    actor: '系统',
    action,
    entity: 'data',
    entity_id: 'restore',
    summary: '从备份恢复数据',
    before_json: null,
    after_json: JSON.stringify(after),
    seal_json: '[]',
  };
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary, before_json, after_json, seal_json, prev_hash, hash)
     VALUES (@at, @actor, @action, @entity, @entity_id, @summary, @before_json, @after_json, @seal_json, @prev_hash, @hash)`,
  ).run({ ...row, hash: hashAuditRow(row) });
}

type Attack = (dir: string) => void;

const ATTACKS: Array<[string, Attack, RegExp]> = [
  [
    '1. a forged PDF, its recorded hash rewritten and the row given another id',
    (dir) => {
      const forged = Buffer.from('%PDF- 伪造的审核意见');
      writeFileSync(join(dir, paper.pdf), forged);
      withDb(dir, `UPDATE issued_documents SET pdf_sha256 = '${sha256(forged)}', id = 900 WHERE id = ${paper.id}`);
    },
    /记录与审计链对照：.*（.*审.*号）/,
  ],
  ['3. a case’s fine edited in SQL', (dir) => withDb(dir, 'UPDATE cases SET fine_fen = 100'), /案件 .*不符/],
  ['3. a case’s party edited in SQL', (dir) => withDb(dir, "UPDATE cases SET party_name = '张某'"), /案件 .*不符/],
  [
    '3. a finding of a signed (locked) round',
    (dir) =>
      withDb(
        dir,
        "DROP TRIGGER review_findings_locked_update; UPDATE review_findings SET finding = 'serious', note = '改' WHERE point = 3",
      ),
    /第 1 轮审核与第 \d+ 条审计记录所证的内容不符/,
  ],
  [
    '3. an issued paper’s stored data (the preview then disagrees with the PDF)',
    (dir) => withDb(dir, "UPDATE issued_documents SET data_json = json_set(data_json, '$.case.party', '张某')"),
    /文书“法制审核意见书”.*不符/,
  ],
  [
    '3. an issued paper’s number',
    (dir) => withDb(dir, "UPDATE issued_documents SET doc_number = replace(doc_number, '〕1号', '〕9号')"),
    /已不在|没有审计记录为证/,
  ],
  ['3. a paper un-issued', (dir) => withDb(dir, "UPDATE issued_documents SET status = 'pending'"), /文书 .*已不在/],
  [
    '3. a paper deleted with its files',
    (dir) => {
      withDb(dir, 'DELETE FROM issued_documents');
      rmSync(join(dir, paper.pdf));
      rmSync(join(dir, paper.docx));
    },
    /文书 .*已不在/,
  ],
  [
    '3. audit rows deleted after the newest backup',
    (dir) => withDb(dir, `DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > ${backupRows + 1}`),
    /锚点文件记着 \d+ 条审计记录，而最后一条现已不在/,
  ],
  [
    '3. the database rolled back to the newest backup',
    (dir) => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `fashen.db${suffix}`), { force: true });
      copyFileSync(backupFile, join(dir, 'fashen.db'));
      withDb(dir, 'DROP TABLE fashen_backup_files; DROP TABLE fashen_backup');
    },
    /锚点文件记着 \d+ 条审计记录，而最后一条现已不在/,
  ],
  [
    '3. a forged audit row appended',
    (dir) => withDb(dir, (db) => appendForged(db, 'case.note', { note: '补记' })),
    /多出 1 条审计记录/,
  ],
  [
    '3. a forged data.restore entry that switches off the backup comparison',
    (dir) => {
      withDb(dir, (db) => {
        db.exec(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= ${backupRows}`);
        appendForged(db, 'data.restore', { from: 'x.db', madeAt: null, keptAside: null });
      });
      rmSync(join(dir, 'audit-anchor.json'));
    },
    /审计记录（与备份对照）：备份“.*”制作时已有 \d+ 条审计记录，其中最后一条现已不在/,
  ],
];

describe('npx fashen check finds tampering outside the app (issue #17)', () => {
  it('passes the untouched folder', async () => {
    const result = await runCommand(checkCommand, '--data-dir', copyOfFolder());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each(ATTACKS)('%s', async (_label, attack, message) => {
    const dir = copyOfFolder();
    attack(dir);
    const result = await runCommand(checkCommand, '--data-dir', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^发现问题：/);
    expect(result.stderr).toMatch(message);
  });

  it('confirms a paper’s 校验码 against the chain, and says what that proves', async () => {
    const dir = copyOfFolder();
    const good = await runCommand(checkCommand, '--data-dir', dir, '--code', paper.code.toLowerCase());
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(
      new RegExp(
        `^校验码 ${paper.code} 与第 \\d+ 条审计记录相符.*载有此校验码的文书：${paper.number}.*不能证明纸面文字未被改动`,
      ),
    );
  });

  it('a 校验码 whose entry was rewritten, consistently with the anchor, is not found', async () => {
    const dir = copyOfFolder();
    const wrong = await runCommand(checkCommand, '--data-dir', dir, '--code', '00000-00000');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^校验码 00000-00000 在审计记录中找不到/);
  });
});
