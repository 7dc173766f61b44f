import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createBackup } from './backup';
import { compareWithNow, readBackupContents } from './backup-summary';
import { emptyDataFolder, seededDataFolder, type DataFolder } from '../../cli/testing/backup';

let folder: DataFolder | undefined;
afterEach(() => folder?.ctx.db.close());

const NOW = new Date('2025-06-02T02:00:00Z');

async function backUp(f: DataFolder, name: string, kind: 'manual' | 'daily', madeBy?: string) {
  const file = join(f.dataDir, 'out', name);
  await createBackup(f.ctx.db, { dataDir: f.dataDir, file, kind, now: NOW, ...(madeBy ? { madeBy } : {}) });
  return file;
}

describe('what a backup holds', () => {
  it('is recorded in the backup’s own description when it is made: counts, who, when, which version', async () => {
    folder = await seededDataFolder();
    await folder.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });
    const manual = await backUp(folder, 'manual.db', 'manual', '王建国');
    expect(readBackupContents(manual)).toMatchObject({
      officeName: '青山镇人民政府',
      cases: 1,
      papers: 1,
      staff: 1,
      madeAt: NOW.toISOString(),
      madeBy: '王建国',
      schemaVersion: expect.any(Number) as number,
      empty: false,
      recorded: true,
    });
    expect(readBackupContents(manual)?.appVersion).toMatch(/\d+\.\d+/);
    const daily = await backUp(folder, 'daily.db', 'daily');
    expect(readBackupContents(daily)).toMatchObject({ madeBy: '自动', recorded: true });

    // The description is what the list reads: a count recorded at backup time, not recounted.
    const db = new Database(manual);
    db.prepare("UPDATE fashen_backup SET contents_json = json_set(contents_json, '$.cases', 7)").run();
    expect(readBackupContents(manual)?.cases).toBe(7);
    // An older backup, made before the description held its contents, is read by counting its tables.
    db.prepare('UPDATE fashen_backup SET contents_json = NULL').run();
    db.close();
    expect(readBackupContents(manual)).toMatchObject({ cases: 1, papers: 1, staff: 1, madeBy: null, recorded: false });
  });

  it('says a backup made before setup is of an empty office, and a file that is no database is unreadable', async () => {
    folder = emptyDataFolder();
    const empty = await backUp(folder, 'empty.db', 'daily');
    expect(readBackupContents(empty)).toMatchObject({ officeName: null, cases: 0, papers: 0, empty: true });
    expect(readBackupContents(join(folder.dataDir, 'nothing-here.db'))).toBeUndefined();
  });

  it('compares a backup with the data now by case number: what a restore would lose', async () => {
    folder = await seededDataFolder();
    const file = await backUp(folder, 'before.db', 'manual', '王建国');
    const staff = (await folder.call('staff.list', {})) as Array<{ id: number }>;
    for (const n of [13, 14])
      await folder.call('cases.create', {
        caseNumber: `某综执罚〔2025〕${n}号`,
        cause: '违法占道经营',
        party: { type: 'citizen', name: '张某', idCode: '11010519491231002X' },
        facts: '当事人占用人行道摆摊经营。',
        foundOn: '2025-05-20',
        penaltyKinds: ['fine'],
        fineFen: 100_000,
        discretion: 'standard',
        handlerIds: [staff[0]?.id ?? 0],
      });
    const comparison = compareWithNow(folder.ctx.db, file);
    expect(comparison).toMatchObject({
      now: { cases: 3, papers: 1 },
      backup: { cases: 1, papers: 1, madeBy: '王建国' },
      lostCases: ['某综执罚〔2025〕13号', '某综执罚〔2025〕14号'],
      lostPapers: 0,
      regainedCases: 0,
      otherOffice: false,
    });
    expect(() => compareWithNow(folder!.ctx.db, join(folder!.dataDir, 'missing.db'))).toThrow(/无法读取备份文件/);
  });
});
