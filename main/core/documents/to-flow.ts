// Lowers the semantic model to the flow — style, alignment, indents in twips, keep-with-next, page
// breaks — once, for all three renderers: the body, and apart from it the 版记 (抄送 between its
// rules), which version-record-placement.ts pads down to the foot of the last page.

import { blankLines, para, prefixAdvance } from './flow';
import type { Flow, FlowItem, FlowParagraph, FlowTable } from './flow';
import { charsToTwips, tableLinePitchTwips } from './layout';
import type { TextStyleKey } from './layout';
import { measureWithBuiltinMetrics } from './metrics';
import type { CharMeasurer } from './metrics';
import type { DocBlock, DocumentModel, TableBlock } from './model';
import { keepWithSignature, signature } from './signature-block';
import { versionRecord } from './version-record';

function attachments(items: readonly string[], measure: CharMeasurer, heading = ''): FlowParagraph[] {
  const label = '附件：';
  const start = charsToTwips(2);
  const labelWidth = prefixAdvance(label, 'body', measure);
  if (heading) {
    // "附件：有关材料7份", then "1.…" under its first character, each wrapped line under the name.
    const head = para('body', `${label}${heading}`, 'justify', {
      left: start + labelWidth,
      firstLine: -labelWidth,
      keepNext: true,
    });
    return [
      head,
      ...items.map((item, i) => {
        const number = `${i + 1}.`;
        const numberWidth = prefixAdvance(number, 'body', measure);
        return para('body', `${number}${item}`, 'justify', {
          left: start + labelWidth + numberWidth,
          firstLine: -numberWidth,
          keepNext: i < items.length - 1,
        });
      }),
    ];
  }
  if (items.length === 1) {
    return [para('body', `${label}${items[0] ?? ''}`, 'justify', { left: start + labelWidth, firstLine: -labelWidth })];
  }
  // 附件名称较长需回行时，应当与上一行附件名称的首字对齐 (GB/T 9704 §7.3.4). The list is one piece:
  // each item keeps with the next, so that 附件：1.… never ends a page the rest begins.
  return items.map((item, i) => {
    const number = `${i + 1}.`;
    const numberWidth = prefixAdvance(number, 'body', measure);
    const left = start + labelWidth + numberWidth;
    const firstLine = i === 0 ? -(labelWidth + numberWidth) : -numberWidth;
    const keepNext = i < items.length - 1;
    return para('body', `${i === 0 ? label : ''}${number}${item}`, 'justify', { left, firstLine, keepNext });
  });
}

function table(block: TableBlock): FlowTable {
  const large = block.size === 'normal';
  const row = (r: TableBlock['rows'][number]) => {
    let column = 0;
    const cells = r.cells.map((cell) => {
      const width = block.columnWidths.slice(column, column + cell.span).reduce((a, b) => a + b, 0);
      column += cell.span;
      const style: TextStyleKey = cell.header
        ? large
          ? 'cellHeaderLarge'
          : 'cellHeader'
        : large
          ? 'cellLarge'
          : 'cell';
      return { text: cell.text, style, align: cell.align, span: cell.span, width };
    });
    return { cells, minLines: r.minLines, lineHeight: tableLinePitchTwips(block.size) };
  };
  return {
    kind: 'table',
    columnWidths: block.columnWidths,
    headerRows: block.headerRows.map(row),
    rows: block.rows.map(row),
  };
}

function lower(block: DocBlock, measure: CharMeasurer): FlowItem[] | 'pageBreak' {
  switch (block.kind) {
    case 'title':
      return block.lines.map((line) => para('title', line, 'center'));
    case 'docNumber':
      return [para('body', block.text, block.align)];
    case 'addressee':
      return [para('body', block.text, 'justify')];
    case 'paragraph':
      return [para('body', block.text, block.align, { firstLine: charsToTwips(block.indentChars) })];
    case 'heading':
      return [para(block.level === 1 ? 'heading1' : 'heading2', block.text, 'justify', { firstLine: charsToTwips(2) })];
    case 'label':
      return [para('label', block.text, 'left')];
    case 'blank':
      return blankLines(block.lines, false);
    case 'table':
      return [table(block)];
    case 'attachments':
      return attachments(block.items, measure, block.heading);
    case 'signature':
      return signature(block.org, block.date, block.stampLines, measure);
    case 'cc':
      // Taken out of the body by toFlow: the 版记 is built apart and goes at the end.
      return [];
    case 'pageBreak':
      return 'pageBreak';
  }
}

/**
 * The model as paragraphs and tables, the 版记 apart. A heading keeps with what follows it. A 抄送
 * anywhere in the template goes into the 版记 (GB/T 9704 §7.3.7: 附件 come before the 版记).
 */
export function toFlow(model: DocumentModel, measure: CharMeasurer = measureWithBuiltinMetrics): Flow {
  const items: FlowItem[] = [];
  const ccs: string[] = [];
  let printed: { by: string; on: string } | null = null;
  const attachmentLines = new Set<FlowItem>();
  let pendingBreak = false;
  for (const block of model.blocks) {
    if (block.kind === 'cc') {
      ccs.push(block.text);
      if (block.printedBy?.trim() && block.printedOn?.trim()) printed = { by: block.printedBy, on: block.printedOn };
      continue;
    }
    const lowered = lower(block, measure);
    if (lowered === 'pageBreak') {
      pendingBreak = items.length > 0;
      continue;
    }
    if (block.kind === 'signature') keepWithSignature(items, attachmentLines, measure);
    if (block.kind === 'attachments') lowered.forEach((item) => attachmentLines.add(item));
    for (const item of lowered) {
      if (pendingBreak) {
        if (item.kind === 'paragraph') {
          items.push({ ...item, breakBefore: true });
        } else {
          items.push(para('body', '', 'left', { breakBefore: true }), item);
        }
        pendingBreak = false;
      } else {
        items.push(item);
      }
    }
  }
  const body = items.map((item, i) => {
    const next = items[i + 1];
    const isHeading = item.kind === 'paragraph' && (item.style === 'heading1' || item.style === 'heading2');
    return isHeading && next !== undefined && !(next.kind === 'paragraph' && next.breakBefore)
      ? { ...item, keepNext: true }
      : item;
  });
  return { body, versionRecord: versionRecord(ccs, measure, printed) };
}
