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
