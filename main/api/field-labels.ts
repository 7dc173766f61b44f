// The Chinese name of every contract input field, for the validation messages a clerk reads:
// "“每页条数”不能小于 1", "第 2 项材料的“是否已提交”应选择“是”或“否”" — never "pageSize" or "materials.1".
// Keys are dotted field names without list positions, matched from the end of the path, so
// "items.name" names the name of any item and "name" any other name; the longest match wins, and a
// method's own entries win over the general ones at the same length (the tables are in
// field-label-tables.ts). main/api/field-labels.test.ts walks every method of the contract and fails
// on a field the tables cannot name.

import type { MethodName } from '../../shared/contract';
import { BY_METHOD, GENERAL, type Entry } from './field-label-tables';

type Path = readonly PropertyKey[];

function entryFor(
  keys: readonly string[],
  methods: readonly MethodName[],
): { entry: Entry; length: number } | undefined {
  for (let length = keys.length; length >= 1; length -= 1) {
    const name = keys.slice(-length).join('.');
    for (const method of methods) {
      const own = BY_METHOD[method]?.[name];
      if (own !== undefined) return { entry: own, length };
    }
    const general = Object.hasOwn(GENERAL, name) ? GENERAL[name] : undefined;
    if (general !== undefined) return { entry: general, length };
  }
  return undefined;
}

/** The name of the last `need` keys (earlier keys only give context): 罚款审核标准的数值. */
function nameOf(keys: readonly string[], need: number, methods: readonly MethodName[]): string | undefined {
  const found = entryFor(keys, methods);
  if (!found) return undefined;
  const { entry, length } = found;
  if (typeof entry === 'string') return entry;
  if ('list' in entry) return entry.list;
  if (length >= need) return entry.of;
  const whole = nameOf(keys.slice(0, -length), need - length, methods);
  return whole === undefined ? undefined : `${whole}的${entry.of}`;
}

const isIndex = (segment: PropertyKey | undefined): segment is number => typeof segment === 'number';
const keysOf = (path: Path): string[] => path.filter((segment): segment is string => typeof segment === 'string');

/** 第 2 项材料, 第 1 名承办人; a list inside a list entry is named after it. */
function entryName(path: Path, methods: readonly MethodName[]): string | undefined {
  const index = path.at(-1);
  if (!isIndex(index)) return undefined;
  const listPath = path.slice(0, -1);
  const found = entryFor(keysOf(listPath), methods);
  if (!found) return undefined;
  const { entry } = found;
  const item = typeof entry === 'string' ? entry : 'list' in entry ? entry.item : entry.of;
  const unit = typeof entry === 'object' && 'list' in entry && entry.unit ? entry.unit : '项';
  const outer = listPath.findLastIndex(isIndex);
  const prefix = outer >= 0 ? entryName(listPath.slice(0, outer + 1), methods) : '';
  if (prefix === undefined) return undefined;
  return `${prefix ? `${prefix}中的` : ''}第 ${index + 1} ${unit}${item}`;
}

/**
 * The field a path points at, as a clerk would name it: “当事人”, 第 2 项材料, 第 1 项材料的“是否已提交”.
 * Undefined when the table has no name for it (the test fails on that); the whole input (path []) is 输入.
 */
export function fieldLabel(path: Path, methods: readonly MethodName[] = []): string | undefined {
  if (path.length === 0) return '输入';
  if (path.some((segment) => typeof segment === 'symbol')) return undefined;
  const lastIndex = path.findLastIndex(isIndex);
  if (lastIndex === path.length - 1) return entryName(path, methods);
  const name = nameOf(keysOf(path), path.length - lastIndex - 1, methods);
  if (name === undefined) return undefined;
  if (lastIndex < 0) return `“${name}”`;
  const entry = entryName(path.slice(0, lastIndex + 1), methods);
  return entry === undefined ? undefined : `${entry}的“${name}”`;
}
