// Which required materials a submission lacks, so the one-time notice (一次性告知) can list them all.

import { REVIEW_MATERIALS } from '../../../shared/domain/review';
import type { MaterialRequirement, ReviewMaterialDefinition } from '../../../shared/domain/review';
import { assertNoRepeatedMaterial as assertNoRepeated } from '../../../shared/domain/materials';

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

/** Each material is stated once (the shared rule), in the review's words. */
export function assertNoRepeatedMaterial(
  given: ReadonlyArray<{ key: string }>,
  checklist: ReadonlyArray<{ key: string; label: string }>,
): void {
  assertNoRepeated(given, checklist, '每项材料只能说明一次是否已提交');
}
