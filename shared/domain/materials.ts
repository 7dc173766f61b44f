import { AppError } from '../errors';

/**
 * Each material of a checklist is stated once: listed twice (say present, then absent) only the
 * first would count, silently. Names it by the checklist's label; `rule` says what is stated once
 * (e.g. 每项材料只能说明一次是否已提交). Shared by the review's materials and both transfer paths.
 */
export function assertNoRepeatedMaterial(
  given: ReadonlyArray<{ key: string }>,
  checklist: ReadonlyArray<{ key: string; label: string }>,
  rule: string,
): void {
  const seen = new Set<string>();
  for (const item of given) {
    if (seen.has(item.key)) {
      const label = checklist.find((entry) => entry.key === item.key)?.label ?? item.key;
      throw new AppError('DUPLICATE', `材料“${label}”重复列出：${rule}，请删去重复的一项。`, { field: 'materials' });
    }
    seen.add(item.key);
  }
}
