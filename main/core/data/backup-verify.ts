import type { Db } from '../../db/open';
import type { CheckTarget, IntegrityCheck } from './integrity';
import { storedPath } from '../files/record';
import { manifestBytes, readManifest, storedBytes, type ManifestEntry } from './backup-format';

/**
 * A backup seen as a data folder: its files come from its manifest, as stored, so the document
 * check reports a changed file as changed (manifestCheck separately verifies every hash).
 */
export function backupTarget(db: Db, blobStore: string): CheckTarget {
  let manifest: Map<string, ManifestEntry> | undefined;
  return {
    db,
    readFile(path) {
      manifest ??= new Map(readManifest(db).map((entry) => [entry.path, entry]));
      const entry = manifest.get(storedPath(path));
      return entry ? storedBytes(entry, blobStore) : undefined;
    },
  };
}

/** Every file the backup lists is there and whole (inside it, or in the shared store beside it). */
export function manifestCheck(blobStore: string): IntegrityCheck {
  return {
    id: 'backup-files',
    title: '备份中的文件',
    run({ db }) {
      let count = 0;
      for (const entry of readManifest(db)) {
        if (!manifestBytes(entry, blobStore)) {
          const where = entry.content === null ? `（应在备份旁的 files 文件夹中：${blobStore}）` : '';
          return { ok: false, summary: '文件缺失或损坏', problem: `备份中的文件“${entry.path}”缺失或已损坏${where}` };
        }
        count++;
      }
      return { ok: true, summary: count === 0 ? '备份中没有文件' : `${count} 个文件完好` };
    },
  };
}

/** Checks that say whether the backup is a faithful copy (not whether the data was sound). */
export const FIDELITY_CHECKS = new Set(['sqlite', 'backup-files']);
