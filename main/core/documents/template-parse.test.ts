import { describe, expect, it } from 'vitest';
import { parseTemplate } from './template-parse';

const VALID = `id: demo
name: 测试文书
version: 1
data:
  case:
    type: object
    label: 案件
    fields:
      number: { type: text, label: 编号 }
      kind:
        type: enum
        label: 类别
        values: { a: 甲, b: 乙 }
  items:
    type: list
    label: 物品
    item:
      type: object
      label: 物品
      fields:
        name: { type: text, label: 名称 }
blocks:
  - type: title
    lines: [测试文书]
  - type: paragraph
    text: 案件编号：{{case.number}}
  - type: each
    list: items
    as: item
    blocks:
      - type: paragraph
        text: '{{@index}}.{{item.name}}'
`;

function problem(text: string): { code: string; message: string } {
  try {
    parseTemplate(text, 'demo');
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('template was accepted');
}

describe('parseTemplate', () => {
  it('accepts a well-formed template', () => {
    const template = parseTemplate(VALID, 'demo', 'demo');
    expect(template.name).toBe('测试文书');
    expect(template.blocks).toHaveLength(3);
  });

  it('refuses a YAML alias without its anchor, and an alias bomb, as template errors', () => {
    expect(() => parseTemplate('*!', 'demo')).toThrow(
      /文书模板“demo”有误，YAML 格式错误：引用（\*名称）前没有对应的锚点/,
    );
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    expect(() => parseTemplate(bomb, 'demo')).toThrow(/引用（\*名称）过多/);
  });

  it('refuses an unknown field, naming the template, the line and the field', () => {
    const error = problem(
      VALID.replace('    text: 案件编号：{{case.number}}', '    text: 案件编号：{{case.number}}\n    colour: red'),
    );
    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.message).toContain('“demo”');
    expect(error.message).toContain('第 27 行');
    expect(error.message).toContain('blocks[1]');
    expect(error.message).toContain('不认识的字段“colour”');
  });

  it('refuses a misspelt block type and lists the real ones', () => {
    const error = problem(VALID.replace('  - type: paragraph\n    text: 案件', '  - type: paragrap\n    text: 案件'));
    expect(error.message).toContain('第 25 行');
    expect(error.message).toContain('blocks[1].type');
    expect(error.message).toMatch(/“paragrap”不存在（可用：title、number、addressee、paragraph/);
  });

  it('refuses a block missing a required value', () => {
    const error = problem(VALID.replace('  - type: title\n    lines: [测试文书]\n', '  - type: title\n'));
    expect(error.message).toContain('blocks[0].lines');
    expect(error.message).toContain('缺少必填项“lines”');
  });

  it('refuses a field type that does not exist', () => {
    const error = problem(VALID.replace('number: { type: text, label: 编号 }', 'number: { type: txt, label: 编号 }'));
    expect(error.message).toContain('data.case.fields.number.type');
    expect(error.message).toContain('“txt”不存在');
  });

  it('refuses a placeholder naming an undeclared field', () => {
    const error = problem(VALID.replace('{{case.number}}', '{{case.nmber}}'));
    expect(error.message).toContain('第 26 行');
    expect(error.message).toContain('{{case.nmber}}');
    expect(error.message).toContain('数据定义中没有的字段“case.nmber”');
  });

  it('refuses a placeholder that names a list or an object', () => {
    expect(problem(VALID.replace('{{case.number}}', '{{case}}')).message).toContain('不能直接填入文字');
  });

  it('refuses a repeat over something that is not a list, and @index outside a repeat', () => {
    expect(problem(VALID.replace('list: items', 'list: case.number')).message).toContain('不是列表');
    expect(problem(VALID.replace('{{case.number}}', '{{@index}}')).message).toContain('只能用在重复（each）之内');
  });

  it('refuses a condition on a value an option does not have', () => {
    const text = `${VALID}  - type: when\n    test: { field: case.kind, equals: c }\n    blocks:\n      - type: paragraph\n        text: 丙\n`;
    expect(problem(text).message).toContain('不是“类别”的可选值（可选：a、b）');
  });

  it('refuses a table row whose cells do not fill the columns', () => {
    const text = `${VALID}  - type: table\n    columns: [{ width: 1 }, { width: 2 }]\n    rows:\n      - cells: [{ text: 一 }]\n`;
    expect(problem(text).message).toContain('共占 1 列，而表格有 2 列');
  });

  it('refuses YAML that does not parse, with the line', () => {
    const error = problem(VALID.replace('name: 测试文书', 'name: [测试文书'));
    expect(error.message).toContain('YAML 格式错误');
    expect(error.message).toMatch(/第 \d+ 行/);
  });

  it('refuses a file whose id is not its name', () => {
    expect(() => parseTemplate(VALID, 'other', 'other')).toThrow(/与文件名“other”不一致/);
  });

  // Issue #17: a placeholder named after Object.prototype once passed and printed
  // "function Object() { [native code] }"; lookups are own properties only.
  it.each(['{{constructor}}', '{{case.toString}}', '{{case.constructor}}', '{{__proto__}}', '{{count(valueOf)}}'])(
    'refuses %s as a field the data does not declare',
    (placeholder) => {
      expect(problem(VALID.replace('{{case.number}}', placeholder)).message).toMatch(
        /数据定义中没有的字段|不是字段路径/,
      );
    },
  );

  it('refuses a loop variable’s inherited property', () => {
    expect(problem(VALID.replace('{{item.name}}', '{{item.hasOwnProperty}}')).message).toContain(
      '数据定义中没有的字段“item.hasOwnProperty”',
    );
  });

  it('refuses a template of thousands of blank blocks (190 KB once made 6,027 PDF pages), naming it', () => {
    const blanks = '  - type: blank\n    lines: 20\n'.repeat(6000);
    const error = problem(VALID + blanks);
    expect(error.code).toBe('TEMPLATE_INVALID');
    expect(error.message).toMatch(/文书模板“demo”有误.*模板的段落太多（600\d 个，上限 500 个）/);
  });

  it('refuses too many blank lines or page breaks in a template of few blocks', () => {
    expect(problem(VALID + '  - type: blank\n    lines: 20\n'.repeat(8)).message).toContain('模板的空行太多');
    expect(problem(VALID + '  - type: pageBreak\n'.repeat(21)).message).toContain('模板的分页太多');
  });
});
