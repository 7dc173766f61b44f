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
import { documentFlow, halfEmptyPages, paginate } from '../paginate';
import { loadTemplate } from '../template-store';

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
];

export function checkPaper(name: string, templateId: string, data: unknown): void {
  const model = buildDocument(loadTemplate(templateId).template, data);
  const pages = paginate(documentFlow(model, measureWithBuiltinMetrics), measureWithBuiltinMetrics);
  const text = pages.flatMap((page) =>
    page.lines.map((line) => line.text.chars.slice(line.range.start, line.range.end).join('')),
  );
  for (const phrase of CODE_PHRASES) {
    expect(text.join('\n'), `${name}: “${phrase}”`).not.toContain(phrase);
  }
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
