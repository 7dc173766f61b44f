// The one reader of `staff.roles` (a JSON array in the staff table): every capability that asks
// "may this person act as …" goes through here, so a role stored wrongly fails in one place, loudly.
import { STAFF_ROLES, type StaffRole } from '../../../shared/domain/case';

const KNOWN = new Set<string>(STAFF_ROLES);

/** The roles stored on a staff row; anything that is not a known role is dropped, never trusted. */
export function parseStaffRoles(stored: string): StaffRole[] {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter((role): role is StaffRole => typeof role === 'string' && KNOWN.has(role));
}

export function hasStaffRole(stored: string, role: StaffRole): boolean {
  return parseStaffRoles(stored).includes(role);
}
