// What a backup holds, so that choosing one to restore has a basis: the office it belongs to, how
// many cases, papers in force and staff, when it was made and by whom (or 自动), and by which version.
// Recorded in the backup's own description (fashen_backup.contents_json) when it is made; a backup
// made before that was recorded is read by counting its tables. A backup of an office not yet set up
// (made before setup) says so. compareWithNow says what a restore would lose.

import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import type { BackupKind } from './retention';
import type { BackupContents, DataCounts, RestoreComparison } from '../../../shared/contract/data';

/** What is written into a backup's description when it is made. */
export interface RecordedContents extends DataCounts {
  /** The person at the keyboard for a backup made in the app, 自动 for an automatic one. */
  madeBy: string;
}

function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function count(db: Db, table: string, where = ''): number {
  if (!tableExists(db, table)) return 0;
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
}

/** The counts of a database: the live one, a copy being made into a backup, or an old backup. */
export function countData(db: Db): DataCounts {
  const office = tableExists(db, 'office')
    ? (db.prepare('SELECT name FROM office WHERE id = 1').get() as { name: string } | undefined)
    : undefined;
  return {
    officeName: office?.name ? office.name : null,
    cases: count(db, 'cases'),
    papers: count(db, 'issued_documents', "WHERE status = 'issued'"),
    staff: count(db, 'staff', 'WHERE active = 1'),
  };
}

/** Who made a backup, as its description records it. */
export function madeByFor(kind: BackupKind, operator: string | undefined): string {
  if (kind === 'daily' || kind === 'weekly') return '自动';
  if (kind === 'before-restore') return '恢复前自动另存';
  return operator ?? '（未记录）';
}

export function parseContents(json: string): RecordedContents | undefined {
  try {
    const value = JSON.parse(json) as Partial<RecordedContents>;
    if (typeof value.cases !== 'number' || typeof value.papers !== 'number' || typeof value.staff !== 'number')
      return undefined;
    return {
      officeName: typeof value.officeName === 'string' ? value.officeName : null,
      cases: value.cases,
      papers: value.papers,
      staff: value.staff,
      madeBy: typeof value.madeBy === 'string' ? value.madeBy : '（未记录）',
    };
  } catch {
    return undefined;
  }
}

/** An office with nothing in it yet: no name saved, no case, no paper. */
export function isEmptyOffice(counts: DataCounts): boolean {
  return counts.officeName === null && counts.cases === 0 && counts.papers === 0;
}

interface MetaRow {
  made_at: string;
  app_version: string;
  schema_version: number;
  contents_json?: string | null;
}

/**
 * Reads a backup file (read-only) for the list: its recorded description, or for an older one its
 * counted tables. A file that cannot be read as a database gives undefined (the list says so; a
 * restore checks it fully anyway).
 */
export function readBackupContents(file: string): BackupContents | undefined {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const meta = tableExists(db, 'fashen_backup')
      ? (db.prepare('SELECT * FROM fashen_backup WHERE id = 1').get() as MetaRow | undefined)
      : undefined;
    const recorded = meta?.contents_json ? parseContents(meta.contents_json) : undefined;
    const counts = recorded ?? countData(db);
    return {
      officeName: counts.officeName,
      cases: counts.cases,
      papers: counts.papers,
      staff: counts.staff,
      madeAt: meta?.made_at ?? null,
      madeBy: recorded?.madeBy ?? null,
      appVersion: meta?.app_version ?? null,
      schemaVersion: meta?.schema_version ?? null,
      empty: isEmptyOffice(counts),
      recorded: recorded !== undefined,
    };
  } catch {
    return undefined;
  } finally {
    db?.close();
  }
}

function caseNumbers(db: Db): string[] {
  if (!tableExists(db, 'cases')) return [];
  return db.prepare('SELECT case_number FROM cases ORDER BY id').pluck().all() as string[];
}

function paperKeys(db: Db): string[] {
  if (!tableExists(db, 'issued_documents')) return [];
  return db
    .prepare(
      "SELECT COALESCE(doc_number, template_id || '#' || id) FROM issued_documents WHERE status = 'issued' ORDER BY id",
    )
    .pluck()
    .all() as string[];
}

/**
 * What restoring `backupFile` would lose compared with the live data. Reads the backup read-only; a
 * file that is not a database is refused in Chinese (the restore itself checks it fully).
 */
export function compareWithNow(live: Db, backupFile: string): RestoreComparison {
  const contents = readBackupContents(backupFile);
  if (!contents)
    throw new AppError(
      'BACKUP_UNREADABLE',
      `无法读取备份文件“${backupFile}”：它不是法审工作台的备份或已损坏，未做任何改动。`,
    );
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const now = countData(live);
    const then = contents;
    const backupCases = new Set(caseNumbers(backup));
    const liveCases = caseNumbers(live);
    const liveSet = new Set(liveCases);
    const backupPapers = new Set(paperKeys(backup));
    return {
      file: backupFile,
      now,
      backup: then,
      lostCases: liveCases.filter((number) => !backupCases.has(number)),
      lostPapers: paperKeys(live).filter((key) => !backupPapers.has(key)).length,
      regainedCases: [...backupCases].filter((number) => !liveSet.has(number)).length,
      otherOffice: now.officeName !== null && then.officeName !== null && now.officeName !== then.officeName,
    };
  } finally {
    backup.close();
  }
}
