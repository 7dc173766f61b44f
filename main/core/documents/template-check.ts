// Checks what the schema cannot: every placeholder and condition names a declared field of the
// right kind, repeats run over lists, table rows fill their columns. Problems carry the path into
// the template file so the loader can name the line.

import { PlaceholderSyntaxError, parseText } from './placeholders';
import { isScalarSpec, resolveListAggregate, resolveSpec } from './scope';
import type { Expr } from './placeholders';
import type { SpecScope } from './scope';
import { isEachText } from './template-schema';
import type { Condition, FieldSpec, Template, TemplateBlock, TextTemplate } from './template-schema';

export type TemplatePath = readonly (string | number)[];

export interface TemplateProblem {
  readonly path: TemplatePath;
  readonly message: string;
}

const KIND_NAMES: Readonly<Record<FieldSpec['type'], string>> = {
  text: '文字',
  date: '日期',
  datetime: '日期时间',
  money: '金额',
  integer: '整数',
  boolean: '是否',
  enum: '选项',
  object: '一组字段',
  list: '列表',
};

class Checker {
  readonly problems: TemplateProblem[] = [];

  report(path: TemplatePath, message: string): void {
    this.problems.push({ path, message });
  }

  condition(cond: Condition, scope: SpecScope, path: TemplatePath): void {
    const resolved = resolveSpec(scope, cond.field.split('.'));
    if (!resolved.ok) {
      this.report([...path, 'field'], `条件引用了数据定义中没有的字段“${resolved.missing}”`);
      return;
    }
    const spec = resolved.spec;
    const values = [cond.equals, cond.notEquals, ...(cond.in ?? [])].filter((v) => v !== undefined);
    if (values.length === 0) return;
    if (!isScalarSpec(spec)) {
      this.report([...path, 'field'], `字段“${cond.field}”是${KIND_NAMES[spec.type]}，只能用 present 判断有无`);
      return;
    }
    for (const value of values) {
      if (spec.type === 'enum' && (typeof value !== 'string' || !(value in spec.values))) {
        const options = Object.keys(spec.values).join('、');
        this.report(path, `条件中的取值“${String(value)}”不是“${spec.label}”的可选值（可选：${options}）`);
      } else if (spec.type === 'boolean' && typeof value !== 'boolean') {
        this.report(path, `“${spec.label}”是是否项，条件取值应为 true 或 false`);
      } else if ((spec.type === 'money' || spec.type === 'integer') && typeof value !== 'number') {
        this.report(path, `“${spec.label}”是数字，条件取值应为数字`);
      }
    }
  }

  text(text: TextTemplate, scope: SpecScope, loopDepth: number, path: TemplatePath): void {
    if (typeof text !== 'string') {
      text.forEach((choice, i) => {
        if (choice.when) this.condition(choice.when, scope, [...path, i, 'when']);
        this.text(choice.text, scope, loopDepth, [...path, i, 'text']);
      });
      return;
    }
    let parts;
    try {
      parts = parseText(text);
    } catch (error) {
      if (!(error instanceof PlaceholderSyntaxError)) throw error;
      this.report(path, `占位符“${error.source}”写法有误：${error.message}`);
      return;
    }
    for (const part of parts) {
      if (part.kind === 'expr') this.placeholder(part.expr, part.source, scope, loopDepth, path);
    }
  }

