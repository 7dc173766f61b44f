// Turns schema issues into one Chinese sentence that names the place and the field, e.g.
// 第 14 行（blocks[3]）：块类型“paragrap”不存在（可用的类型：title、number、…）

import type * as z from 'zod';

export type IssuePath = readonly PropertyKey[];

export interface Located {
  readonly path: IssuePath;
  readonly message: string;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  object: '一组键值',
  array: '列表',
};

function valueAt(root: unknown, path: IssuePath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function lastName(path: IssuePath): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = path[i];
    if (typeof key === 'string') return key;
  }
  return '(根)';
}

/** Picks, from the branches of a failed union, the issue that got furthest (the likely intent). */
function deepestBranchIssue(issue: z.core.$ZodIssueInvalidUnion): z.core.$ZodIssue | undefined {
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (!best || inner.path.length > best.path.length) best = inner;
    }
  }
  return best;
}

/** The first issue, in Chinese, with its full path. `input` is the parsed YAML. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, base: IssuePath = []): Located {
  const path = [...base, ...issue.path];
  const name = lastName(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      // Point at the first unknown key itself, so the line named is the one to fix.
      return { path: [...path, issue.keys[0] ?? ''], message: `不认识的字段“${issue.keys.join('”“')}”` };
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const value = valueAt(input, path);
        const options = (issue as { options?: readonly unknown[] }).options ?? [];
        if (value === undefined) return { path, message: `缺少必填项“${name}”` };
        return {
          path,
          message: `“${name}”的值“${String(value)}”不存在（可用：${options.map(String).join('、')}）`,
        };
      }
      if (valueAt(input, path) === undefined) return { path, message: `缺少必填项“${name}”` };
      const inner = deepestBranchIssue(issue);
      if (inner && inner.path.length > 0) return describeIssue(inner, input, path);
      return { path, message: `“${name}”的写法不对（应为文字，或带条件 when 的文字列表）` };
    }
    case 'invalid_type': {
      const value = valueAt(input, path);
      if (value === undefined) return { path, message: `缺少必填项“${name}”` };
      return { path, message: `“${name}”应为${TYPE_NAMES[issue.expected] ?? issue.expected}` };
    }
    case 'invalid_value':
      return {
        path,
        message: `“${name}”的值“${String(valueAt(input, path))}”无效（可用：${issue.values.map(String).join('、')}）`,
      };
    case 'too_small':
      return { path, message: `“${name}”太小或太短（至少 ${String(issue.minimum)}）` };
    case 'too_big':
      return { path, message: `“${name}”太大或太长（至多 ${String(issue.maximum)}）` };
    case 'invalid_format':
      return { path, message: `“${name}”的格式不对：${issue.message}` };
    case 'invalid_key':
      return {
        path,
        message: `名称“${String(path[path.length - 1] ?? '')}”不合规：名称只能由英文字母和数字组成，并以字母开头`,
      };
    default:
      return { path, message: `“${name}”有误：${issue.message}` };
  }
}

function samePath(a: IssuePath, b: IssuePath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * The issue to report: an unknown key first (a misspelling is the likeliest slip), with the
 * required key it probably stands for; otherwise the first.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): Located | undefined {
  const unknown = issues.find((issue) => issue.code === 'unrecognized_keys');
  const first = unknown ?? issues[0];
  if (!first) return undefined;
  const located = describeIssue(first, input);
  if (!unknown) return located;
  const missing = issues
    .filter((issue) => issue !== unknown && samePath(issue.path.slice(0, -1), unknown.path))
    .map((issue) => issue.path[issue.path.length - 1])
    .find((key) => typeof key === 'string' && valueAt(input, [...unknown.path, key]) === undefined);
  return missing === undefined
    ? located
    : { ...located, message: `${located.message}（是否应为“${String(missing)}”？）` };
}

/** blocks[3].rows[0].cells[1].text */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out.length === 0 ? String(key) : `.${String(key)}`;
  }
  return out;
}
