// buildDocument(template, data): fills a checked template with validated data and returns the
// document model. Pure: no I/O, no clock.

import { tidySeams } from './punctuation';
import { validateData, holds } from './data-validate';
import {
  chineseNumeral,
  formatChineseDate,
  formatChineseDateTime,
  formatMoney,
  formatMoneyUpper,
} from './format-values';
import {
  CHARS_PER_LINE,
  DEFAULT_STAMP_LINES,
  LINE_PITCH_TWIPS,
  LINES_PER_PAGE,
  MARGINS_TWIPS,
  PAGE_HEIGHT_TWIPS,
  PAGE_WIDTH_TWIPS,
  TEXT_WIDTH_TWIPS,
} from './layout';
import type { DocBlock, DocumentModel, PageSetup, TableCell, TableRow } from './model';
import { parseText } from './placeholders';
import type { Expr, Formatter } from './placeholders';
import { resolveListAggregate, resolveSpec } from './scope';
import type { SpecScope } from './scope';
import { isEachText } from './template-schema';
import type {
  CellSpec,
  ColumnSpec,
  Condition,
  FieldSpec,
  Template,
  TemplateBlock,
  TextTemplate,
} from './template-schema';

export const PAGE_SETUP: PageSetup = {
  widthTwips: PAGE_WIDTH_TWIPS,
  heightTwips: PAGE_HEIGHT_TWIPS,
  margins: MARGINS_TWIPS,
  linePitchTwips: LINE_PITCH_TWIPS,
  linesPerPage: LINES_PER_PAGE,
  charsPerLine: CHARS_PER_LINE,
};

type Obj = Readonly<Record<string, unknown>>;

interface Frame {
  readonly name: string;
  readonly spec: FieldSpec;
  readonly value: unknown;
  readonly index: number;
}

interface Context {
  readonly frames: readonly Frame[];
}

/**
 * Drops what XML cannot carry (control characters, lone surrogates) and tabs-as-spaces, keeping
 * line breaks as '\n': case data pasted from elsewhere must not corrupt the DOCX.
 */
export function cleanText(text: string): string {
  let out = '';
  const normalized = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  for (let i = 0; i < normalized.length; i += 1) {
    const code = normalized.charCodeAt(i);
    const next = normalized.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += normalized.slice(i, i + 2);
      i += 1;
    } else if (!isUnsafe(code)) {
      out += normalized[i];
    }
  }
  return out;
}

/** Control characters other than the line break, lone surrogates and the two non-characters. */
function isUnsafe(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x0a) ||
    code === 0x7f ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

