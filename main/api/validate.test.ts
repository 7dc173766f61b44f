// Every refusal at the API boundary is a Chinese sentence a township clerk understands: the field
// by its Chinese name, what is expected in plain words, no zod type names, no "materials.0".

import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { defOf, type ZodDef } from './testing/zod-def';
import { contract } from '../../shared/contract';
import { checkInput, validateInput } from './validate';
import { QUOTE_LIMIT } from '../../shared/text-input';
import { testBackend } from './testing/backend';

/**
 * ASCII words a message may contain, because the clerk sees them as they are: the file formats on
 * the sign-in screen (PIN 码), the download buttons (PDF, DOCX, XLSX and the programs that open them), the size unit of the template limit (KB), and the example paths
 * a path field is typed as (E:\, /media/usb).
 */
const ALLOWED_ASCII = [
  /\bPIN\b/g,
  /\bPDF\b/gi,
  /\bDOCX\b/gi,
  /\bXLSX\b/g,
  /\bExcel\b/g,
  /\bWord\b/g,
  /\bKB\b/g,
  /\bE:\\/g,
  /\/media\/usb\b/g,
];

function asciiLeft(message: string): string | null {
  const rest = ALLOWED_ASCII.reduce((text, token) => text.replace(token, ''), message);
  return /[A-Za-z]/.exec(rest)?.[0] ?? null;
}

/** A field path as code names it: materials.0, party.idCode, judgements.publicInterest. */
const DOTTED_PATH = /[A-Za-z0-9_]+\.[A-Za-z0-9_]+/;

/** The object or array under the wrappers (optional, nullable, default, prefault, pipe, lazy). */
function core(schema: z.ZodType): ZodDef {
  let def = defOf(schema);
  for (let depth = 0; depth < 10; depth += 1) {
    const inner =
      def.innerType ?? (def.type === 'pipe' ? def.in : undefined) ?? (def.type === 'lazy' ? def.getter?.() : undefined);
    if (!inner) return def;
    def = defOf(inner);
  }
  return def;
}

// Wrong in every way a careless caller or an old page can be wrong.
const BAD_VALUES: unknown[] = [
  123,
  1.5,
  -1,
  0,
  2 ** 53,
  true,
  'abc',
  '',
  '   ',
  null,
  [],
  [5],
  ['x'],
  [null],
  [{}],
  {},
  { surprise: 1 },
];

interface Attempt {
  method: string;
  input: unknown;
}

/** For every field of every method (nested objects and list entries too), an input with that field wrong. */
function attempts(values: readonly unknown[] = BAD_VALUES): Attempt[] {
  const found: Attempt[] = [];
  const walk = (method: string, schema: z.ZodType, build: (value: unknown) => unknown, depth: number) => {
    const def = core(schema);
    if (def.type !== 'object' || !def.shape || depth > 6) return;
    for (const [key, field] of Object.entries(def.shape)) {
      for (const value of values) found.push({ method, input: build({ [key]: value }) });
      const inner = core(field);
      if (inner.type === 'object') walk(method, field, (value) => build({ [key]: value }), depth + 1);
      if (inner.type === 'array' && inner.element)
        walk(method, inner.element, (value) => build({ [key]: [value] }), depth + 1);
    }
  };
  for (const [method, spec] of Object.entries(contract) as Array<[string, { input: z.ZodType }]>) {
    for (const input of [undefined, null, 'abc', 5, [], [{}], { surprise: 1 }]) found.push({ method, input });
    walk(method, spec.input, (value) => value, 0);
  }
  return found;
}

const schemaOf = (method: string) => (contract as Record<string, { input: z.ZodType }>)[method]!.input;

describe('every refusal of every contract method', () => {
  const all = attempts();

  it('walks enough inputs to mean something', () => {
    expect(all.length).toBeGreaterThan(3000);
  });

  it('is Chinese, names the field in words (never a dotted path) and has no English', () => {
    const wrong: string[] = [];
    let refusals = 0;
    for (const { method, input } of all) {
      const checked = checkInput(schemaOf(method), input);
      if (checked.ok) continue;
      for (const { field, message } of checked.problems) {
        refusals += 1;
        const where = `${method} ${JSON.stringify(input)} → ${field}: ${message}`;
        if (!/[\u4e00-\u9fa5]/.test(message)) wrong.push(`not Chinese: ${where}`);
        const ascii = asciiLeft(message);
        if (ascii) wrong.push(`ASCII “${ascii}”: ${where}`);
        if (DOTTED_PATH.test(message)) wrong.push(`dotted path: ${where}`);
        // The fallback for a field field-labels.ts cannot name: a new field needs its label there.
        if (message.includes('其中一项内容')) wrong.push(`field without a label: ${where}`);
        if (!/^([A-Za-z][A-Za-z0-9]*|\d+)?(\.([A-Za-z][A-Za-z0-9]*|\d+))*$/.test(field))
          wrong.push(`field not a dotted path: ${where}`);
      }
    }
    expect(refusals).toBeGreaterThan(3000);
    expect([...new Set(wrong)].slice(0, 40)).toEqual([]);
  });
});

