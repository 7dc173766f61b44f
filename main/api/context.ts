import type { CoreContext } from '../core/context';
import type { ClientSession } from './session-clients';

/** What a path is chosen for: the folder a backup goes into, a backup file to restore, or a font file for PDFs. */
export type PathPurpose = 'backup-folder' | 'backup-file' | 'font-file';

export interface DesktopActions {
  showItemInFolder(path: string): void;
  /** The system's own folder/file dialog; null when the person cancels. */
  choosePath(purpose: PathPurpose): Promise<string | null>;
}

/** What every handler may use: the core's context plus what only the doors know. */
export interface ApiContext extends CoreContext {
  databasePath: string;
  /** What only the desktop shell can do (show a file in its folder); absent in browser mode and the CLI. */
  desktop?: DesktopActions;
  /**
   * Closes `db`, runs `whileClosed` (a restore swapping the files), and opens it again into `db`.
   * Synchronous, so no other command can run in between.
   */
  reopenDatabase?(whileClosed: () => void): void;
  /** The calling client's session (session.* handlers sign it in and out). */
  client?: ClientSession;
  /** Office-network mode's certificate fingerprint, when the HTTPS door is up (shown to compare). */
  certificateFingerprint?: string | null;
}
