import type { StaffRole } from '../../../shared/domain/case';
import { ADMIN_ONLY_REASON } from '../../../shared/contract/access';
import { useApiQuery } from '../api/useApi';
import { useSession } from './sessionStore';

/** The signed-in person's staff id, or null (a trusted in-process actor, or nobody). */
export function useOperatorId(): number | null {
  return useSession().status?.signedIn?.staffId ?? null;
}

/** Whether the signed-in person administers the office's settings (rule profiles, holidays, templates, backups, staff). */
export function useIsAdmin(): boolean {
  return useSession().status?.signedIn?.admin ?? false;
}

/** Why the signed-in person may not change the office's settings (null: they may). */
export function useAdminReason(): string | null {
  return useIsAdmin() ? null : ADMIN_ONLY_REASON;
}

/** The signed-in person with their duties (from the staff list), to offer only the steps that are theirs. */
export function useActing(): { staffId: number | null; name: string | null; roles: readonly StaffRole[] } {
  const session = useSession().status?.signedIn ?? null;
  const staff = useApiQuery('staff.list', {}, { enabled: session?.staffId != null });
  const me = (staff.data ?? []).find((person) => person.id === session?.staffId);
  return { staffId: session?.staffId ?? null, name: session?.name ?? null, roles: me?.roles ?? [] };
}
