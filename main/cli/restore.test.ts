import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import {
  dumpDatabase,
  expectOneChineseLine,
  folderFingerprint,
  runCommand,
  runCommandWith,
  seededDataFolder,
} from './testing/backup';
import { setSecret } from '../core/session/sign-in';
import { openDatabase } from '../db/open';
import { verifyAuditChain } from '../core/audit/log';

async function backedUp(options: { adminSecret?: string } = {}) {
  const folder = await seededDataFolder();
  if (options.adminSecret) {
    // An office past its first sign-in: its head administers, with a secret.
    const head = (await folder.call('staff.create', { name: '张志强', roles: ['head'] })) as { id: number };
    folder.ctx.db.transaction(() => setSecret(folder.ctx, head.id, options.adminSecret ?? ''))();
  }
  const out = join(mkdtempSync(join(tmpdir(), 'fashen-usb-')), 'b.db');
  // Taken first: the backup's own audit entry is written after the copy, so it is not in it.
  const atBackup = dumpDatabase(folder.ctx.db);
  expect((await runCommand(backupCommand, '--out', out, '--data-dir', folder.dataDir)).code).toBe(0);
  await folder.call('orgs.create', { name: '备份之后的单位', kind: 'court' });
  folder.ctx.db.close();
  return { folder, out, atBackup };
}

describe('npx fashen restore', () => {
  it('restores the backup, keeps the current data aside, and records it in the audit log', async () => {
    const { folder, out, atBackup } = await backedUp();
    const result = await runCommand(restoreCommand, '--in', out, '--data-dir', folder.dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^已从备份恢复：.*b\.db\n备份时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}，1 件案件，\d+ 个文书等文件。\n恢复前的数据已另存为：.*before-restore-.*\.db\n$/,
    );
    const db = openDatabase(folder.databasePath);
    const { audit_log: restoredAudit, ...restored } = dumpDatabase(db);
    const { audit_log: backupAudit, ...expected } = atBackup;
    expect(restored).toEqual(expected);
    expect(restoredAudit?.startsWith((backupAudit ?? '').slice(0, -1))).toBe(true);
    expect(db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toMatch(
      /^从备份恢复数据（命令行）/,
    );
    expect(verifyAuditChain(db).ok).toBe(true);
    db.close();
  });

  it('refuses a damaged backup with one Chinese line and changes nothing', async () => {
    const { folder, out } = await backedUp();
    const db = new Database(out);
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary = '伪造' WHERE id = 1");
    db.close();
    const before = folderFingerprint(folder.dataDir);
    expectOneChineseLine(
      await runCommand(restoreCommand, '--in', out, '--data-dir', folder.dataDir),
      1,
      /审计记录链：第 1 条.*未做任何改动/,
    );
    expect(folderFingerprint(folder.dataDir)).toEqual(before);
  });

  it('refuses a file that is not a backup', async () => {
    const { folder } = await backedUp();
    const text = join(folder.dataDir, 'readme.txt');
    writeFileSync(text, 'hello');
    expectOneChineseLine(
      await runCommand(restoreCommand, '--in', text, '--data-dir', folder.dataDir),
      1,
      /不是法审工作台的备份文件/,
    );
  });

  it.each([
    [[], /用法：npx fashen restore --in/],
    [['--in', 'x', 'extra'], /多余的参数/],
  ])('%j → usage, exit 2', async (args, mention) => {
    expectOneChineseLine(await runCommand(restoreCommand, ...args), 2, mention);
  });

  describe('an office whose people sign in (issue #14)', () => {
    const SECRET = 'head-secret-1';

    function lastAudit(databasePath: string): { actor: string; action: string; summary: string } {
      const db = openDatabase(databasePath);
      try {
        return db.prepare('SELECT actor, action, summary FROM audit_log ORDER BY id DESC LIMIT 1').get() as never;
      } finally {
        db.close();
      }
    }

    it('asks for an administrator: without --as and no terminal it says how, and changes nothing', async () => {
      const { folder, out } = await backedUp({ adminSecret: SECRET });
      const before = folderFingerprint(folder.dataDir);
      expectOneChineseLine(
        await runCommand(restoreCommand, '--in', out, '--data-dir', folder.dataDir),
        1,
        /须由管理员确认：请加上 --as <管理员姓名>.*张志强/,
      );
      expect(folderFingerprint(folder.dataDir)).toEqual(before);
    });

    it('takes --as with the secret on standard input, and the audit log names the administrator', async () => {
      const { folder, out } = await backedUp({ adminSecret: SECRET });
      const result = await runCommandWith(
        restoreCommand,
        { stdin: `${SECRET}\n` },
        '--in',
        out,
        '--as',
        '张志强',
        '--data-dir',
        folder.dataDir,
      );
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(lastAudit(folder.databasePath)).toMatchObject({ actor: '张志强', action: 'data.restore' });
    });

    it('refuses a wrong secret or a non-administrator, restores nothing, and logs the attempt without the secret', async () => {
      const { folder, out } = await backedUp({ adminSecret: SECRET });
      const orgsAfterBackup = () => {
        const db = openDatabase(folder.databasePath);
        try {
          return db.prepare("SELECT COUNT(*) FROM organizations WHERE name = '备份之后的单位'").pluck().get();
        } finally {
          db.close();
        }
      };
      expectOneChineseLine(
        await runCommandWith(
          restoreCommand,
          { stdin: 'not-the-secret' },
          '--in',
          out,
          '--as',
          '张志强',
          '--data-dir',
          folder.dataDir,
        ),
        1,
        /密码不正确/,
      );
      const refused = lastAudit(folder.databasePath);
      expect(refused).toMatchObject({ actor: '张志强', action: 'session.refused' });
      expect(JSON.stringify(refused)).not.toContain('not-the-secret');
      expectOneChineseLine(
        await runCommandWith(
          restoreCommand,
          { stdin: SECRET },
          '--in',
          out,
          '--as',
          '王建国𠀀',
          '--data-dir',
          folder.dataDir,
        ),
        1,
        /不是可登录的管理员/,
      );
      // The organisation added after the backup is still there: nothing was restored.
      expect(orgsAfterBackup()).toBe(1);
    });

    it('asks for the name and, unseen, the secret at a terminal', async () => {
      const { folder, out } = await backedUp({ adminSecret: SECRET });
      const asked: Array<{ question: string; hidden: boolean }> = [];
      const result = await runCommandWith(
        restoreCommand,
        { answers: ['张志强', SECRET], asked },
        '--in',
        out,
        '--data-dir',
        folder.dataDir,
      );
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(asked).toEqual([
        { question: '管理员姓名（张志强）：', hidden: false },
        { question: '密码：', hidden: true },
      ]);
      expect(lastAudit(folder.databasePath)).toMatchObject({ actor: '张志强', action: 'data.restore' });
    });
  });
});