// Issue #17: text a forger types. Invisible controls are stripped, blank-looking text is not
// "filled in", dates out of range are refused, and the caller's own long values never come back.
const HUGE_KEY = 'k'.repeat(100_000);
const HOSTILE_TEXT: unknown[] = [
  '\u0000',
  '\u0000\u0000\u0000',
  '\u200b\u200b',
  '\ufeff\u2060',
  '\u202e',
  '\u3164',
  'A\u0000B\u202eC\u200bD',
  HUGE_KEY,
  '1900-01-01',
  '9999-12-31',
  { [HUGE_KEY]: 1 },
  [{ [HUGE_KEY]: 1 }],
];
// Finding control characters is the point.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200C\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('hostile text at every field of every contract method', () => {
  const all = attempts(HOSTILE_TEXT);

  it('never keeps an invisible control, and never echoes a long value or key', () => {
    const wrong: string[] = [];
    for (const { method, input } of all) {
      const checked = checkInput(schemaOf(method), input);
      const where = `${method} ${String(JSON.stringify(input)).slice(0, 120)}`;
      if (checked.ok) {
        for (const text of strings(checked.data))
          if (INVISIBLE.test(text)) wrong.push(`kept ${JSON.stringify(text.slice(0, 30))}: ${where}`);
        continue;
      }
      for (const { field, message } of checked.problems) {
        const echoed = 'k'.repeat(QUOTE_LIMIT + 1);
        if (message.includes(echoed) || field.length > 200 || message.length > 200)
          wrong.push(`echoed: ${where} → ${field.slice(0, 60)}: ${message.slice(0, 60)}`);
        if (INVISIBLE.test(message)) wrong.push(`invisible in message: ${where}`);
      }
    }
    expect([...new Set(wrong)].slice(0, 60)).toEqual([]);
  });

  it.each([
    ['cases.create', ['party', 'name'], '\u200b\u200b', '请填写当事人名称'],
    ['cases.create', ['caseNumber'], '\u0000\u0000', '请填写案件编号'],
    ['cases.create', ['cause'], '\u202e\u200f', '请填写案由'],
    ['staff.create', ['name'], '\ufeff \u3164', '请填写姓名'],
    ['cases.create', ['foundOn'], '1900-01-01', '发现日期应在 2000-01-01 至'],
    ['cases.create', ['foundOn'], '9999-12-31', '发现日期应在 2000-01-01 至'],
    ['review.submit', ['decisionDate'], '9999-12-31', '拟作出决定日期应在 2000-01-01 至'],
    ['transfers.out.create', ['foundOn'], '1999-12-31', '发现日期应在 2000-01-01 至'],
    ['staff.create', ['certValidTo'], '9999-12-31', '执法证有效期止应在 1990-01-01 至'],
  ])('%s refuses %j = %j, naming the field', (method, path, value, message) => {
    const input: Record<string, unknown> = {};
    let node = input;
    for (const key of path.slice(0, -1)) node = (node[key] = {}) as Record<string, unknown>;
    node[path.at(-1) as string] = value;
    const checked = checkInput(schemaOf(method), input);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.find((problem) => problem.field === path.join('.'))?.message).toContain(message);
  });

  it('strips bidi and zero-width marks and NUL from what is kept, but keeps an emoji sequence whole', () => {
    const checked = checkInput(schemaOf('staff.create'), {
      name: '\u202e李\u200b审\u0000核\u200f👨‍👩‍👧',
      roles: ['handler'],
    });
    expect(checked).toMatchObject({ ok: true, data: { name: '李审核👨‍👩‍👧' } });
  });

  it('keeps line breaks and tabs in a paragraph field, and makes them a space in a one-line field', () => {
    const checked = checkInput(schemaOf('orgs.create'), { name: '某区\r\n人民法院', kind: 'court' });
    expect(checked).toMatchObject({ ok: true, data: { name: '某区 人民法院' } });
    const voided = checkInput(schemaOf('documents.void'), { id: 1, reason: '第一行\r\n\t第二行\u0007' });
    expect(voided).toMatchObject({ ok: true, data: { reason: '第一行\n\t第二行' } });
  });
});

