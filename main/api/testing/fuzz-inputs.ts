// Test-only (main/api/fuzz*.test.ts): the hostile and careless values the fuzz harness feeds every
// API method — rare characters, RTL marks, ../ and device names, impossible dates, -1, 1e309,
// "1,000" — and `shaped`, which builds a value after a method's own zod schema so that most inputs
// reach the handler, with those values at the leaves.

import fc from 'fast-check';
import type { z } from 'zod';
import { defOf } from './zod-def';
import { VALID_CITIZEN_ID } from './backend';

export const HOSTILE_TEXT = [
  '',
  ' ',
  '　',
  '𠀀',
  '𪚥',
  '𠀀𪚥龘',
  '😀👨‍👩‍👧🇨🇳',
  '\u202e\u200f李某\u200e',
  '\u0000',
  '\r\n\t',
  '\ufeff',
  'ｆｕｌｌｗｉｄｔｈ',
  '../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'CON',
  'nul.txt',
  'COM1',
  'LPT9.pdf',
  '报告. . .',
  '/',
  'C:\\',
  '\\\\server\\share',
  '2025-02-30',
  '2025-13-01',
  '2025-6-1',
  '0000-00-00',
  '9999-12-31',
  '2025-06-02',
  '2025-06-02T02:00:00.000Z',
  '-1',
  '1e309',
  '1,000',
  'NaN',
  '0x10',
  '１２３',
  '<script>alert(1)</script>',
  "'; DROP TABLE cases; --",
  '%s%n',
  VALID_CITIZEN_ID,
  '91350100M000100Y43',
  '法'.repeat(5001),
  'a'.repeat(70_000),
];
// What a JSON body of 1e309 becomes once parsed (HTTP door): Infinity.
export const OVERFLOW = JSON.parse('1e309') as number;
export const HOSTILE_NUMBERS = [
  -1,
  0,
  1,
  2,
  3,
  1.5,
  -0,
  OVERFLOW,
  -OVERFLOW,
  Number.NaN,
  2 ** 53,
  2 ** 53 + 2,
  1e15,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
];
export const PLAUSIBLE_TEXT = [
  '王建国',
  '某区公安分局',
  '违法占道经营',
  '2025-05-20',
  '2025-06-02',
  VALID_CITIZEN_ID,
  '91350100M000100Y43',
  'fine',
  'citizen',
  'handler',
];
export const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
export const someText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...PLAUSIBLE_TEXT) },
  { weight: 3, arbitrary: hostileText },
);
export const someNumber = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.integer({ min: -3, max: 12 }),
  fc.double(),
  fc.constantFrom(200_000, 1_000_000),
);
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(
    undefined,
    null,
    Infinity,
    Number.NaN,
    '1,000',
    [],
    {},
    { __proto__: { polluted: true } },
    new Date(0),
  ),
);

/** A value shaped like `schema` (so it can reach the handler), with hostile leaves and, now and then, the wrong type. */
export function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return anything;
  const next = (inner: z.ZodType | undefined) => (inner ? shaped(inner, depth + 1) : anything);
  let typed: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'string':
      typed = someText;
      break;
    case 'number':
      typed = someNumber;
      break;
    case 'boolean':
      typed = fc.boolean();
      break;
    case 'enum':
      typed = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries ?? { x: 'x' })) },
        { weight: 1, arbitrary: hostileText },
      );
      break;
    case 'literal':
      typed = fc.constantFrom(...(def.values ?? [null]));
      break;
    case 'array':
      typed = fc.array(next(def.element), { maxLength: 4 });
      break;
    case 'tuple':
      typed = fc.tuple(...(def.items ?? []).map(next));
      break;
    case 'record':
      typed = fc.dictionary(hostileText, next(def.valueType), { maxKeys: 3 });
      break;
    case 'object': {
      const fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, next(field)]));
      typed = fc.oneof(
        { weight: 6, arbitrary: fc.record(fields) },
        { weight: 2, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.record(fields), hostileText, anything)
            .map(([value, key, extra]) => ({ ...value, [key]: extra })),
        },
      );
      break;
    }
    case 'optional':
    case 'default':
    case 'prefault':
      typed = fc.oneof(fc.constant(undefined), next(def.innerType));
      break;
    case 'nullable':
      typed = fc.oneof(fc.constant(null), next(def.innerType));
      break;
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      typed = next(def.innerType);
      break;
    case 'pipe':
      typed = next(def.in);
      break;
    case 'union':
      typed = fc.oneof(...(def.options ?? []).map(next));
      break;
    case 'intersection':
      typed = next(def.left);
      break;
    case 'lazy':
      typed = next(def.getter?.());
      break;
    default:
      typed = anything;
  }
  return fc.oneof({ weight: 12, arbitrary: typed }, { weight: 1, arbitrary: anything });
}
