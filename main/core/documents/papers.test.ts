// Every template's sample, and variants of it, as an office would issue them: no line runs past
// the text area (not even a 。，、: lines break by 避头尾 inside the block, in the DOCX as in the PDF), no page before the
// signature is left more than half empty, and no word of the screen or the code reaches the paper.

import { describe, expect, it } from 'vitest';
import { buildDocument } from './build';
import { MARGINS_TWIPS, TEXT_WIDTH_TWIPS } from './layout';
import { placeLine } from './linebreak';
import { textSpec } from './flow';
import { measureWithBuiltinMetrics } from './metrics';
import { documentFlow, halfEmptyPages, paginate } from './paginate';
import type { PlacedPage } from './paginate';
import { listTemplates, loadTemplate, sampleData } from './template-store';

/** Phrases of the screen or the code that must never be printed. */
const CODE_PHRASES = [
  '待定',
  '已已',
  '。。',
  '（或评估）',
  '承办人认定',
  '审核标准',
  '会签',
  '特此函告',
  'undefined',
  'null',
  'NaN',
  '[object',
];

type Data = Record<string, unknown>;

function variants(id: string): { name: string; data: unknown }[] {
  const sample = sampleData(id) as Data;
  const out: { name: string; data: unknown }[] = [{ name: `${id} sample`, data: sample }];
  if (id === 'review-opinion') {
    const minimal = structuredClone(sample) as Data & { case: Data; reviewer: Data; head: Data };
    delete minimal.submission;
    delete minimal.remarks;
    delete minimal.case.handlerPhone;
    delete minimal.case.major;
    delete minimal.reviewer.date;
    delete minimal.head.date;
    out.push({ name: 'review-opinion without the optional fields', data: minimal });
  }
  if (id === 'transfer-letter') {
    const seams = structuredClone(sample) as Data;
    seams.measures = '已责令当事人立即停止排放，并对现场拍照、取样。';
    out.push({ name: 'transfer-letter with typed measures ending in 。', data: seams });
  }
  return out;
}

function pagesOf(id: string, data: unknown): PlacedPage[] {
  const model = buildDocument(loadTemplate(id).template, data);
  return paginate(documentFlow(model, measureWithBuiltinMetrics), measureWithBuiltinMetrics);
}

describe('papers as offices issue them', () => {
  for (const { id } of listTemplates()) {
    for (const { name, data } of variants(id)) {
      it(`${name}: stays inside the text area, leaves no page half empty, prints no code phrase`, () => {
        const pages = pagesOf(id, data);
        const text = pages.flatMap((page) =>
          page.lines.map((line) => line.text.chars.slice(line.range.start, line.range.end).join('')),
        );
        for (const phrase of CODE_PHRASES) {
          expect(text.join('\n'), `${name}: “${phrase}”`).not.toContain(phrase);
        }
        expect(
          halfEmptyPages(pages).map((page) => page.number),
          `${name}: half-empty pages`,
        ).toEqual([]);
        for (const page of pages) {
          for (const line of page.lines) {
            const placed = placeLine(line.text, line.range, textSpec(line.style));
            const right = line.x + placed.width;
            expect(
              right,
              `${name} p${page.number}: ${line.text.chars.slice(line.range.start, line.range.end).join('')}`,
            ).toBeLessThanOrEqual(MARGINS_TWIPS.left + TEXT_WIDTH_TWIPS + 1);
          }
        }
      });
    }
  }
});
