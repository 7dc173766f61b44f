import type { Actor } from '../core/session/actor';
import type { ClientSession } from './session-clients';
import type { Envelope } from '../../shared/contract/envelope';

/**
 * The single entry every door calls: a method name from the contract and an untrusted input.
 * It never throws: bad input, a missing method or a failing command all come back as `ok: false`.
 */
export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** One client's own door into the backend: its calls act as whoever signed in on it. */
export interface BackendClient {
  /** The session's token (the HTTP door's cookie). Never logged. */
  id: string;
  dispatch: Dispatch;
  session: ClientSession;
  /** Forgets the session (a closed window; an HTTP client that never signed in). */
  end(): void;
}

/** A running backend: the database is open and the handler table is ready. */
export interface Backend {
  /** The backend's own client (the CLI command, or a test): nobody is signed in on it at first. */
  dispatch: Dispatch;
  client: BackendClient;
  /**
   * A new client with its own session: an Electron window, a browser context. `actor` signs it in
   * without a secret: only for trusted in-process callers (demo data, tests), never a door.
   */
  openClient(door: string, actor?: Actor): BackendClient;
  /** The client whose token this is, if this launch issued it. */
  findClient(id: string | undefined): BackendClient | undefined;
  /** Office-network mode: the HTTPS certificate's fingerprint, shown in 设置 and on the sign-in page. */
  setCertificateFingerprint(fingerprint: string | null): void;
  /**
   * Readies the paper engine while nobody is printing (main/core/documents/warm-up.ts): the PDF
   * and DOCX libraries loaded, the office's PDF fonts parsed, so the first paper costs what a later
   * one does. For programs that stay open (the desktop app, browser mode); a step per turn of the
   * event loop. Never rejects: a failure is returned (for the log) and papers work as without it.
   * `signal` stops it between two steps (the program is stopping).
   */
  warmUpPapers(signal?: AbortSignal): Promise<{ ok: true } | { ok: false; problem: string }>;
  /** Absolute path of the data folder in use (shown in 设置). */
  dataDir: string;
  close(): void;
}
