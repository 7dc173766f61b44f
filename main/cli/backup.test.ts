import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupCommand } from './backup';
import { expectOneChineseLine, runCommand, seededDataFolder } from './testing/backup';
import { readMeta } from '../core/data/backup-format';

describe('npx fashen backup', () => {
  it('writes a verified backup to the given file and records who made it', async () => {
    const folder = await seededDataFolder();
    const out = join(mkdtempSync(join(tmpdir(), 'fashen-usb-')), '备份.db');
    const result = await runCommand(backupCommand, '--out', out, '--data-dir', folder.dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^已备份到：.*备份\.db\n大小 [\d.]+ MB，含 \d+ 个文书等文件、\d+ 条审计记录，已校验。\n$/,
    );
    const copy = new Database(out, { readonly: true });
    expect(readMeta(copy)?.kind).toBe('manual');
    copy.close();
    expect(folder.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'data.backup'").pluck().get()).toBe(
      `备份数据到 ${out}（命令行）`,
    );
    folder.ctx.db.close();
  });

  it('given a folder (a USB stick), names the file itself and never overwrites', async () => {
    const folder = await seededDataFolder();
    const stick = mkdtempSync(join(tmpdir(), 'fashen-usb-'));
    expect((await runCommand(backupCommand, '--out', stick, '--data-dir', folder.dataDir)).code).toBe(0);
    expect((await runCommand(backupCommand, '--out', stick, '--data-dir', folder.dataDir)).code).toBe(0);
    expect(readdirSync(stick)).toHaveLength(2);
    expect(readdirSync(stick).every((name) => name.startsWith('法审工作台备份-'))).toBe(true);
    folder.ctx.db.close();
  });

  it.each([
    [[], 2, /用法：npx fashen backup --out/],
    [['--out'], 2, /缺少取值|用法/],
    [['--out', 'x.db', '--bogus'], 2, /不认识的选项/],
    [['--out', 'x.db', '--data-dir', '/nonexistent/fashen'], 1, /还没有数据库/],
  ])('%j → exit %i with one Chinese line', async (args, code, mention) => {
    expectOneChineseLine(await runCommand(backupCommand, ...args), code, mention);
  });

  it('refuses to overwrite an existing file', async () => {
    const folder = await seededDataFolder();
    const out = join(folder.dataDir, 'mine.db');
    writeFileSync(out, 'mine');
    expectOneChineseLine(
      await runCommand(backupCommand, '--out', out, '--data-dir', folder.dataDir),
      1,
      /已存在，不会覆盖/,
    );
    folder.ctx.db.close();
  });
});
