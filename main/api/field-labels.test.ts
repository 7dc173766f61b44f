import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { defOf } from './testing/zod-def';
import { contract, type MethodName } from '../../shared/contract';
import { fieldLabel } from './field-labels';

/** Every path a method's input can have an error at: each key, each list entry (as position 0), nested. */
function fieldPaths(schema: z.ZodType, at: Array<string | number> = [], depth = 0): Array<Array<string | number>> {
  if (depth > 30) return [];
  const def = defOf(schema);
  const next = (inner: z.ZodType | undefined, path = at) => (inner ? fieldPaths(inner, path, depth + 1) : []);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => [[...at, key], ...next(field, [...at, key])]);
    case 'array':
      return [[...at, 0], ...next(def.element, [...at, 0])];
    case 'union':
      return (def.options ?? []).flatMap((option) => next(option));
    case 'intersection':
      return [...next(def.left), ...next(def.right)];
    case 'pipe':
      return next(def.in);
    case 'lazy':
      return next(def.getter?.());
    default:
      return next(def.innerType);
  }
}

const methods = Object.entries(contract) as Array<[MethodName, { input: z.ZodType }]>;

describe('a Chinese name for every field of the contract', () => {
  const all = methods.flatMap(([method, spec]) => fieldPaths(spec.input).map((path) => ({ method, path })));

  it('reaches the fields', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  // A field added to the contract without a name in field-labels.ts fails here.
  it('names each one in words: no English, no dotted path', () => {
    const wrong = all
      .map(({ method, path }) => ({ where: `${method} ${path.join('.')}`, label: fieldLabel(path, [method]) }))
      .filter(({ label }) => label === undefined || /[A-Za-z.]/.test(label));
    expect(wrong).toEqual([]);
  });
});

describe('fieldLabel', () => {
  it('quotes a field by its name', () => {
    expect(fieldLabel(['party'], ['cases.create'])).toBe('“当事人”');
    expect(fieldLabel(['party', 'idCode'], ['cases.create'])).toBe('“当事人的证件号码”');
    expect(fieldLabel(['pageSize'], ['cases.list'])).toBe('“每页条数”');
    expect(fieldLabel([])).toBe('输入');
  });

  it('names a list entry by its position, counting from 1', () => {
    expect(fieldLabel(['materials', 1], ['review.submit'])).toBe('第 2 项材料');
    expect(fieldLabel(['materials', 0, 'present'], ['review.submit'])).toBe('第 1 项材料的“是否已提交”');
    expect(fieldLabel(['handlerIds', 2], ['cases.create'])).toBe('第 3 名承办人');
    expect(fieldLabel(['roles', 0], ['staff.create'])).toBe('第 1 个岗位');
    expect(fieldLabel(['profile', 'transferMaterials', 0, 'source', 'quote'], ['profiles.save'])).toBe(
      '第 1 项移送材料的“来源引用的原文”',
    );
  });

  it('names a field as its method means it', () => {
    expect(fieldLabel(['name'], ['staff.create'])).toBe('“姓名”');
    expect(fieldLabel(['name'], ['orgs.create'])).toBe('“单位名称”');
    expect(fieldLabel(['items', 0], ['review.requestSupplement'])).toBe('第 1 项需补正材料');
    expect(fieldLabel(['items', 0], ['transfers.out.create'])).toBe('第 1 项涉案物品');
    expect(fieldLabel(['materials', 0, 'present'], ['transfers.out.update'])).toBe('第 1 项移送材料的“是否齐备”');
    expect(fieldLabel(['materials'], ['transfers.in.register'])).toBe('“随案移送的材料和物品”');
  });

  it('names a part after what it belongs to', () => {
    expect(fieldLabel(['profile', 'thresholds', 'fine', 'citizen', 'value'], ['profiles.save'])).toBe(
      '“对公民罚款的审核标准（元以上）的数值”',
    );
    expect(fieldLabel(['profile', 'deadlines', 'transferWorkingDays', 'source', 'quote'], ['profiles.save'])).toBe(
      '“案件移送期限（工作日）的来源引用的原文”',
    );
  });

  it('has no name for a field it does not know, so the walk above fails on it', () => {
    expect(fieldLabel(['surpriseField'], ['cases.create'])).toBeUndefined();
    expect(fieldLabel(['surpriseList', 0], ['cases.create'])).toBeUndefined();
  });
});