/** A data value's own property: never one inherited from Object.prototype (`constructor`, `toString`). */
function own(value: Obj, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

function asObj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

class Builder {
  private readonly blocks: DocBlock[] = [];
  private headingCounts: [number, number] = [0, 0];

  constructor(
    private readonly template: Template,
    private readonly data: Obj,
  ) {}

  private scope(ctx: Context): SpecScope {
    return { root: this.template.data, loops: ctx.frames.map((f) => ({ name: f.name, spec: f.spec })) };
  }

  private lookup(ctx: Context, path: readonly string[]): unknown {
    const [first, ...rest] = path;
    if (first === undefined) return undefined;
    const frame = [...ctx.frames].reverse().find((f) => f.name === first);
    let value: unknown = frame ? frame.value : own(this.data, first);
    for (const key of rest) value = own(asObj(value), key);
    return value;
  }

  private formatValue(spec: FieldSpec, value: unknown, format: Formatter | undefined): string {
    if (value === undefined || value === null) return '';
    switch (spec.type) {
      case 'date':
        return formatChineseDate(String(value));
      case 'datetime':
        return formatChineseDateTime(String(value));
      case 'money':
        return format === 'upper' ? formatMoneyUpper(Number(value)) : formatMoney(Number(value));
      case 'boolean':
        return value === true ? '是' : '否';
      case 'enum':
        return spec.values[String(value)] ?? String(value);
      default:
        return String(value);
    }
  }

  private evalExpr(expr: Expr, ctx: Context): string {
    const innermost = ctx.frames[ctx.frames.length - 1];
    switch (expr.kind) {
      case 'index':
        return String((innermost?.index ?? 0) + 1);
      case 'cn':
        return chineseNumeral((innermost?.index ?? 0) + 1);
      case 'count': {
        const list = this.lookup(ctx, expr.path);
        return String(Array.isArray(list) ? list.length : 0);
      }
      case 'sum': {
        const resolved = resolveListAggregate(this.scope(ctx), expr.path);
        if (!resolved.ok) return '';
        const list = this.lookup(ctx, expr.path.slice(0, resolved.split));
        const rest = expr.path.slice(resolved.split);
        let total = 0;
        for (const item of Array.isArray(list) ? list : []) {
          let value: unknown = item;
          for (const key of rest) value = own(asObj(value), key);
          if (typeof value === 'number') total += value;
        }
        return this.formatValue(resolved.field, total, expr.format);
      }
      case 'path': {
        const resolved = resolveSpec(this.scope(ctx), expr.path);
        if (!resolved.ok) return '';
        return this.formatValue(resolved.spec, this.lookup(ctx, expr.path), expr.format);
      }
    }
  }

  private test(cond: Condition, ctx: Context): boolean {
    return holds(cond, this.lookup(ctx, cond.field.split('.')));
  }

  /** The text with its placeholders filled; line breaks in data are kept as '\n'. */
  text(text: TextTemplate, ctx: Context): string {
    let chosen: string | undefined;
    if (typeof text === 'string') chosen = text;
    else chosen = text.find((choice) => !choice.when || this.test(choice.when, ctx))?.text;
    if (chosen === undefined) return '';
    return cleanText(
      parseText(chosen)
        .map((part) => (part.kind === 'literal' ? part.text : this.evalExpr(part.expr, ctx)))
        .join(''),
    );
  }

  /** For places that hold one line only (titles, numbers, signatures). */
  line(text: TextTemplate, ctx: Context): string {
    return this.text(text, ctx).replace(/\n+/g, '');
  }

  private each(list: string, as: string, ctx: Context): Context[] {
    const path = list.split('.');
    const resolved = resolveSpec(this.scope(ctx), path);
    const value = this.lookup(ctx, path);
    if (!resolved.ok || resolved.spec.type !== 'list' || !Array.isArray(value)) return [];
    const item = resolved.spec.item;
    return value.map((v: unknown, index) => ({ frames: [...ctx.frames, { name: as, spec: item, value: v, index }] }));
  }

  run(blocks: readonly TemplateBlock[], ctx: Context): void {
    for (const block of blocks) this.block(block, ctx);
  }

  private push(block: DocBlock): void {
    this.blocks.push(block);
  }

  private block(block: TemplateBlock, ctx: Context): void {
    switch (block.type) {
      case 'title': {
        const lines = block.lines.map((line) => this.line(line, ctx)).filter((line) => line.length > 0);
        if (lines.length > 0) this.push({ kind: 'title', lines });
        return;
      }
      case 'number':
        this.push({ kind: 'docNumber', text: this.line(block.text, ctx), align: block.align ?? 'right' });
        return;
      case 'addressee':
        this.push({ kind: 'addressee', text: this.line(block.text, ctx) });
        return;
      case 'paragraph': {
        // A line break in the data starts a new paragraph, indented like the first.
        for (const text of tidySeams(this.text(block.text, ctx)).split('\n')) {
          if (text.length > 0) {
            this.push({ kind: 'paragraph', text, align: block.align ?? 'justify', indentChars: block.indent ?? 2 });
          }
        }
        return;
      }
      case 'heading':
        this.heading(block.level, this.line(block.text, ctx), block.numbered ?? true);
        return;
      case 'label':
        this.push({ kind: 'label', text: this.line(block.text, ctx) });
        return;
      case 'blank':
        this.push({ kind: 'blank', lines: block.lines ?? 1 });
        return;
      case 'pageBreak':
        this.push({ kind: 'pageBreak' });
        return;
      case 'cc':
        this.push({
          kind: 'cc',
          text: this.line(block.text, ctx),
          ...(block.printedBy && block.printedOn
            ? { printedBy: this.line(block.printedBy, ctx), printedOn: this.line(block.printedOn, ctx) }
            : {}),
        });
        return;
      case 'signature':
        this.push({
          kind: 'signature',
          org: this.line(block.org, ctx),
          date: this.line(block.date, ctx),
          stampLines: block.stampLines ?? DEFAULT_STAMP_LINES,
        });
        return;
      case 'attachments': {
        const items: string[] = [];
        for (const item of block.items) {
          if (isEachText(item)) {
            for (const inner of this.each(item.each, item.as, ctx)) items.push(this.line(item.text, inner));
          } else {
            items.push(this.line(item, ctx));
          }
        }
        const present = items.filter((item) => item.length > 0);
        const heading = block.heading ? this.line(block.heading, ctx) : '';
        if (present.length > 0) this.push({ kind: 'attachments', items: present, ...(heading ? { heading } : {}) });
        return;
      }
      case 'table':
        this.table(block, ctx);
        return;
      case 'each': {
        const contexts = this.each(block.list, block.as, ctx);
        if (contexts.length === 0 && block.empty) this.run(block.empty, ctx);
        for (const inner of contexts) this.run(block.blocks, inner);
        return;
      }
      case 'when':
        if (this.test(block.test, ctx)) this.run(block.blocks, ctx);
        else if (block.else) this.run(block.else, ctx);
        return;
    }
  }

  private heading(level: 1 | 2, text: string, numbered: boolean): void {
    let prefix = '';
    if (numbered && level === 1) {
      this.headingCounts = [this.headingCounts[0] + 1, 0];
      prefix = `${chineseNumeral(this.headingCounts[0])}、`;
    } else if (numbered) {
      this.headingCounts = [this.headingCounts[0], this.headingCounts[1] + 1];
      prefix = `（${chineseNumeral(this.headingCounts[1])}）`;
    }
    this.push({ kind: 'heading', level, text: prefix + text });
  }

  private cells(specs: readonly CellSpec[], columns: readonly ColumnSpec[], ctx: Context): TableCell[] {
    let column = 0;
    return specs.map((spec) => {
      const align = spec.align ?? columns[column]?.align ?? 'left';
      column += spec.span ?? 1;
      return { text: this.text(spec.text, ctx), span: spec.span ?? 1, align, header: spec.header ?? false };
    });
  }

  private table(block: Extract<TemplateBlock, { type: 'table' }>, ctx: Context): void {
    const headerRows: TableRow[] = [];
    if (block.columns.some((c) => c.header !== undefined)) {
      headerRows.push({
        cells: block.columns.map((c) => ({ text: c.header ?? '', span: 1, align: 'center', header: true })),
        minLines: 1,
      });
    }
    const rows: TableRow[] = [];
    for (const row of block.rows) {
      const minLines = row.minLines ?? 1;
      if ('each' in row) {
        for (const inner of this.each(row.each, row.as, ctx)) {
          rows.push({ cells: this.cells(row.cells, block.columns, inner), minLines });
        }
      } else {
        rows.push({ cells: this.cells(row.cells, block.columns, ctx), minLines });
      }
    }
    this.push({
      kind: 'table',
      columnWidths: distributeWidths(block.columns.map((c) => c.width)),
      headerRows,
      rows,
      size: block.size ?? 'small',
    });
  }

  model(): DocumentModel {
    return {
      templateId: this.template.id,
      name: this.template.name,
      page: PAGE_SETUP,
      pageNumbers: this.template.pageNumbers ?? true,
      blocks: this.blocks,
    };
  }
}

/** Column weights → whole twips that add up to the text width exactly. */
export function distributeWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
  const used = widths.reduce((a, b) => a + b, 0);
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + TEXT_WIDTH_TWIPS - used;
  return widths;
}

/** Fills the template with the data (validated first: DOCUMENT_DATA_INVALID on any problem). */
export function buildDocument(template: Template, data: unknown): DocumentModel {
  validateData(template, data);
  const builder = new Builder(template, asObj(data));
  builder.run(template.blocks, { frames: [] });
  return builder.model();
}
