// The PDF breaks lines and pages where a word processor breaks the DOCX: each sample, plus a long
// opinion, a long item list and transfer letters whose 版记 only just fits or must go on a new page,
// is rendered both ways and LibreOffice's conversion of the DOCX (with the usual Noto CJK
// substitutes for the official fonts) is compared page by page — and, for the 版记, where its rules
// fall on the last page.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './build';
import { MARGINS_TWIPS, TEXT_WIDTH_TWIPS } from './layout';
import { measureWithBuiltinMetrics } from './metrics';
import type { DocumentModel } from './model';
import { PAGE_FOOT_TWIPS, documentFlow, paginate } from './paginate';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { listTemplates, loadTemplate, sampleData } from './template-store';
import { convertToPdf } from './testing/libreoffice';
import { pageTexts, requireTools } from './testing/tools';

const enabled = requireTools('soffice', 'pdfinfo', 'pdftotext', 'pdftoppm');

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

/** The transfer letter with `count` one-line materials (its list, and so its last page, grows) and a 抄送. */
function transferLetter(count: number, cc: string): unknown {
  const data = structuredClone(sampleData('transfer-letter')) as { materials: unknown[]; cc?: string };
  data.materials = Array.from({ length: count }, (_, i) => ({ name: `现场照片（第${i + 1}组）`, copies: 1, pages: 2 }));
  data.cc = cc;
  return data;
}

/** Whether our layout puts the 版记 alone on a page of its own. */
function versionRecordAlone(data: unknown): boolean {
  const model = buildDocument(loadTemplate('transfer-letter').template, data);
  const last = paginate(documentFlow(model, measureWithBuiltinMetrics), measureWithBuiltinMetrics).at(-1);
  return (last?.lines ?? []).every((line) => line.style === 'cc' || line.range.end === line.range.start);
}

const LONG_CC = '某某区司法局、某某区综合行政执法局、某某区农业农村委员会、某某区生态环境局';

/** The fewest materials that push the 版记 onto a new page; one fewer and it just fits under the list. */
function materialsToPush(cc: string): number {
  for (let count = 1; count < 60; count += 1) if (versionRecordAlone(transferLetter(count, cc))) return count;
  throw new Error('the 版记 never moved to a new page');
}

const CASES: readonly { name: string; id: string; data: () => unknown; versionRecord?: boolean }[] = [
  ...listTemplates().map(({ id }) => ({ name: id, id, data: () => sampleData(id), versionRecord: id === 'transfer-letter' })),
  { name: 'review-opinion (long)', id: 'review-opinion', data: longOpinion },
  { name: 'item-list (36 items)', id: 'item-list', data: longItemList },
  {
    name: 'transfer-letter (版记 of two lines just fits under the list)',
    id: 'transfer-letter',
    data: () => transferLetter(materialsToPush(LONG_CC) - 1, LONG_CC),
    versionRecord: true,
  },
  {
    name: 'transfer-letter (版记 on a page of its own)',
    id: 'transfer-letter',
    data: () => transferLetter(materialsToPush('某某区司法局'), '某某区司法局'),
    versionRecord: true,
  },
];

/**
 * Full-width horizontal rules on a page of a PDF, as the y of their middles in points: the page
 * rasterised at 150 dpi in grey, rows dark across nine tenths of the text area.
 */
function horizontalRules(pdf: string, page: number): number[] {
  const dpi = 150;
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), pdf], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const px = (twips: number) => Math.round((twips / 1440) * dpi);
  const [from, to] = [px(MARGINS_TWIPS.left), px(MARGINS_TWIPS.left + TEXT_WIDTH_TWIPS)];
  const dark: number[] = [];
  for (let y = 0; y < height; y += 1) {
    let count = 0;
    for (let x = from; x < to; x += 1) if ((pixels[y * width + x] ?? 255) < 160) count += 1;
    if (count >= 0.9 * (to - from)) dark.push(y);
  }
  const rules: number[][] = [];
  for (const y of dark) {
    const last = rules.at(-1);
    if (last && last.at(-1) === y - 1) last.push(y);
    else rules.push([y]);
  }
  return rules.map((rows) => ((rows.reduce((a, b) => a + b, 0) / rows.length + 0.5) * 72) / dpi);
}

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
      const outcomes = await pool(CASES, 3, async (c) => {
        const model: DocumentModel = buildDocument(loadTemplate(c.id).template, c.data());
        const file = join(dir, c.name.replace(/\W+/g, '-'));
        writeFileSync(`${file}.docx`, await renderDocx(model));
        writeFileSync(`${file}.pdf`, await renderPdf(model));
        const converted = await convertToPdf(`${file}.docx`);
        const ours = pageTexts(`${file}.pdf`);
        const theirs = pageTexts(converted);
        const rules = (pdf: string, pages: string[]) => (c.versionRecord ? horizontalRules(pdf, pages.length).slice(-2) : []);
        return { ...c, ours, theirs, ourRules: rules(`${file}.pdf`, ours), theirRules: rules(converted, theirs) };
      });
      for (const { name, ours, theirs, versionRecord, ourRules, theirRules } of outcomes) {
        expect(ours.length, `${name}: page count`).toBe(theirs.length);
        const starts = (pages: string[]) => pages.map((text) => text.slice(0, 8));
        expect(starts(ours), `${name}: first words of each page`).toEqual(starts(theirs));
        if (!versionRecord) continue;
        // The 版记 is on the last page only, its rules where LibreOffice draws the DOCX's borders,
        // the lower one ending on the foot of the page's 22nd line.
        for (const pages of [ours, theirs]) {
          expect(pages.at(-1), `${name}: 抄送 on the last page`).toContain('抄送：');
          expect(pages.slice(0, -1).join(''), `${name}: 抄送 only there`).not.toContain('抄送：');
        }
        expect(ourRules, `${name}: the 版记's two rules`).toHaveLength(2);
        expect(theirRules, `${name}: the 版记's two rules in LibreOffice`).toHaveLength(2);
        ourRules.forEach((y, i) => expect(Math.abs(y - (theirRules[i] ?? 0)), `${name}: rule ${i + 1} at ${y} pt`).toBeLessThan(1.5));
        expect(Math.abs((ourRules[1] ?? 0) - (MARGINS_TWIPS.top + PAGE_FOOT_TWIPS - 10) / 20)).toBeLessThan(0.75);
      }
      expect(outcomes.find((o) => o.name === 'review-opinion (long)')?.ours.length).toBeGreaterThanOrEqual(3);
      expect(outcomes.find((o) => o.name === 'item-list (36 items)')?.ours.length).toBeGreaterThanOrEqual(3);
      const alone = outcomes.find((o) => o.name === 'transfer-letter (版记 on a page of its own)');
      expect(alone?.ours.at(-1)).toMatch(/^抄送：某某区司法局。/);
      const fits = outcomes.find((o) => o.name === 'transfer-letter (版记 of two lines just fits under the list)');
      expect(fits?.ours.at(-1)).toContain('接收人（签名）');
    },
    300_000,
  );
});