  private placeholder(expr: Expr, source: string, scope: SpecScope, loopDepth: number, path: TemplatePath): void {
    switch (expr.kind) {
      case 'index':
      case 'cn':
        if (loopDepth === 0) this.report(path, `占位符“${source}”只能用在重复（each）之内`);
        return;
      case 'count': {
        const resolved = resolveSpec(scope, expr.path);
        if (!resolved.ok) this.report(path, `占位符“${source}”引用了数据定义中没有的字段“${resolved.missing}”`);
        else if (resolved.spec.type !== 'list') this.report(path, `占位符“${source}”：count 只能用于列表`);
        return;
      }
      case 'sum': {
        const resolved = resolveListAggregate(scope, expr.path);
        if (!resolved.ok) this.report(path, `占位符“${source}”引用了数据定义中没有的字段“${resolved.missing}”`);
        else if (resolved.field.type !== 'money' && resolved.field.type !== 'integer') {
          this.report(path, `占位符“${source}”：sum 只能合计金额或整数字段`);
        } else if (expr.format && resolved.field.type !== 'money') {
          this.report(path, `占位符“${source}”：upper 只能用于金额`);
        }
        return;
      }
      case 'path': {
        const resolved = resolveSpec(scope, expr.path);
        if (!resolved.ok) {
          this.report(path, `占位符“${source}”引用了数据定义中没有的字段“${resolved.missing}”`);
        } else if (!isScalarSpec(resolved.spec)) {
          this.report(
            path,
            `占位符“${source}”指向${KIND_NAMES[resolved.spec.type]}“${resolved.spec.label}”，不能直接填入文字`,
          );
        } else if (expr.format && resolved.spec.type !== 'money') {
          this.report(path, `占位符“${source}”：upper 只能用于金额`);
        }
        return;
      }
    }
  }

  loop(list: string, as: string, scope: SpecScope, path: TemplatePath): SpecScope | null {
    const resolved = resolveSpec(scope, list.split('.'));
    if (!resolved.ok) {
      this.report([...path, 'list'], `重复（each）引用了数据定义中没有的字段“${resolved.missing}”`);
      return null;
    }
    if (resolved.spec.type !== 'list') {
      this.report([...path, 'list'], `重复（each）的“${list}”是${KIND_NAMES[resolved.spec.type]}，不是列表`);
      return null;
    }
    if (as in scope.root || scope.loops.some((loop) => loop.name === as)) {
      this.report([...path, 'as'], `重复变量名“${as}”与已有的字段重名`);
      return null;
    }
    return { root: scope.root, loops: [...scope.loops, { name: as, spec: resolved.spec.item }] };
  }

  blocks(blocks: readonly TemplateBlock[], scope: SpecScope, depth: number, path: TemplatePath): void {
    blocks.forEach((block, i) => this.block(block, scope, depth, [...path, i]));
  }

  private block(block: TemplateBlock, scope: SpecScope, depth: number, path: TemplatePath): void {
    switch (block.type) {
      case 'title':
        block.lines.forEach((line, i) => this.text(line, scope, depth, [...path, 'lines', i]));
        return;
      case 'number':
      case 'addressee':
      case 'paragraph':
      case 'heading':
      case 'label':
        this.text(block.text, scope, depth, [...path, 'text']);
        return;
      case 'cc':
        this.text(block.text, scope, depth, [...path, 'text']);
        if (block.printedBy) this.text(block.printedBy, scope, depth, [...path, 'printedBy']);
        if (block.printedOn) this.text(block.printedOn, scope, depth, [...path, 'printedOn']);
        return;
      case 'signature':
        this.text(block.org, scope, depth, [...path, 'org']);
        this.text(block.date, scope, depth, [...path, 'date']);
        return;
      case 'blank':
      case 'pageBreak':
        return;
      case 'attachments':
        if (block.heading) this.text(block.heading, scope, depth, [...path, 'heading']);
        block.items.forEach((item, i) => {
          if (!isEachText(item)) {
            this.text(item, scope, depth, [...path, 'items', i]);
            return;
          }
          const inner = this.loop(item.each, item.as, scope, [...path, 'items', i]);
          if (inner) this.text(item.text, inner, depth + 1, [...path, 'items', i, 'text']);
        });
        return;
      case 'table':
        this.table(block, scope, depth, path);
        return;
      case 'each': {
        const inner = this.loop(block.list, block.as, scope, path);
        if (inner) this.blocks(block.blocks, inner, depth + 1, [...path, 'blocks']);
        if (block.empty) this.blocks(block.empty, scope, depth, [...path, 'empty']);
        return;
      }
      case 'when':
        this.condition(block.test, scope, [...path, 'test']);
        this.blocks(block.blocks, scope, depth, [...path, 'blocks']);
        if (block.else) this.blocks(block.else, scope, depth, [...path, 'else']);
        return;
    }
  }

