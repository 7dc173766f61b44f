// Which backups to make at start-up and which to keep: plain functions over file names and
// dates, no clock and no disk, so every rule is tested directly.

export type BackupKind = 'daily' | 'weekly' | 'manual' | 'before-restore';

export interface BackupName {
  name: string;
  kind: BackupKind;
  /** Office-time date the backup was made, YYYY-MM-DD. */
  date: string;
}

export interface RetentionPolicy {
  daily: number;
  weekly: number;
}

export const DEFAULT_POLICY: RetentionPolicy = { daily: 7, weekly: 4 };

const NAME = /^(daily|weekly|manual|before-restore)-(\d{4}-\d{2}-\d{2})(-\d{6})?(-\d+)?\.db$/;
const OFFICE_OFFSET_MS = 8 * 3_600_000; // Asia/Shanghai has had no daylight saving since 1991.

/** "2025-06-02T10:30:15" in office time (Asia/Shanghai). */
function officeClock(now: Date): string {
  return new Date(now.getTime() + OFFICE_OFFSET_MS).toISOString().slice(0, 19);
}

/** "2025-06-02 10:30" in office time, for people. */
export function officeDateTime(instant: Date): string {
  return officeClock(instant).slice(0, 16).replace('T', ' ');
}

export function officeDate(now: Date): string {
  return officeClock(now).slice(0, 10);
}

/** daily-2025-06-02.db; manual and before-restore carry the time too: manual-2025-06-02-103015.db. */
export function backupFileName(kind: BackupKind, now: Date): string {
  const clock = officeClock(now);
  const date = clock.slice(0, 10);
  if (kind === 'daily' || kind === 'weekly') return `${kind}-${date}.db`;
  return `${kind}-${date}-${clock.slice(11).replace(/:/g, '')}.db`;
}

/** A backup the user saves somewhere of their choosing: 法审工作台备份-2025-06-02-1030.db. */
export function manualBackupName(now: Date): string {
  const clock = officeClock(now);
  return `法审工作台备份-${clock.slice(0, 10)}-${clock.slice(11, 16).replace(':', '')}.db`;
}

export function parseBackupName(name: string): BackupName | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  return { name, kind: match[1] as BackupKind, date: match[2] ?? '' };
}

/** ISO 8601 week of a date, e.g. "2025-W23": weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const weekday = utc.getUTCDay() || 7;
  const thursday = new Date(utc.getTime() + (4 - weekday) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000);
  return `${weekYear}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** At start-up: a daily backup unless today has one; a weekly one unless this week has one. */
export function plannedBackups(existing: readonly BackupName[], today: string): { daily: boolean; weekly: boolean } {
  const week = isoWeek(today);
  return {
    daily: !existing.some((backup) => backup.kind === 'daily' && backup.date === today),
    weekly: !existing.some((backup) => backup.kind === 'weekly' && isoWeek(backup.date) === week),
  };
}

/**
 * The automatic backups to delete: beyond the newest `daily` daily and `weekly` weekly ones.
 * Manual and before-restore backups are the user's and never deleted. A backup dated after today
 * means the PC clock is (or was) wrong; it is kept and not counted, so a wrong clock can never
 * make us delete the backups that matter.
 */
export function backupsToDelete(
  existing: readonly BackupName[],
  today: string,
  policy: RetentionPolicy = DEFAULT_POLICY,
): string[] {
  const doomed: string[] = [];
  for (const kind of ['daily', 'weekly'] as const) {
    const keep = kind === 'daily' ? policy.daily : policy.weekly;
    const past = existing
      .filter((backup) => backup.kind === kind && backup.date <= today)
      .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    doomed.push(...past.slice(keep).map((backup) => backup.name));
  }
  return doomed;
}
