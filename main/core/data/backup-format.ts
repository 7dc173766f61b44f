// What a backup file is: a SQLite database, the online-backup copy of fashen.db, plus two tables
// of our own. fashen_backup says when and by which version it was made; fashen_backup_files holds
// the data folder's files (issued documents, the office's templates) with their SHA-256. A file's
// content is either inside the backup (portable: one file to carry on a USB stick) or, for the
// automatic backups, in a shared store next to it, files/<sha256>, so seven daily copies of years
// of PDFs cost the disk once.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from '../../db/open';
import type { BackupKind } from './retention';
import { sha256 } from '../files/atomic';

export const BACKUP_FORMAT = 1;

/** Inside the data folder: the automatic backups, the kept-aside copies and their shared store. */
export const BACKUPS_DIR = 'backups';

/** Folders of the data folder that a backup carries and a restore puts back. */
export const BACKED_UP_FOLDERS = ['documents', 'templates'] as const;

export const META_TABLE = 'fashen_backup';
export const FILES_TABLE = 'fashen_backup_files';

export interface BackupMeta {
  format: number;
  kind: BackupKind;
  madeAt: string;
  appVersion: string;
  schemaVersion: number;
  auditRows: number;
  /** Hash of the newest audit entry when the backup was made (GENESIS if none). */
  auditHead: string;
}

export interface ManifestEntry {
  path: string;
  sha256: string;
  size: number;
  /** null: the content lives in the shared store beside the backup. */
  content: Buffer | null;
}

export function createManifestTables(db: Db): void {
  db.exec(`
    CREATE TABLE ${META_TABLE} (
      id INTEGER PRIMARY KEY CHECK (id = 1), format INTEGER NOT NULL, kind TEXT NOT NULL, made_at TEXT NOT NULL,
      app_version TEXT NOT NULL, schema_version INTEGER NOT NULL, audit_rows INTEGER NOT NULL, audit_head TEXT NOT NULL) STRICT;
    CREATE TABLE ${FILES_TABLE} (
      path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL, content BLOB) STRICT;`);
}

export function writeMeta(db: Db, meta: BackupMeta): void {
  db.prepare(`INSERT INTO ${META_TABLE} VALUES (1, ?, ?, ?, ?, ?, ?, ?)`).run(
    meta.format,
    meta.kind,
    meta.madeAt,
    meta.appVersion,
    meta.schemaVersion,
    meta.auditRows,
    meta.auditHead,
  );
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** The backup's own description; undefined for a plain database (e.g. a copied fashen.db). */
export function readMeta(db: Db): BackupMeta | undefined {
  if (!hasTable(db, META_TABLE)) return undefined;
  const row = db.prepare(`SELECT * FROM ${META_TABLE} WHERE id = 1`).get() as
    | {
        format: number;
        kind: BackupKind;
        made_at: string;
        app_version: string;
        schema_version: number;
        audit_rows: number;
        audit_head: string;
      }
    | undefined;
  if (!row) return undefined;
  return {
    format: row.format,
    kind: row.kind,
    madeAt: row.made_at,
    appVersion: row.app_version,
    schemaVersion: row.schema_version,
    auditRows: row.audit_rows,
    auditHead: row.audit_head,
  };
}

export function readManifest(db: Db): ManifestEntry[] {
  if (!hasTable(db, FILES_TABLE)) return [];
  return db.prepare(`SELECT path, sha256, size, content FROM ${FILES_TABLE} ORDER BY path`).all() as ManifestEntry[];
}

/** The hashes of the files a backup keeps in the shared store beside it (contents not read). */
export function sharedFileHashes(db: Db): string[] {
  if (!hasTable(db, FILES_TABLE)) return [];
  return db.prepare(`SELECT sha256 FROM ${FILES_TABLE} WHERE content IS NULL`).pluck().all() as string[];
}

/** Where the automatic backups in a folder keep the files they share. */
export function blobStoreFor(backupFile: string): string {
  return join(dirname(backupFile), 'files');
}

/** A manifest entry's bytes as stored, inside the backup or in the shared store; not verified. */
export function storedBytes(entry: ManifestEntry, blobStore: string): Buffer | undefined {
  if (entry.content) return entry.content;
  const blob = join(blobStore, entry.sha256);
  if (!/^[0-9a-f]{64}$/.test(entry.sha256) || !existsSync(blob)) return undefined;
  return readFileSync(blob);
}

/** A manifest entry's bytes, only if they still match the hash taken when the backup was made. */
export function manifestBytes(entry: ManifestEntry, blobStore: string): Buffer | undefined {
  const bytes = storedBytes(entry, blobStore);
  return bytes && sha256(bytes) === entry.sha256 ? bytes : undefined;
}

/** After a restore the backup's own tables go: the restored database is an ordinary one again. */
export function dropManifestTables(db: Db): void {
  db.exec(`DROP TABLE IF EXISTS ${FILES_TABLE}; DROP TABLE IF EXISTS ${META_TABLE};`);
}