  private table(
    block: Extract<TemplateBlock, { type: 'table' }>,
    scope: SpecScope,
    depth: number,
    path: TemplatePath,
  ): void {
    const columns = block.columns.length;
    block.rows.forEach((row, r) => {
      const rowPath = [...path, 'rows', r];
      const span = row.cells.reduce((sum, cell) => sum + (cell.span ?? 1), 0);
      if (span !== columns) {
        this.report(rowPath, `这一行的单元格共占 ${span} 列，而表格有 ${columns} 列`);
      }
      let cellScope: SpecScope | null = scope;
      let cellDepth = depth;
      if ('each' in row) {
        cellScope = this.loop(row.each, row.as, scope, rowPath);
        cellDepth = depth + 1;
      }
      if (!cellScope) return;
      const finalScope = cellScope;
      row.cells.forEach((cell, c) => this.text(cell.text, finalScope, cellDepth, [...rowPath, 'cells', c, 'text']));
    });
  }

  fields(
    fields: Readonly<Record<string, FieldSpec>>,
    root: Readonly<Record<string, FieldSpec>>,
    path: TemplatePath,
  ): void {
    for (const [name, spec] of Object.entries(fields)) {
      const here = [...path, name];
      if (spec.requiredWhen) {
        const siblings: SpecScope = { root: { ...root, ...fields }, loops: [] };
        this.condition(spec.requiredWhen, siblings, [...here, 'requiredWhen']);
      }
      if (spec.type === 'enum' && Object.keys(spec.values).length === 0) {
        this.report([...here, 'values'], `选项“${spec.label}”至少要有一个可选值`);
      }
      if (spec.type === 'object') this.fields(spec.fields, root, [...here, 'fields']);
      if (spec.type === 'list') {
        if (spec.item.type === 'object') this.fields(spec.item.fields, root, [...here, 'item', 'fields']);
        if (spec.minItems !== undefined && spec.maxItems !== undefined && spec.minItems > spec.maxItems) {
          this.report(here, `列表“${spec.label}”的 minItems 大于 maxItems`);
        }
      }
    }
  }
}

/**
 * How large a template may be (issue #17): the built-in ones have under 60 blocks and a few blank
 * lines. Thousands of blank blocks once made a 6,000-page paper; these limits refuse such a file
 * when it is loaded, naming it. (What data repeats is limited on the built model: output-limits.ts.)
 */
export const TEMPLATE_LIMITS = { blocks: 500, blankLines: 150, pageBreaks: 20 } as const;

interface Size {
  blocks: number;
  blankLines: number;
  pageBreaks: number;
}

function measure(blocks: readonly TemplateBlock[], size: Size): Size {
  for (const block of blocks) {
    size.blocks += 1;
    if (block.type === 'blank') size.blankLines += block.lines ?? 1;
    if (block.type === 'pageBreak') size.pageBreaks += 1;
    if (block.type === 'each') {
      measure(block.blocks, size);
      if (block.empty) measure(block.empty, size);
    }
    if (block.type === 'when') {
      measure(block.blocks, size);
      if (block.else) measure(block.else, size);
    }
  }
  return size;
}

function sizeProblem(template: Template): TemplateProblem | undefined {
  const size = measure(template.blocks, { blocks: 0, blankLines: 0, pageBreaks: 0 });
  const { blocks, blankLines, pageBreaks } = TEMPLATE_LIMITS;
  const message =
    size.blocks > blocks
      ? `模板的段落太多（${size.blocks} 个，上限 ${blocks} 个）`
      : size.blankLines > blankLines
        ? `模板的空行太多（共 ${size.blankLines} 行，上限 ${blankLines} 行）`
        : size.pageBreaks > pageBreaks
          ? `模板的分页太多（${size.pageBreaks} 处，上限 ${pageBreaks} 处）`
          : undefined;
  return message === undefined ? undefined : { path: ['blocks'], message };
}

/** All semantic problems of a schema-valid template, in document order; a template too large is refused first. */
export function checkTemplate(template: Template): TemplateProblem[] {
  const tooLarge = sizeProblem(template);
  if (tooLarge) return [tooLarge];
  const checker = new Checker();
  checker.fields(template.data, template.data, ['data']);
  checker.blocks(template.blocks, { root: template.data, loops: [] }, 0, ['blocks']);
  return checker.problems;
}