describe('the probe’s examples', () => {
  const env = testBackend();
  afterAll(() => env.backend.close());
  const refuse = async (method: string, input: unknown) => {
    const error = await env.fail(method, input);
    expect(error.code).toBe('VALIDATION');
    return { message: error.message, field: error.field };
  };
  const judgements = { publicInterest: {}, socialRisk: {}, majorRights: {}, complex: {}, otherRule: {} };
  const submission = { caseId: 1, decisionDate: '2025-06-10', judgements, materials: [] };
  const transfer = {
    caseId: 1,
    target: 'jurisdiction',
    receiverOrgId: 1,
    reason: '不属于本机关管辖',
    legalBasis: '某法第十条',
    foundOn: '2025-05-20',
  };
  const caseInput = {
    caseNumber: '某综执罚〔2025〕1号',
    cause: '违法占道经营',
    facts: '占道。',
    foundOn: '2025-05-20',
    penaltyKinds: ['warning'],
    discretion: 'standard',
    handlerIds: [1],
  };

  it.each([
    ['cases.create', caseInput, '请填写“当事人”', 'party'],
    ['cases.create', { ...caseInput, party: null }, '请填写“当事人”', 'party'],
    ['cases.create', { ...caseInput, party: '李某' }, '“当事人”的内容有误，请重新填写', 'party'],
    ['staff.create', { name: '李审核', roles: ['reviewer'], active: 'no' }, '“是否在岗”应选择“是”或“否”', 'active'],
    [
      'staff.create',
      { name: '李审核', roles: ['reviewer'], certificateNo: 123 },
      '“执法证号”应填写文字',
      'certificateNo',
    ],
    ['review.submit', { ...submission, judgements: null }, '请填写“应当法制审核的情形”', 'judgements'],
    [
      'review.submit',
      { ...submission, judgements: { ...judgements, publicInterest: true } },
      '“涉及重大国家利益和公共利益”的内容有误，请重新填写',
      'judgements.publicInterest',
    ],
    ['review.submit', { ...submission, materials: [5] }, '第 1 项材料的内容有误，请重新填写', 'materials.0'],
    [
      'review.submit',
      { ...submission, materials: [{ key: 'evidence', present: true, refs: '卷宗第 3 页' }, 'x'] },
      '第 2 项材料的内容有误，请重新填写',
      'materials.1',
    ],
    [
      'review.submit',
      { ...submission, materials: [{ key: 'evidence', present: 'yes', refs: '' }] },
      '请说明该材料是否已提交',
      'materials.0.present',
    ],
    ['review.requestSupplement', { roundId: 1, items: ['x'] }, '第 1 项需补正材料的内容有误，请重新填写', 'items.0'],
    ['transfers.out.create', { ...transfer, items: ['x'] }, '第 1 项涉案物品的内容有误，请重新填写', 'items.0'],
    ['transfers.out.create', { ...transfer, materials: [1] }, '第 1 项移送材料的内容有误，请重新填写', 'materials.0'],
    [
      'transfers.out.update',
      { ...transfer, caseId: undefined, id: 1, items: [{ name: '三轮车', quantity: '1 辆', surprise: 1 }] },
      '第 1 项涉案物品中有不认识的字段（1 个），请刷新页面后重试',
      'items.0',
    ],
    ['review.assessTriggers', { caseId: 1, judgements: 5 }, '“应当法制审核的情形”的内容有误，请重新填写', 'judgements'],
    ['documents.list', { source: 5 }, '“文书来源”的内容有误，请重新填写', 'source'],
    ['cases.list', { page: 'a' }, '“页码”应为数字', 'page'],
    ['cases.list', { page: 1.5 }, '“页码”应为整数', 'page'],
    ['cases.list', { pageSize: 1.5 }, '“每页条数”应为整数', 'pageSize'],
    ['cases.list', { pageSize: 0 }, '“每页条数”不能小于 1', 'pageSize'],
    ['cases.list', { page: 2 ** 53 }, '“页码”的数值太大', 'page'],
    ['cases.list', { query: 5 }, '“搜索内容”应填写文字', 'query'],
    ['cases.get', { id: 1, surprise: 1 }, '输入中有不认识的字段（1 个），请刷新页面后重试', undefined],
    ['cases.get', 'x', '输入格式有误：应为一组字段（对象）', undefined],
    // The schemas' own sentences are kept as written.
    ['cases.list', { page: 0 }, '页码无效', 'page'],
    ['staff.create', { name: ' ', roles: ['reviewer'] }, '请填写姓名', 'name'],
  ] as const)('%s %j → %s', async (method, input, message, field) => {
    expect(await refuse(method, input)).toEqual({ message, field });
  });

  it('names the conclusions a point allows by their labels, never a stored value', async () => {
    const refused = await refuse('review.savePoint', { roundId: 1, point: 1, finding: 'no-jurisdiction' });
    expect(refused).toEqual({
      message:
        '第1项（执法主体与执法资格）不能作“不属于本机关管辖”的结论，可选：“符合”“存在瑕疵，可纠正完善”“存在严重问题”',
      field: 'finding',
    });
    const nine = await refuse('review.savePoint', { roundId: 1, point: 9, finding: 'defect' });
    expect(nine.message).toBe(
      '第9项（涉嫌犯罪）不能作“存在瑕疵，可纠正完善”的结论，可选：“未发现涉嫌犯罪”“涉嫌犯罪，需移送司法机关”',
    );
  });
});

describe('validateInput', () => {
  it('returns the parsed input with its defaults', () => {
    expect(validateInput(contract['cases.list'].input, undefined)).toEqual({
      query: '',
      status: null,
      page: 1,
      pageSize: 20,
    });
  });

  it('throws the first problem with its dotted field', () => {
    expect(() => validateInput(contract['cases.list'].input, { pageSize: 0 })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: '“每页条数”不能小于 1', details: { field: 'pageSize' } }),
    );
  });
});
