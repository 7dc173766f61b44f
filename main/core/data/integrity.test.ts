import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditChain } from '../audit/log';
import { sha256 } from '../files/atomic';
import { createBackup } from './backup';
import { recordRestore } from './backup-audit';
import { openDatabase } from '../../db/open';
import { restoreBackup } from './restore';
import { seededDataFolder, type DataFolder } from '../../cli/testing/backup';
import { dataFolderTarget, formatReport, runIntegrityChecks, type IntegrityCheck } from './integrity';
import { INTEGRITY_CHECKS } from './integrity-checks';

let folder: DataFolder | undefined;
afterEach(() => folder?.ctx.db.close());

function check() {
  if (!folder) throw new Error('no folder');
  return runIntegrityChecks(dataFolderTarget(folder.ctx.db, folder.dataDir));
}

const PDF = 'documents/2025/000001-review-opinion.pdf';

describe('integrity checks of the live data', () => {
  it('pass on untouched data and say what they looked at', async () => {
    folder = await seededDataFolder();
    const report = check();
    expect(report).toMatchObject({ ok: true, firstProblem: undefined });
    expect(report.results.map((result) => result.id)).toEqual(INTEGRITY_CHECKS.map((c) => c.id));
    expect(formatReport(report)).toMatch(/✓ 审计记录链：\d+ 条记录，首尾相连，未被改动/);
  });

  it('find the first audit row edited behind the app’s back', async () => {
    folder = await seededDataFolder();
    folder.ctx.db.exec(
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = '李四' WHERE id = 2; UPDATE audit_log SET actor = '李四' WHERE id = 3",
    );
    expect(check()).toMatchObject({
      ok: false,
      firstProblem: expect.stringMatching(/^审计记录链：第 2 条审计记录有误（记录内容与其哈希不符）/),
    });
  });

  it('find a record pointing at nothing', async () => {
    folder = await seededDataFolder();
    folder.ctx.db.pragma('foreign_keys = OFF');
    folder.ctx.db.exec('DELETE FROM staff');
    expect(check().firstProblem).toMatch(/^数据关联：表 case_handlers 的第 \d+ 行指向 staff 中不存在的记录/);
  });

  it('report a check that breaks as failed, without stopping the others', async () => {
    folder = await seededDataFolder();
    const broken: IntegrityCheck = {
      id: 'x',
      title: '测试',
      run: () => {
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      },
    };
    const report = runIntegrityChecks(dataFolderTarget(folder.ctx.db, folder.dataDir), [broken, ...INTEGRITY_CHECKS]);
    expect(report.firstProblem).toBe('测试：检查时出错：读写磁盘出错（U 盘可能已拔出或损坏）');
    expect(report.results[0]).toMatchObject({ technical: 'Error: EIO: i/o error, read' });
    expect(report.results.slice(1).every((result) => result.ok)).toBe(true);
  });

  it('keep SQLite’s and the program’s own words out of the problem, in `technical`', async () => {
    folder = await seededDataFolder();
    const corrupt: IntegrityCheck = {
      id: 'c',
      title: '测试',
      run: () => {
        throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
      },
    };
    const bug: IntegrityCheck = {
      id: 'b',
      title: '测试',
      run: () => {
        throw new TypeError('x is undefined');
      },
    };
    const report = runIntegrityChecks(dataFolderTarget(folder.ctx.db, folder.dataDir), [corrupt, bug]);
    expect(report.results.map((result) => (result.ok ? '' : result.problem))).toEqual([
      '数据库文件已损坏，无法读取',
      '检查时出错（程序内部错误，详见技术信息）',
    ]);
    expect(report.results.map((result) => (result.ok ? '' : result.technical))).toEqual([
      'SQLITE_CORRUPT: database disk image is malformed',
      'TypeError: x is undefined',
    ]);
    expect(formatReport(report, { technical: true })).toContain(
      '技术信息：SQLITE_CORRUPT: database disk image is malformed',
    );
    expect(formatReport(report)).not.toContain('malformed');
  });
});

describe('rows cut off the end of the audit chain', () => {
  async function backUp(name: string, at: string) {
    if (!folder) throw new Error('no folder');
    await createBackup(folder.ctx.db, {
      dataDir: folder.dataDir,
      file: join(folder.dataDir, 'backups', name),
      kind: 'daily',
      now: new Date(at),
      shareFiles: true,
    });
  }

  it('are found by comparing with the end each backup saw', async () => {
    folder = await seededDataFolder();
    await folder.call('orgs.create', { name: '后来的单位', kind: 'court' });
    await backUp('daily-2025-06-02.db', '2025-06-02T02:00:00.000Z');
    expect(check().ok).toBe(true);
    // The chain alone cannot see this: what is left still links up.
    folder.ctx.db.exec(
      'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)',
    );
    expect(verifyAuditChain(folder.ctx.db).ok).toBe(true);
    expect(check().firstProblem).toMatch(
      /^审计记录（与备份对照）：备份“daily-2025-06-02\.db”制作时已有 \d+ 条审计记录，其中最后一条现已不在/,
    );
  });

  it('do not include going back on purpose, by a restore', async () => {
    folder = await seededDataFolder();
    await backUp('daily-2025-06-01.db', '2025-06-01T02:00:00.000Z');
    await folder.call('orgs.create', { name: '后来的单位', kind: 'court' });
    await backUp('daily-2025-06-02.db', '2025-06-02T02:00:00.000Z');
    const ctx = folder.ctx;
    const result = restoreBackup({
      dataDir: folder.dataDir,
      databasePath: folder.databasePath,
      file: join(folder.dataDir, 'backups', 'daily-2025-06-01.db'),
      now: new Date('2025-06-03T02:00:00.000Z'),
      db: ctx.db,
      swap: (complete) => {
        ctx.db.close();
        complete();
        ctx.db = openDatabase(folder!.databasePath);
      },
    });
    recordRestore(ctx.db, result, new Date('2025-06-03T02:00:00.000Z'), '测试');
    await Promise.resolve();
    expect(check().firstProblem).toBeUndefined();
  });
});

describe('issued documents', () => {
  it('a missing file is found', async () => {
    folder = await seededDataFolder();
    rmSync(join(folder.dataDir, PDF));
    expect(check().firstProblem).toBe(`已出具文书：文书“法制审核意见书”的 PDF 文件不见了：${PDF}`);
  });

  it('a changed file is found', async () => {
    folder = await seededDataFolder();
    writeFileSync(join(folder.dataDir, PDF), '%PDF- 改过的内容');
    expect(check().firstProblem).toMatch(/PDF 文件与出具时的哈希不符/);
  });

  it('a changed file whose recorded hash was rewritten to match is still found, through the audit chain', async () => {
    folder = await seededDataFolder();
    const forged = Buffer.from('%PDF- 伪造');
    writeFileSync(join(folder.dataDir, PDF), forged);
    folder.ctx.db.prepare('UPDATE issued_documents SET pdf_sha256 = ?').run(sha256(forged));
    const report = check();
    expect(report.firstProblem).toMatch(
      /^记录与审计链对照：文书“法制审核意见书”（#1）与第 \d+ 条审计记录所证的内容不符/,
    );
    expect(report.results.find((result) => result.id === 'document-files')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/没有与其编号和文件哈希相符的出具记录/),
    });
  });
});
