import { useSession } from './sessionStore';

/** The signed-in person's staff id, or null (a trusted in-process actor, or nobody). */
export function useOperatorId(): number | null {
  return useSession().status?.signedIn?.staffId ?? null;
}

/** Whether the signed-in person administers the office's settings (rule profiles, holidays, templates, backups, staff). */
export function useIsAdmin(): boolean {
  return useSession().status?.signedIn?.admin ?? false;
}
