// A tiny append-only log for the main process, <dataDir>/logs/main.log. Synchronous on purpose:
// it is written rarely (start, stop, errors) and must not lose the line that explains a crash.

import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_FILE = 'main.log';
/**
 * Past this size the log is moved to main.log.1 (one generation kept, the older one replaced),
 * so the logs never take more than twice this on disk however long the app runs.
 */
export const ROTATE_BYTES = 2 * 1024 * 1024;

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly file: string;
  log(level: LogLevel, message: string, error?: unknown): void;
}

export function logsDir(dataDir: string): string {
  return join(dataDir, 'logs');
}

export function logFilePath(dataDir: string): string {
  return join(logsDir(dataDir), LOG_FILE);
}

/** Formats an error with its stack; anything else thrown is stringified. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export function createLogger(dataDir: string, now: () => Date = () => new Date(), rotateBytes = ROTATE_BYTES): Logger {
  const file = logFilePath(dataDir);
  let prepared = false;
  return {
    file,
    log(level, message, error) {
      const line = `${now().toISOString()} [${level}] ${message}${error === undefined ? '' : `\n${describeError(error)}`}\n`;
      try {
        if (!prepared) {
          mkdirSync(logsDir(dataDir), { recursive: true });
          prepared = true;
        }
        rotateIfLarge(file, rotateBytes);
        appendFileSync(file, line, 'utf8');
      } catch {
        // Logging must never become the second failure; stderr is the last resort.
        process.stderr.write(line);
      }
    },
  };
}

function rotateIfLarge(file: string, rotateBytes: number): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  // renameSync replaces an existing main.log.1 on every platform Node supports.
  if (size >= rotateBytes) renameSync(file, `${file}.1`);
}
