// Which required materials a submission lacks, so the one-time notice (一次性告知) can list them all.

import { REVIEW_MATERIALS } from '../../../shared/domain/review';
import type { MaterialRequirement, ReviewMaterialDefinition } from '../../../shared/domain/review';
import { AppError } from '../../../shared/errors';

export interface MaterialChecklistItem {
  key: string;
  label: string;
  requirement: MaterialRequirement;
}

export interface MaterialContext {
  /** A hearing was held or an assessment made: its record or report is then required. */
  hearingOrAssessmentTookPlace: boolean;
  /** Items were seized or involved (transfer lists); their list is then required. */
  itemsInvolved?: boolean;
}

export function isMaterialRequired(
  item: Pick<MaterialChecklistItem, 'requirement'>,
  context: MaterialContext,
): boolean {
  switch (item.requirement) {
    case 'required':
      return true;
    case 'if-hearing-or-assessment':
      return context.hearingOrAssessmentTookPlace;
    case 'if-items-involved':
      return context.itemsInvolved === true;
    case 'optional':
      return false;
  }
}

/**
 * The required items not among `submitted` (material keys), in checklist order. The checklist is
 * the profile's list; by default the five review materials of 涪陵府办〔2024〕1号 二(四).
 */
export function missingMaterials(submitted: Iterable<string>, context: MaterialContext): ReviewMaterialDefinition[];
export function missingMaterials<T extends MaterialChecklistItem>(
  submitted: Iterable<string>,
  context: MaterialContext,
  checklist: readonly T[],
): T[];
export function missingMaterials(
  submitted: Iterable<string>,
  context: MaterialContext,
  checklist: readonly MaterialChecklistItem[] = REVIEW_MATERIALS,
): MaterialChecklistItem[] {
  const present = new Set(submitted);
  return checklist.filter((item) => isMaterialRequired(item, context) && !present.has(item.key));
}

/**
 * Each material is stated once: listed twice (say present, then absent) only the first would count,
 * silently. Names it by the checklist's label.
 */
export function assertNoRepeatedMaterial(
  given: ReadonlyArray<{ key: string }>,
  checklist: ReadonlyArray<{ key: string; label: string }>,
): void {
  const seen = new Set<string>();
  for (const item of given) {
    if (seen.has(item.key)) {
      const label = checklist.find((entry) => entry.key === item.key)?.label ?? item.key;
      throw new AppError('DUPLICATE', `材料“${label}”重复列出：每项材料只能说明一次是否已提交，请删去重复的一项。`, {
        field: 'materials',
      });
    }
    seen.add(item.key);
  }
}
