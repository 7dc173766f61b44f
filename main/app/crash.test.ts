import { describe, it, expect, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CRASH_TITLE, createCrashReporter, installCrashHandlers } from './crash';
import { createLogger, logFilePath } from './log';

function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-crash-'));
}

describe('crash reporting', () => {
  it('appends the error to <dataDir>/logs/main.log and shows a Chinese dialog', () => {
    const dataDir = tempDataDir();
    const showErrorBox = vi.fn();
    const report = createCrashReporter({ logger: createLogger(dataDir), showErrorBox });
    report('uncaughtException', new Error('first'));
    report('unhandledRejection', new Error('second'));

    const log = readFileSync(logFilePath(dataDir), 'utf8');
    expect(logFilePath(dataDir)).toBe(join(dataDir, 'logs', 'main.log'));
    expect(log).toMatch(/\[error\] uncaughtException\nError: first/);
    expect(log).toMatch(/\[error\] unhandledRejection\nError: second/);
    expect(log.indexOf('first')).toBeLessThan(log.indexOf('second'));

    expect(showErrorBox).toHaveBeenCalledTimes(2);
    const [title, content] = showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe(CRASH_TITLE);
    expect(content).toContain('已经保存的工作不会丢失');
    expect(content).toContain('first');
    expect(content).toContain(logFilePath(dataDir));
  });

  it('stops showing dialogs after a few, but keeps logging', () => {
    const dataDir = tempDataDir();
    const showErrorBox = vi.fn();
    const report = createCrashReporter({ logger: createLogger(dataDir), showErrorBox, maxDialogs: 2 });
    for (let i = 0; i < 5; i++) report('uncaughtException', new Error(`e${i}`));
    expect(showErrorBox).toHaveBeenCalledTimes(2);
    expect(readFileSync(logFilePath(dataDir), 'utf8')).toContain('e4');
  });

  it('survives a dialog that throws', () => {
    const dataDir = tempDataDir();
    const report = createCrashReporter({
      logger: createLogger(dataDir),
      showErrorBox: () => {
        throw new Error('no display');
      },
    });
    expect(() => report('uncaughtException', 'a string was thrown')).not.toThrow();
    expect(readFileSync(logFilePath(dataDir), 'utf8')).toContain('no display');
  });

  it('listens to uncaughtException and unhandledRejection on the process', () => {
    const target = new EventEmitter();
    const report = vi.fn();
    installCrashHandlers(target as unknown as NodeJS.Process, report);
    const error = new Error('x');
    target.emit('uncaughtException', error);
    target.emit('unhandledRejection', 'why');
    expect(report.mock.calls).toEqual([
      ['uncaughtException', error],
      ['unhandledRejection', 'why'],
    ]);
  });
});
