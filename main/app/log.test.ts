import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, describeError, logFilePath } from './log';

function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-log-'));
}

describe('main-process log', () => {
  it('appends timestamped lines to <dataDir>/logs/main.log, with the stack of an error', () => {
    const dataDir = tempDataDir();
    const logger = createLogger(dataDir, () => new Date('2025-06-01T02:03:04.000Z'));
    logger.log('info', 'starting');
    logger.log('error', 'failed', new Error('boom'));
    const text = readFileSync(logFilePath(dataDir), 'utf8');
    expect(logger.file).toBe(logFilePath(dataDir));
    expect(text).toContain('2025-06-01T02:03:04.000Z [info] starting\n');
    expect(text).toContain('[error] failed\nError: boom');
  });

  it('is capped: past the limit the log moves to main.log.1, replacing the older one', () => {
    const dataDir = tempDataDir();
    const limit = 1000;
    const logger = createLogger(dataDir, () => new Date(0), limit);
    const line = 'x'.repeat(100);
    for (let i = 0; i < 200; i++) logger.log('info', `${i} ${line}`);
    const current = logFilePath(dataDir);
    const previous = `${current}.1`;
    expect(existsSync(previous)).toBe(true);
    // Each file stays within the limit plus one line; 200 lines (~25 kB) never pile up.
    expect(statSync(current).size).toBeLessThan(limit + 200);
    expect(statSync(previous).size).toBeLessThan(limit + 200);
    expect(readFileSync(current, 'utf8')).toContain('199 ');
    expect(readFileSync(previous, 'utf8')).not.toContain(' 0 x');
  });

  it('describes whatever was thrown', () => {
    expect(describeError(new TypeError('bad'))).toContain('TypeError: bad');
    expect(describeError({ code: 1 })).toBe('{"code":1}');
    expect(describeError(undefined)).toBe('undefined');
  });
});
