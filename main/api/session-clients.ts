import { randomBytes } from 'node:crypto';
import type { Actor } from '../core/session/actor';

/**
 * One client of the backend: an Electron window, a browser context (its cookie), a CLI run. Each
 * has its own session, so two desks signed in as two people act as two people. Sessions live in
 * memory only: they end when the program closes, and a token from an earlier launch means nothing.
 */
export interface ClientSession {
  /** Random, unguessable; the HTTP door hands it to the browser as a cookie. */
  readonly id: string;
  /** Which door it came through, for the audit log: 桌面程序, 浏览器, 办公室网络, 命令行. */
  readonly door: string;
  actor: Actor | null;
  /** When the last call that counts as activity arrived (ms since epoch, on the backend's clock). */
  lastActive: number;
  /** Came with a token this launch never issued (an earlier launch's): said, and logged, when refused. */
  stale?: boolean;
}

export class ClientSessions {
  private readonly clients = new Map<string, ClientSession>();

  open(door: string): ClientSession {
    const client: ClientSession = { id: randomBytes(32).toString('base64url'), door, actor: null, lastActive: 0 };
    this.clients.set(client.id, client);
    return client;
  }

  find(id: string | undefined): ClientSession | undefined {
    return id ? this.clients.get(id) : undefined;
  }

  close(id: string): void {
    this.clients.delete(id);
  }

  /** Everyone signed in as this person (to end their sessions when they are deactivated or reset). */
  signedInAs(staffId: number): ClientSession[] {
    return [...this.clients.values()].filter((client) => client.actor?.staffId === staffId);
  }

  get size(): number {
    return this.clients.size;
  }
}
