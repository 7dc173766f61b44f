// Test support: what every paper must be, checked on its laid-out pages (main/core/documents/
// papers.test.ts on the samples, main/cli/demo-papers.test.ts on the demo office's issued papers): no
// line runs past the text block (not even a 。，、), no page before the signature more than half
// empty, a 送达回证 on one page, no phrase of the screen or the code, and the body that heads it is
// the body that signs it.

import { expect } from 'vitest';
import { buildDocument } from '../build';
import { MARGINS_TWIPS, TEXT_WIDTH_TWIPS } from '../layout';
import { placeLine } from '../linebreak';
import { textSpec } from '../flow';
import { measureWithBuiltinMetrics } from '../metrics';
import { documentFlow } from '../document-flow';
import { halfEmptyPages, paginate } from '../paginate';
import { loadTemplate } from '../template-store';
import { COMPLAINT_FINDING_LABELS } from '../../../../shared/contract/complaints';
import { bodyOf } from '../../papers/bodies';

/** Phrases of the screen or the code that must never be printed. */
export const CODE_PHRASES = [
  '待定',
  '已已',
  '。。',
  '（或评估）',
  '承办人认定',
  '审核标准',
  '会签',
  '特此函告',
  '不再行移送',
  '本案已经过听证程序',
  '依据：待定',
  '的审核标准',
  '听证笔录/评估报告',
  '涉嫌违法（案由',
  '（随案件移送函）',
  // A placeholder dash where a name or a number should be (a table cell may hold a lone —).
  '：—',
  '不属于本机关管辖，不属于本机关管辖',
  'undefined',
  'null',
  'NaN',
  '[object',
  // A finding said twice ("经核实，经初步核实…"), a record's field name in brackets, a dispute's
  // subject written as a register entry.
  '经核实，经',
  '（移送函文号',
  '本单位认为不属于本单位管辖',
  // The screen's choices of a complaint's finding are not the answer's sentences.
  ...Object.values(COMPLAINT_FINDING_LABELS),
];

/** A run of three or more characters printed twice in a row ("养殖场养殖场"): a name and a cause that overlap. */
const DOUBLED = /(\p{Script=Han}{3,})\1/u;

export function checkPaper(name: string, templateId: string, data: unknown): void {
  const model = buildDocument(loadTemplate(templateId).template, data);
  const pages = paginate(documentFlow(model, measureWithBuiltinMetrics), measureWithBuiltinMetrics);
  const text = pages.flatMap((page) =>
    page.lines.map((line) => line.text.chars.slice(line.range.start, line.range.end).join('')),
  );
  const printed = text.join('\n');
  for (const phrase of CODE_PHRASES) {
    expect(printed, `${name}: “${phrase}”`).not.toContain(phrase);
  }
  expect(text.join('').match(DOUBLED)?.[0], `${name}: a doubled run of words`).toBeUndefined();
  // Dates in Chinese form (2025年9月2日), never as the record stores them.
  expect(printed, `${name}: a date as the record stores it`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  // The 司法所 is a 机构 of the government, not a 机关: its papers say 本机构, and name the government.
  if (bodyOf(templateId) === 'review-body')
    expect(printed, `${name}: “本机关” on a 司法所 paper`).not.toContain('本机关');
  // "附件N" heads the Nth paper the 附件说明 lists, under its name.
  const listed = model.blocks.flatMap((block) => (block.kind === 'attachments' ? block.items : []));
  model.blocks.forEach((block, i) => {
    const label = block.kind === 'label' ? /^附件(\d+)$/.exec(block.text) : null;
    if (!label) return;
    const title = model.blocks.slice(i + 1).find((next) => next.kind === 'title');
    const heading = title?.kind === 'title' ? title.lines.join('') : '';
    expect(listed[Number(label[1]) - 1], `${name}: ${label[0]} is listed as “${heading}”`).toBe(heading);
  });
  // The body that heads the paper (发文机关标志) is the body that signs it.
  const heading = model.blocks.find((block) => block.kind === 'title');
  const signature = model.blocks.find((block) => block.kind === 'signature');
  if (heading?.kind === 'title' && heading.lines.length > 1 && signature?.kind === 'signature') {
    expect(signature.org, `${name}: heading and signature`).toBe(heading.lines[0]);
  }
  // A 送达回证 is a one-page form: the recipient signs the one sheet.
  if (templateId === 'service-receipt') expect(pages, `${name}: one page`).toHaveLength(1);
  expect(
    halfEmptyPages(pages).map((page) => page.number),
    `${name}: half-empty pages`,
  ).toEqual([]);
  for (const page of pages) {
    for (const line of page.lines) {
      const placed = placeLine(line.text, line.range, textSpec(line.style));
      expect(
        line.x + placed.width,
        `${name} p${page.number}: ${line.text.chars.slice(line.range.start, line.range.end).join('')}`,
      ).toBeLessThanOrEqual(MARGINS_TWIPS.left + TEXT_WIDTH_TWIPS + 1);
    }
  }
}
