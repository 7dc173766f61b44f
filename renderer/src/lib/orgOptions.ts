import type { Organization } from '../../../shared/contract';
import { ORG_KIND_LABELS } from '../../../shared/domain/case';

/**
 * The registered organisations a select offers, as {value, label}: those `keep` accepts, optionally
 * labelled with their kind ("区城市管理局（区县部门）") where several kinds are mixed.
 */
export function orgOptions(
  orgs: readonly Organization[] | undefined,
  keep: (org: Organization) => boolean = () => true,
  { withKind = false }: { withKind?: boolean } = {},
): Array<{ value: string; label: string }> {
  return (orgs ?? []).filter(keep).map((org) => ({
    value: String(org.id),
    label: withKind ? `${org.name}（${ORG_KIND_LABELS[org.kind]}）` : org.name,
  }));
}
