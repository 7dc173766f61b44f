import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  backupFileName,
  backupsToDelete,
  isoWeek,
  manualBackupName,
  officeDateTime,
  parseBackupName,
  plannedBackups,
  type BackupName,
} from './retention';

function parsed(names: string[]): BackupName[] {
  return names.map((name) => {
    const backup = parseBackupName(name);
    if (!backup) throw new Error(name);
    return backup;
  });
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('backup names', () => {
  it('use the office date (Asia/Shanghai), and carry the time for manual backups', () => {
    // 2025-06-01 17:30 UTC is already 2 June in Shanghai.
    expect(backupFileName('daily', new Date('2025-06-01T17:30:00Z'))).toBe('daily-2025-06-02.db');
    expect(backupFileName('manual', new Date('2025-06-02T02:03:04Z'))).toBe('manual-2025-06-02-100304.db');
    expect(parseBackupName('before-restore-2025-06-02-100304.db')).toEqual({
      name: 'before-restore-2025-06-02-100304.db',
      kind: 'before-restore',
      date: '2025-06-02',
    });
    expect(parseBackupName('manual-2025-06-02-100304-2.db')?.kind).toBe('manual');
    expect(manualBackupName(new Date('2025-06-02T02:30:00Z'))).toBe('法审工作台备份-2025-06-02-1030.db');
    expect(officeDateTime(new Date('2025-06-01T16:05:00Z'))).toBe('2025-06-02 00:05');
    for (const other of ['fashen.db', 'daily-2025-6-2.db', 'daily-2025-06-02.db.fashen-tmp', '../daily-2025-06-02.db'])
      expect(parseBackupName(other)).toBeUndefined();
  });

  it.each([
    ['2025-06-02', '2025-W23'],
    ['2025-06-08', '2025-W23'],
    ['2025-06-09', '2025-W24'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-12-31', '2026-W53'],
  ])('ISO week of %s is %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe('start-up plan', () => {
  it('makes a daily backup once a day and a weekly one once a week', () => {
    expect(plannedBackups([], '2025-06-04')).toEqual({ daily: true, weekly: true });
    const existing = parsed(['daily-2025-06-04.db', 'weekly-2025-06-02.db']);
    expect(plannedBackups(existing, '2025-06-04')).toEqual({ daily: false, weekly: false });
    expect(plannedBackups(existing, '2025-06-05')).toEqual({ daily: true, weekly: false });
    expect(plannedBackups(existing, '2025-06-09')).toEqual({ daily: true, weekly: true });
  });
});

describe('retention', () => {
  it('keeps the newest 7 daily and 4 weekly, and never manual or before-restore backups', () => {
    const names = [
      ...Array.from({ length: 10 }, (_, i) => `daily-2025-06-${String(i + 1).padStart(2, '0')}.db`),
      ...['2025-05-05', '2025-05-12', '2025-05-19', '2025-05-26', '2025-06-02'].map((date) => `weekly-${date}.db`),
      'manual-2024-01-01-080000.db',
      'before-restore-2024-01-01-080000.db',
    ];
    expect(backupsToDelete(parsed(names), '2025-06-10').sort()).toEqual([
      'daily-2025-06-01.db',
      'daily-2025-06-02.db',
      'daily-2025-06-03.db',
      'weekly-2025-05-05.db',
    ]);
  });

  it('never deletes a backup dated after today (a wrong clock), nor counts it', () => {
    const names = ['daily-2030-01-01.db', ...Array.from({ length: 7 }, (_, i) => `daily-2025-06-0${i + 1}.db`)];
    expect(backupsToDelete(parsed(names), '2025-06-07')).toEqual([]);
  });

  function simulate(
    steps: number[],
    check: (state: { today: string; files: BackupName[]; started: string[]; doomed: Set<string> }) => void,
  ): void {
    let today = '2025-01-01';
    let files: BackupName[] = [];
    const started: string[] = [];
    for (const step of steps) {
      today = addDays(today, step);
      started.push(today);
      const plan = plannedBackups(files, today);
      files = [
        ...files,
        ...parsed([...(plan.daily ? [`daily-${today}.db`] : []), ...(plan.weekly ? [`weekly-${today}.db`] : [])]),
      ];
      const doomed = new Set(backupsToDelete(files, today));
      files = files.filter((file) => !doomed.has(file.name));
      check({ today, files, started, doomed });
    }
  }

  const dates = (files: BackupName[], kind: string) =>
    files
      .filter((file) => file.kind === kind)
      .map((file) => file.date)
      .sort()
      .reverse();

  // Years of an office PC that is on some days and off on others (0 = started twice that day).
  it('with a clock that only moves forward, keeps exactly the newest 7 start days and the first start of the newest 4 weeks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
            { weight: 1, arbitrary: fc.integer({ min: 4, max: 60 }) },
          ),
          { minLength: 1, maxLength: 150 },
        ),
        (steps) => {
          simulate(steps, ({ today, files, started }) => {
            const startDays = [...new Set(started)].sort().reverse();
            expect(dates(files, 'daily')).toEqual(startDays.slice(0, 7));
            const firstOfWeek = new Map<string, string>();
            for (const day of [...startDays].reverse())
              if (!firstOfWeek.has(isoWeek(day))) firstOfWeek.set(isoWeek(day), day);
            expect(dates(files, 'weekly')).toEqual([...firstOfWeek.values()].sort().reverse().slice(0, 4));
            expect(dates(files, 'daily')[0]).toBe(today);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with a clock that jumps back now and then, today is still backed up and nothing dated later is deleted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 150 }), (steps) => {
        simulate(steps, ({ today, files, doomed }) => {
          for (const name of doomed) expect((parseBackupName(name)?.date ?? '9999') <= today).toBe(true);
          const past = files.filter((file) => file.date <= today);
          expect(dates(past, 'daily')).toContain(today);
          expect(dates(past, 'daily').length).toBeLessThanOrEqual(7);
          expect(dates(past, 'weekly').length).toBeLessThanOrEqual(4);
          const weeks = dates(files, 'weekly').map(isoWeek);
          expect(weeks).toContain(isoWeek(today));
          expect(new Set(weeks).size).toBe(weeks.length);
        });
      }),
      { numRuns: 300 },
    );
  });
});
