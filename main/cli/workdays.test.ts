import { describe, it, expect } from 'vitest';
import type { CliIo } from './types';
import { workdaysCommand } from './workdays';

async function runCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readStdin: () => Promise.resolve(''),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = await workdaysCommand(args, io);
  return { code, stdout, stderr };
}

describe('workdays add', () => {
  it('prints the deadline date across National Day 2025', async () => {
    expect(await runCommand('add', '2025-09-26', '5')).toEqual({ code: 0, stdout: '2025-10-10\n', stderr: '' });
  });

  it('prints the date itself for N = 0', async () => {
    expect((await runCommand('add', '2025-10-01', '0')).stdout).toBe('2025-10-01\n');
  });

  it.each([
    [['add', '2027-03-01', '5'], '2027'],
    [['add', '2026-12-28', '4'], '2027'],
    [['add', '2025-02-30', '5'], '2025-02-30'],
    [['add', '2025/1/1', '5'], '2025/1/1'],
    [['add', '2025-09-26', '-1'], '-1'],
    [['add', '2025-09-26', '1.5'], '1.5'],
    [['add', '2025-09-26', ''], '工作日天数'],
    [['add', '2025-09-26'], '用法'],
    [['add', '2025-09-26', '5', 'extra'], '用法'],
    [[], '用法'],
    [['subtract', '2025-09-26', '5'], '用法'],
  ])('%j → exit 2, one Chinese line on stderr mentioning %j, nothing on stdout', async (args, mention) => {
    const result = await runCommand(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(mention);
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd()).not.toContain('\n');
    expect(result.stderr).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('workdays is', () => {
  it('tells a make-up Sunday from a holiday', async () => {
    expect((await runCommand('is', '2025-09-28')).stdout).toBe('工作日\n');
    expect((await runCommand('is', '2025-10-06')).stdout).toBe('休息日\n');
  });

  it('refuses an unknown year', async () => {
    const result = await runCommand('is', '2023-05-04');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('2023');
  });
});

describe('workdays on a data folder’s calendar (--data-dir)', () => {
  it('uses the years the office loaded, and says where to load a missing one', async () => {
    const { emptyDataFolder } = await import('./testing/backup');
    const folder = emptyDataFolder();
    const text = JSON.stringify({
      year: 2027,
      source: '国办发明电〔2026〕X号',
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      makeupWorkdays: [],
    });
    folder.ctx.db
      .prepare(
        "INSERT INTO calendar_office_years (year, source, source_text, arrangement_json, replaces_built_in, loaded_at, loaded_by) VALUES (2027, 'x', ?, ?, 0, '2026-11-01T00:00:00Z', '测试')",
      )
      .run(text, text);
    folder.ctx.db.close();
    expect(await runCommand('add', '2026-12-31', '1', '--data-dir', folder.dataDir)).toEqual({
      code: 0,
      stdout: '2027-01-04\n',
      stderr: '',
    });
    const builtIn = await runCommand('add', '2026-12-31', '1');
    expect(builtIn.code).toBe(2);
    expect(builtIn.stderr).toContain('请加 --data-dir');
    const missing = await runCommand('add', '2027-12-30', '5', '--data-dir', folder.dataDir);
    expect(missing.stderr).toBe(
      '该数据文件夹的日历中没有 2028 年的节假日安排，无法计算工作日；请先在“设置”中载入 2028 年的节假日安排。\n',
    );
    expect((await runCommand('is', '2027-01-02', '--data-dir', '/nonexistent/fashen')).code).toBe(1);
    expect((await runCommand('is', '2027-01-02', '--fast')).stderr).toContain('不认识的选项');
  });
});
