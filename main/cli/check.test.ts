import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkCommand } from './check';
import { expectOneChineseLine, runCommand, seededDataFolder } from './testing/backup';

describe('npx fashen check', () => {
  it('lists every check and passes on untouched data', async () => {
    const folder = await seededDataFolder();
    const result = await runCommand(checkCommand, '--data-dir', folder.dataDir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /✓ 数据库文件：结构完好\n✓ 数据关联：.*\n✓ 审计记录链：\d+ 条记录，首尾相连，未被改动\n✓ 审计记录（与备份对照）：.*\n✓ 审计记录（与锚点文件对照）：.*\n✓ 记录与审计链对照：.*\n✓ 已出具文书：.*\n全部检查通过。/,
    );
    folder.ctx.db.close();
  });

  it('finds an audit row edited behind the app’s back and names it', async () => {
    const folder = await seededDataFolder();
    folder.ctx.db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET summary = '从未发生' WHERE id = 1");
    expectOneChineseLine(
      await runCommand(checkCommand, '--data-dir', folder.dataDir),
      1,
      /^发现问题：审计记录链：第 1 条审计记录有误/,
    );
    folder.ctx.db.close();
  });

  it('finds an issued document whose file is gone', async () => {
    const folder = await seededDataFolder();
    rmSync(join(folder.dataDir, 'documents/2025/000001-review-opinion.docx'));
    expectOneChineseLine(
      await runCommand(checkCommand, '--data-dir', folder.dataDir),
      1,
      /^发现问题：已出具文书：.*DOCX 文件不见了/,
    );
    folder.ctx.db.close();
  });

  it('reads only: the database file is unchanged by a check', async () => {
    const folder = await seededDataFolder();
    const before = folder.ctx.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    await runCommand(checkCommand, '--data-dir', folder.dataDir);
    expect(folder.ctx.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(before);
    folder.ctx.db.close();
  });

  it.each([
    [['--data-dir', '/nonexistent/fashen'], 1, /还没有数据库/],
    [['--fast'], 2, /不认识的选项/],
  ])('%j → exit %i', async (args, code, mention) => {
    expectOneChineseLine(await runCommand(checkCommand, ...args), code, mention);
  });
});
