import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { basename, join } from 'node:path';
import { MAX_NAME_BYTES, safeFileName } from './safe-name';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

// Pieces people (and attackers) actually type into names, mixed with arbitrary text.
const hostilePiece = fc.constantFrom(
  '../',
  '..\\',
  '/',
  '\\',
  'CON',
  'nul',
  'COM1',
  'lpt9',
  'aux.txt',
  '.',
  '..',
  ' ',
  '\u202e',
  '\u200f',
  '\u0000',
  '\n',
  '\t',
  ':',
  '*',
  '?',
  '"',
  '<',
  '>',
  '|',
  '𠀀',
  '𪚥',
  '👨‍👩‍👧',
  '法审',
  '.pdf',
  'C:',
  '~',
);
const hostileName = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(hostilePiece, { maxLength: 12 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.string({ maxLength: 40 }), hostilePiece, fc.string({ unit: 'binary', maxLength: 40 }))
    .map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', minLength: 80, maxLength: 200 }).map((text) => `${text}.docx`),
);

describe('safeFileName', () => {
  it('keeps an ordinary Chinese name as it is', () => {
    expect(safeFileName('法制审核意见书（某综执罚〔2025〕12号）.pdf')).toBe(
      '法制审核意见书（某综执罚〔2025〕12号）.pdf',
    );
    expect(safeFileName('李某某𠀀𪚥 😀.docx')).toBe('李某某𠀀𪚥 😀.docx');
  });

  it.each([
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..\\..\\Windows\\system.ini', '_.._Windows_system.ini'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['NUL.pdf', '_NUL.pdf'],
    ['COM1', '_COM1'],
    ['LPT9.docx', '_LPT9.docx'],
    ['报告. . .', '报告'],
    ['  报告  ', '报告'],
    ['a\u0000b\u001fc\u007f', 'abc'],
    ['invoice\u202Etxt.exe', 'invoicetxt.exe'],
    ['a:b*c?d"e<f>g|h', 'a_b_c_d_e_f_g_h'],
    ['', '未命名'],
    ['...', '未命名'],
    ['\u200f\u200e', '未命名'],
    ['多行\n名称', '多行 名称'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('cuts a long name to the byte limit without breaking a character, keeping the extension', () => {
    const name = safeFileName(`${'𪚥'.repeat(100)}.pdf`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name).not.toMatch(/\uFFFD/);
    expect([...name.slice(0, -4)].every((char) => char === '𪚥')).toBe(true);
  });

  it('always gives one safe, stable name inside the chosen folder, whatever the input', () => {
    fc.assert(
      fc.property(hostileName, (input) => {
        const name = safeFileName(input);
        expect(name.length).toBeGreaterThan(0);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        // The control characters are the point of this assertion.
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f\u202e]/);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
        expect(RESERVED.test(name)).toBe(false);
        expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        expect(basename(join('/exports', name))).toBe(name);
        expect(safeFileName(name)).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });
});
