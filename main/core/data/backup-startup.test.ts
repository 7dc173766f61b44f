import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_SUFFIX } from '../files/atomic';
import { readManifest } from './backup-format';
import { backupsDir, listBackups, readStartupStatus, runStartupBackup } from './backup-startup';
import { issueTestDocument, seededDataFolder, type DataFolder } from '../../cli/testing/backup';

let folder: DataFolder | undefined;
afterEach(() => folder?.ctx.db.close());

function names(dataDir: string): string[] {
  return listBackups(backupsDir(dataDir))
    .map((backup) => backup.name)
    .sort();
}

function day(n: number): Date {
  // 10:00 in Shanghai on 2025-06-(n).
  return new Date(Date.UTC(2025, 5, n, 2));
}

describe('runStartupBackup', () => {
  it('makes a daily and a weekly backup on the first start, and nothing more that day', async () => {
    folder = await seededDataFolder();
    const first = await runStartupBackup({ dataDir: folder.dataDir, databasePath: folder.databasePath, now: day(4) });
    expect(first.problem).toBeUndefined();
    expect(names(folder.dataDir)).toEqual(['daily-2025-06-04.db', 'weekly-2025-06-04.db']);
    const again = await runStartupBackup({ dataDir: folder.dataDir, databasePath: folder.databasePath, now: day(4) });
    expect(again).toMatchObject({ made: [], deleted: [] });
    expect(readStartupStatus(folder.dataDir)).toEqual(again);
  });

  it('over weeks of starts keeps 7 daily and 4 weekly, and only the shared files they need', async () => {
    folder = await seededDataFolder();
    for (let n = 1; n <= 30; n++) {
      if (n % 5 === 0) issueTestDocument(folder.ctx, 100 + n);
      const result = await runStartupBackup({
        dataDir: folder.dataDir,
        databasePath: folder.databasePath,
        now: day(n),
        db: folder.ctx.db,
      });
      expect(result.problem).toBeUndefined();
    }
    const kept = names(folder.dataDir);
    expect(kept.filter((name) => name.startsWith('daily'))).toEqual(
      ['24', '25', '26', '27', '28', '29', '30'].map((d) => `daily-2025-06-${d}.db`),
    );
    expect(kept.filter((name) => name.startsWith('weekly'))).toEqual([
      'weekly-2025-06-09.db',
      'weekly-2025-06-16.db',
      'weekly-2025-06-23.db',
      'weekly-2025-06-30.db',
    ]);
    const referenced = new Set<string>();
    for (const backup of listBackups(backupsDir(folder.dataDir))) {
      const db = new Database(backup.file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const entry of readManifest(db)) referenced.add(entry.sha256);
      db.close();
    }
    const store = join(backupsDir(folder.dataDir), 'files');
    expect(existsSync(store) ? readdirSync(store).sort() : []).toEqual([...referenced].sort());
    // 30 days of backups, each verified in a worker thread that first loads tsx (~0.25 s from source).
  });

  it('removes what a crashed backup left behind', async () => {
    folder = await seededDataFolder();
    mkdirSync(backupsDir(folder.dataDir), { recursive: true });
    const leftover = join(backupsDir(folder.dataDir), `.daily-2025-06-04.db.ab12cd34${TEMP_SUFFIX}`);
    writeFileSync(leftover, 'half');
    writeFileSync(`${leftover}-journal`, 'half');
    await runStartupBackup({ dataDir: folder.dataDir, databasePath: folder.databasePath, now: day(4) });
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(`${leftover}-journal`)).toBe(false);
  });

  it('never throws: a failure is reported and start-up goes on', async () => {
    folder = await seededDataFolder();
    writeFileSync(backupsDir(folder.dataDir), 'a file where the folder should be');
    const result = await runStartupBackup({ dataDir: folder.dataDir, databasePath: folder.databasePath, now: day(4) });
    expect(result.problem).toMatch(/^自动备份未完成：/);
    expect(result.made).toEqual([]);
  });

  it('does nothing before there is a database', async () => {
    folder = await seededDataFolder();
    const result = await runStartupBackup({
      dataDir: folder.dataDir,
      databasePath: join(folder.dataDir, 'none.db'),
      now: day(4),
    });
    expect(result).toMatchObject({ made: [], problem: undefined });
  });
});
