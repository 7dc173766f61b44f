import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from './backup';
import { readManifest, readMeta } from './backup-format';
import { dumpDatabase, emptyDataFolder, seededDataFolder, type DataFolder } from '../../cli/testing/backup';
import { schemaVersion } from '../../db/migrate';

let folder: DataFolder | undefined;
afterEach(() => folder?.ctx.db.close());

function openCopy(file: string) {
  return new Database(file, { readonly: true, fileMustExist: true });
}

describe('createBackup', () => {
  it('makes one self-contained, verified file with the data, its description and the data folder’s files', async () => {
    folder = await seededDataFolder();
    writeFileSync(join(folder.dataDir, 'templates-not-backed-up.txt'), 'x');
    const file = join(folder.dataDir, 'out', 'manual.db');
    const result = await createBackup(folder.ctx.db, {
      dataDir: folder.dataDir,
      file,
      kind: 'manual',
      now: new Date('2025-06-02T02:00:00Z'),
    });
    expect(result).toMatchObject({ file, dataProblem: undefined });
    expect(readdirSync(join(folder.dataDir, 'out'))).toEqual(['manual.db']);
    const copy = openCopy(file);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readMeta(copy)).toMatchObject({
      kind: 'manual',
      madeAt: '2025-06-02T02:00:00.000Z',
      schemaVersion: schemaVersion(folder.ctx.db),
    });
    const { fashen_backup: _meta, fashen_backup_files: _files, ...data } = dumpDatabase(copy);
    expect(data).toEqual(dumpDatabase(folder.ctx.db));
    const manifest = readManifest(copy);
    expect(manifest.map((entry) => entry.path)).toEqual([
      'documents/2025/000001-review-opinion.docx',
      'documents/2025/000001-review-opinion.pdf',
    ]);
    expect(manifest.every((entry) => entry.content !== null)).toBe(true);
    copy.close();
  });

  it('includes what was committed a moment ago and still sits in the WAL', async () => {
    folder = emptyDataFolder();
    await folder.call('orgs.create', { name: '刚写入的单位', kind: 'court' });
    expect(existsSync(`${folder.databasePath}-wal`)).toBe(true);
    const file = join(folder.dataDir, 'b.db');
    await createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() });
    const copy = openCopy(file);
    expect(copy.prepare('SELECT name FROM organizations').pluck().all()).toEqual(['刚写入的单位']);
    copy.close();
  });

  it('keeps file contents in the shared store beside automatic backups', async () => {
    folder = await seededDataFolder();
    const file = join(folder.dataDir, 'backups', 'daily-2025-06-02.db');
    const result = await createBackup(folder.ctx.db, {
      dataDir: folder.dataDir,
      file,
      kind: 'daily',
      now: new Date(),
      shareFiles: true,
    });
    const copy = openCopy(file);
    const manifest = readManifest(copy);
    copy.close();
    expect(manifest.every((entry) => entry.content === null)).toBe(true);
    const store = join(folder.dataDir, 'backups', 'files');
    expect(existsSync(store) ? readdirSync(store).sort() : []).toEqual(manifest.map((entry) => entry.sha256).sort());
    expect(result.files).toBe(manifest.length);
  });

  it('still backs up data whose audit chain was tampered with, and says so', async () => {
    folder = await seededDataFolder();
    folder.ctx.db.exec('DROP TRIGGER audit_log_no_update');
    folder.ctx.db.prepare("UPDATE audit_log SET summary = '改过' WHERE id = 1").run();
    const result = await createBackup(folder.ctx.db, {
      dataDir: folder.dataDir,
      file: join(folder.dataDir, 'x.db'),
      kind: 'manual',
      now: new Date(),
    });
    expect(result.dataProblem).toMatch(/审计记录链：第 1 条审计记录/);
    expect(existsSync(result.file)).toBe(true);
  });

  it('never overwrites an existing file, and refuses a second backup while one runs', async () => {
    folder = emptyDataFolder();
    const file = join(folder.dataDir, 'x.db');
    writeFileSync(file, 'mine');
    await expect(
      createBackup(folder.ctx.db, { dataDir: folder.dataDir, file, kind: 'manual', now: new Date() }),
    ).rejects.toMatchObject({ code: 'BACKUP_EXISTS' });
    const one = createBackup(folder.ctx.db, {
      dataDir: folder.dataDir,
      file: join(folder.dataDir, 'a.db'),
      kind: 'manual',
      now: new Date(),
    });
    await expect(
      createBackup(folder.ctx.db, {
        dataDir: folder.dataDir,
        file: join(folder.dataDir, 'b.db'),
        kind: 'manual',
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: 'DATA_BUSY' });
    await one;
    expect(existsSync(join(folder.dataDir, 'b.db'))).toBe(false);
  });
});
