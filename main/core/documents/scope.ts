// Name resolution shared by the template checker (against declared field specs) and the builder
// (against actual data): a path's first name is the innermost loop variable of that name, else a
// top-level data field.

import type { FieldSpec } from './template-schema';

export interface SpecScope {
  readonly root: Readonly<Record<string, FieldSpec>>;
  /** Loop variables, innermost last. */
  readonly loops: readonly { readonly name: string; readonly spec: FieldSpec }[];
}

export type Resolved =
  { readonly ok: true; readonly spec: FieldSpec } | { readonly ok: false; readonly missing: string };

function lookupFirst(scope: SpecScope, name: string): FieldSpec | undefined {
  for (let i = scope.loops.length - 1; i >= 0; i -= 1) {
    const loop = scope.loops[i];
    if (loop?.name === name) return loop.spec;
  }
  return Object.hasOwn(scope.root, name) ? scope.root[name] : undefined;
}

/** Finds the spec a path names; `missing` is the path up to the first unknown name. */
export function resolveSpec(scope: SpecScope, path: readonly string[]): Resolved {
  const [first, ...rest] = path;
  if (first === undefined) return { ok: false, missing: '' };
  let spec = lookupFirst(scope, first);
  if (!spec) return { ok: false, missing: first };
  const walked = [first];
  for (const name of rest) {
    walked.push(name);
    if (spec.type !== 'object') return { ok: false, missing: walked.join('.') };
    // Own fields only: `constructor` or `toString` must not find Object.prototype's.
    const next: FieldSpec | undefined = Object.hasOwn(spec.fields, name) ? spec.fields[name] : undefined;
    if (!next) return { ok: false, missing: walked.join('.') };
    spec = next;
  }
  return { ok: true, spec };
}

/** For sum(list.field): splits the path at the first list; the rest must name a field of its items. */
export function resolveListAggregate(
  scope: SpecScope,
  path: readonly string[],
):
  | { readonly ok: true; readonly list: FieldSpec; readonly field: FieldSpec; readonly split: number }
  | { readonly ok: false; readonly missing: string } {
  for (let split = 1; split < path.length; split += 1) {
    const head = resolveSpec(scope, path.slice(0, split));
    if (!head.ok) return head;
    if (head.spec.type === 'list') {
      const itemScope: SpecScope = { root: {}, loops: [{ name: '$item', spec: head.spec.item }] };
      const field = resolveSpec(itemScope, ['$item', ...path.slice(split)]);
      if (!field.ok) return { ok: false, missing: path.join('.') };
      return { ok: true, list: head.spec, field: field.spec, split };
    }
  }
  return { ok: false, missing: path.join('.') };
}

export function isScalarSpec(spec: FieldSpec): boolean {
  return spec.type !== 'object' && spec.type !== 'list';
}
