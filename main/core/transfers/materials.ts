import type { TransferMaterialView } from '../../../shared/contract';
import { assertNoRepeatedMaterial } from '../../../shared/domain/materials';

/**
 * A transfer's material list (the profile's, or 第六条's for a suspected crime), each item ticked as
 * the person ticked it: stated once each, an item not ticked is absent. Keys off the list are the
 * caller's to refuse first, in its own words.
 */
export function tickedMaterialViews(
  catalog: ReadonlyArray<{ key: string; label: string; requirement: TransferMaterialView['requirement'] }>,
  ticks: ReadonlyArray<{ key: string; present: boolean; note?: string | undefined }>,
): TransferMaterialView[] {
  assertNoRepeatedMaterial(ticks, catalog, '每项移送材料只能说明一次是否齐备');
  return catalog.map((m) => {
    const tick = ticks.find((entry) => entry.key === m.key);
    return {
      key: m.key,
      label: m.label,
      requirement: m.requirement,
      present: tick?.present ?? false,
      note: tick?.note ?? '',
    };
  });
}
