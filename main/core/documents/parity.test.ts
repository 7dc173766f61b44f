// The PDF breaks lines and pages where a word processor breaks the DOCX: each sample, plus a long
// opinion and a long item list, is rendered both ways and LibreOffice's conversion of the DOCX
// (with the usual Noto CJK substitutes for the official fonts) is compared page by page.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build';
import type { DocumentModel } from './model';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { listTemplates, loadTemplate, sampleData } from './template-store';
import { convertToPdf } from './testing/libreoffice';
import { pageTexts, requireTools } from './testing/tools';

const enabled = requireTools('soffice', 'pdfinfo', 'pdftotext');

function longOpinion(): unknown {
  const data = structuredClone(sampleData('review-opinion')) as { points: { note?: string }[]; case: { facts: string } };
  data.case.facts = `${data.case.facts}${data.case.facts}`;
  data.points.forEach((point, i) => {
    point.note = `${point.note ?? ''}经核对送审卷宗第${i + 3}页至第${i + 7}页的材料，并与承办人王建华当面核实（2025年10月${i + 10}日），${point.note ?? ''}`;
  });
  return data;
}

function longItemList(): unknown {
  const data = structuredClone(sampleData('item-list')) as { items: Record<string, string>[] };
  const base = data.items;
  data.items = Array.from({ length: 36 }, (_, i) => ({ ...base[i % base.length], note: `第${i + 1}号封存袋` }));
  return data;
}

const CASES: readonly { name: string; id: string; data: () => unknown }[] = [
  ...listTemplates().map(({ id }) => ({ name: id, id, data: () => sampleData(id) })),
  { name: 'review-opinion (long)', id: 'review-opinion', data: longOpinion },
  { name: 'item-list (36 items)', id: 'item-list', data: longItemList },
];

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const runners = Array.from({ length: size }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  });
  await Promise.all(runners);
  return results;
}

describe.runIf(enabled)('DOCX and PDF break pages alike', () => {
  it(
    'has the same pages, starting with the same text, as LibreOffice makes of the DOCX',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fashen-parity-'));
      const outcomes = await pool(CASES, 3, async (c, ) => {
        const model: DocumentModel = buildDocument(loadTemplate(c.id).template, c.data());
        const file = join(dir, c.name.replace(/\W+/g, '-'));
        writeFileSync(`${file}.docx`, await renderDocx(model));
        writeFileSync(`${file}.pdf`, await renderPdf(model));
        const converted = await convertToPdf(`${file}.docx`);
        return { name: c.name, ours: pageTexts(`${file}.pdf`), theirs: pageTexts(converted) };
      });
      for (const { name, ours, theirs } of outcomes) {
        expect(ours.length, `${name}: page count`).toBe(theirs.length);
        const starts = (pages: string[]) => pages.map((text) => text.slice(0, 8));
        expect(starts(ours), `${name}: first words of each page`).toEqual(starts(theirs));
      }
      expect(outcomes.find((o) => o.name === 'review-opinion (long)')?.ours.length).toBeGreaterThanOrEqual(3);
      expect(outcomes.find((o) => o.name === 'item-list (36 items)')?.ours.length).toBeGreaterThanOrEqual(3);
    },
    240_000,
  );
});
