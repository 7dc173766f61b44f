import { join } from 'node:path';
import type { ApiContext } from './context';
import { isRecordedDocumentFile, recoverPendingDocuments } from '../core/issuing/service';
import { sweepOrphanFiles } from '../core/files/sweep';

/**
 * Runs when the backend opens, before anything writes: a document interrupted mid-issue keeps its
 * number as voided, and any file no record points to (or a half-written temp file) is cleared out
 * of the documents folder — orphans are moved aside into orphaned-files/, never deleted. A save of
 * an office template cut short leaves at most a temp file in templates/, removed here too (the
 * templates themselves are the office's and stay).
 */
export function recoverAfterCrash(ctx: ApiContext): void {
  const voided = recoverPendingDocuments(ctx);
  const swept = sweepOrphanFiles(join(ctx.dataDir, 'documents'), {
    isRecorded: (path) => isRecordedDocumentFile(ctx, `documents/${path}`),
    quarantineDir: join(ctx.dataDir, 'orphaned-files'),
  });
  const templateTemps = sweepOrphanFiles(join(ctx.dataDir, 'templates')).removedTemps.length;
  const temps = swept.removedTemps.length + templateTemps;
  if (voided > 0 || swept.quarantined.length > 0 || temps > 0) {
    console.warn(
      `[fashen] recovered after an interruption: ${voided} pending document(s) voided, ${swept.quarantined.length} orphan file(s) moved aside, ${temps} temp file(s) removed`,
    );
  }
}
