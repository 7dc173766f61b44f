// DOCX renderer: the flow as Word paragraphs and tables with real styles, East-Asian font names on
// every run, GB/T 9704 page geometry in exact twips and 页码 "— 1 —" on odd (right) / even (left)
// pages. The 版记's rules are paragraph borders (w:pBdr) of empty full-width paragraphs, and its
// position at the page foot comes from the empty lines documentFlow puts before it. The document
// stays an ordinary editable Word file.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { fontTableXml, stylesXml } from './docx-parts';
import { para } from './flow';
import type { FlowItem, FlowParagraph, FlowRow, FlowRule, FlowTable } from './flow';
import {
  FONTS,
  FOOTER_DISTANCE_TWIPS,
  HEADER_DISTANCE_TWIPS,
  PAGE_NUMBER,
  TABLE,
  TEXT_STYLES,
  TEXT_WIDTH_TWIPS,
  TRAILING_PARAGRAPH_TWIPS,
  VERSION_RECORD,
} from './layout';
import type { TextStyleKey } from './layout';
import type { Align, DocumentModel } from './model';
import { documentFlow } from './document-flow';
import { layRow } from './lay-items';
import { measureWithBuiltinMetrics } from './metrics';
import { withJoinedDocNumbers } from './linebreak';

const ALIGN = {
  justify: AlignmentType.JUSTIFIED,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const satisfies Record<Align, unknown>;

function runOptions(style: TextStyleKey) {
  const s = TEXT_STYLES[style];
  const name = FONTS[s.font].docx;
  return {
    font: { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' },
    size: s.sizePt * 2,
    sizeComplexScript: s.sizePt * 2,
    characterSpacing: s.charSpacingTwips,
  };
}

function exactSpacing(line: number) {
  return { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
}

function indent(item: FlowParagraph) {
  const base = { left: item.left, right: item.right };
  if (item.firstLine > 0) return { ...base, firstLine: item.firstLine };
  if (item.firstLine < 0) return { ...base, hanging: -item.firstLine };
  return base;
}

function paragraph(item: FlowParagraph): Paragraph {
  return new Paragraph({
    style: TEXT_STYLES[item.style].docxId,
    alignment: ALIGN[item.align],
    indent: indent(item),
    spacing: exactSpacing(item.lineHeight),
    keepNext: item.keepNext,
    // A paragraph kept with the next moves whole, as the paginator moves it: without this, Word and
    // LibreOffice might leave its first lines behind.
    keepLines: item.keepNext,
    pageBreakBefore: item.breakBefore,
    widowControl: false,
    run: runOptions(item.style),
    children:
      item.text.length > 0 ? [new TextRun({ text: withJoinedDocNumbers(item.text), ...runOptions(item.style) })] : [],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: TABLE.borderEighthsPt, color: '000000' } as const;

function row(flowRow: FlowRow, header: boolean): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    height: { value: layRow(flowRow, measureWithBuiltinMetrics).height, rule: HeightRule.ATLEAST },
    children: flowRow.cells.map(
      (cell) =>
        new TableCell({
          width: { size: cell.width, type: WidthType.DXA },
          columnSpan: cell.span > 1 ? cell.span : undefined,
          verticalAlign: VerticalAlignTable.CENTER,
          children: cell.text
            .split('\n')
            .map((text) => paragraph(para(cell.style, text, cell.align, { lineHeight: flowRow.lineHeight }))),
        }),
    ),
  });
}

function table(item: FlowTable): Table {
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [...item.columnWidths],
    layout: TableLayoutType.FIXED,
    indent: { size: 0, type: WidthType.DXA },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    margins: { left: TABLE.cellPaddingTwips, right: TABLE.cellPaddingTwips, top: 0, bottom: 0 },
    rows: [...item.headerRows.map((r) => row(r, true)), ...item.rows.map((r) => row(r, false))],
  });
}

function pageNumberFooter(side: 'left' | 'right'): Footer {
  const run = runOptions('pageNumber');
  return new Footer({
    children: [
      new Paragraph({
        style: TEXT_STYLES.pageNumber.docxId,
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: PAGE_NUMBER.sideIndentTwips } : { left: PAGE_NUMBER.sideIndentTwips },
        spacing: { line: PAGE_NUMBER.sizePt * 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({ ...run, children: [`${PAGE_NUMBER.dash} `, PageNumber.CURRENT, ` ${PAGE_NUMBER.dash}`] }),
        ],
      }),
    ],
  });
}

/**
 * A 版记 rule: an empty paragraph without indents (so the border spans the text area) on a 1 pt
 * exact line, its border at w:space="0" so that Word, WPS and LibreOffice add just the border's
 * width to the paragraph — which the 版记's line heights allow for.
 */
function rule(item: FlowRule): Paragraph {
  const border = {
    style: BorderStyle.SINGLE,
    size: VERSION_RECORD.ruleEighthsPt[item.weight],
    color: '000000',
    space: 0,
  } as const;
  return new Paragraph({
    spacing: exactSpacing(item.lineHeight),
    indent: { left: 0, right: 0 },
    keepNext: item.keepNext,
    pageBreakBefore: item.breakBefore,
    widowControl: false,
    border: item.edge === 'top' ? { top: border } : { bottom: border },
    run: { size: 2 },
  });
}

function children(items: readonly FlowItem[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = items.map((item) => {
    if (item.kind === 'paragraph') return paragraph(item);
    if (item.kind === 'rule') return rule(item);
    return table(item);
  });
  // Word ends a body with a paragraph; after a final table a tiny one, which pagination allows for.
  if (items[items.length - 1]?.kind === 'table') {
    out.push(
      new Paragraph({
        spacing: { line: TRAILING_PARAGRAPH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        run: { size: 2 },
      }),
    );
  }
  return out;
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const { page } = model;
  const doc = new Document({
    creator: '法审工作台',
    lastModifiedBy: '法审工作台',
    title: model.name,
    evenAndOddHeaderAndFooters: model.pageNumbers,
    sections: [
      {
        properties: {
          page: {
            size: { width: page.widthTwips, height: page.heightTwips },
            margin: {
              top: page.margins.top,
              bottom: page.margins.bottom,
              left: page.margins.left,
              right: page.margins.right,
              header: HEADER_DISTANCE_TWIPS,
              footer: FOOTER_DISTANCE_TWIPS,
              gutter: 0,
            },
          },
        },
        footers: model.pageNumbers ? { default: pageNumberFooter('right'), even: pageNumberFooter('left') } : undefined,
        children: children(documentFlow(model, measureWithBuiltinMetrics)),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [
    { path: 'word/styles.xml', data: stylesXml() },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ]);
}
