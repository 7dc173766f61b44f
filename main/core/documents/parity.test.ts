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
import { documentFlow } from './document-flow';
import { PAGE_FOOT_TWIPS, paginate } from './paginate';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { listTemplates, loadTemplate, sampleData } from './template-store';
import { convertAllToPdf } from './testing/libreoffice';
import { pageLines, pageTexts, requireTools } from './testing/tools';

const enabled = requireTools('soffice', 'pdfinfo', 'pdftotext', 'pdftoppm');

function longOpinion(): unknown {
  const data = structuredClone(sampleData('review-opinion')) as {
    points: { note?: string }[];
    case: { facts: string };
  };
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

/**
 * A 送达回证 served by leaving it (留置送达) with a refusal of `length` characters and `notes` added
 * to the sample's: at some lengths its 备注 cell ends in …。 at the cell's right edge, where
 * LibreOffice does not let the 。 hang out of the cell, and the row grows by a line (a row too tall
 * for the rest of the page would move whole; the receipt must still be one page).
 */
function lodgedReceipt(length: number, notes = ''): unknown {
  const data = structuredClone(sampleData('service-receipt')) as Record<string, unknown>;
  data.method = 'lodged';
  data.witness = '村委会主任 张某';
  data.refusal = '当事人认为处罚决定认定事实不清、适用法律错误，拒绝签字并要求复议'.slice(0, length);
  data.notes = `${String(data.notes)}${notes}`;
  return data;
}

/** A sample whose 违法事实 is `extra` characters longer, to move what ends the paper across a page. */
function longerFacts(id: string, extra: number): unknown {
  const data = structuredClone(sampleData(id)) as { case: { facts: string } };
  data.case.facts += '经复核现场测量数据准确无误当事人对此无异议并签字确认'.repeat(40).slice(0, extra);
  return data;
}

const CASES: readonly { name: string; id: string; data: () => unknown; versionRecord?: boolean }[] = [
  ...listTemplates().map(({ id }) => ({
    name: id,
    id,
    data: () => sampleData(id),
    versionRecord: id === 'transfer-letter',
  })),
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
  // The 附件 list, or the signing lines, kept with the signature onto the next page.
  {
    name: 'transfer-letter (附件 list with the signature on page 3)',
    id: 'transfer-letter',
    data: () => longerFacts('transfer-letter', 329),
  },
  {
    name: 'review-opinion (signing lines with the signature on page 5)',
    id: 'review-opinion',
    data: () => longerFacts('review-opinion', 273),
  },
  ...[8, 10, 13, 19, 30].map((length) => ({
    name: `service-receipt (留置送达, refusal of ${length} characters)`,
    id: 'service-receipt',
    data: () => lodgedReceipt(length),
  })),
  // Were the 备注's last 。 let hang out of the cell (as at 19 characters above), the row would be a
  // line shorter: here its last line is 张。 alone.
  {
    name: "service-receipt (留置送达, 。 at the 备注 cell's edge)",
    id: 'service-receipt',
    data: () => lodgedReceipt(29, '另附现场照片三张。'),
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

describe.runIf(enabled)('DOCX and PDF break pages alike', () => {
  it('has the same pages, starting with the same text, as LibreOffice makes of the DOCX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fashen-parity-'));
    const files = await Promise.all(
      CASES.map(async (c, i) => {
        const model: DocumentModel = buildDocument(loadTemplate(c.id).template, c.data());
        const file = join(dir, `${i}-${c.name.replace(/\W+/g, '-')}`);
        writeFileSync(`${file}.docx`, await renderDocx(model));
        writeFileSync(`${file}.pdf`, await renderPdf(model));
        return file;
      }),
    );
    // One LibreOffice run for every case: its start-up is most of a conversion's time.
    const converted = await convertAllToPdf(files.map((file) => `${file}.docx`));
    const outcomes = CASES.map((c, i) => {
      const ourPdf = `${files[i] ?? ''}.pdf`;
      const theirPdf = converted[i] ?? '';
      const ours = pageTexts(ourPdf);
      const theirs = pageTexts(theirPdf);
      const rules = (pdf: string, pages: string[]) =>
        c.versionRecord ? horizontalRules(pdf, pages.length).slice(-2) : [];
      return {
        ...c,
        ours,
        theirs,
        ourLines: pageLines(ourPdf),
        theirLines: pageLines(theirPdf),
        ourRules: rules(ourPdf, ours),
        theirRules: rules(theirPdf, theirs),
      };
    });
    for (const { name, ours, theirs, versionRecord, ourRules, theirRules, ourLines, theirLines } of outcomes) {
      expect(ours.length, `${name}: page count`).toBe(theirs.length);
      // Every line breaks where the word processor breaks it: no 。，、 hangs in either. (Sorted: pdftotext
      // reads a table's cells in an order that depends on the producer; the page starts check the order.)
      const sorted = (pages: string[][]) => pages.map((lines) => [...lines].sort());
      expect(sorted(ourLines), `${name}: the lines of each page`).toEqual(sorted(theirLines));
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
      ourRules.forEach((y, i) =>
        expect(Math.abs(y - (theirRules[i] ?? 0)), `${name}: rule ${i + 1} at ${y} pt`).toBeLessThan(1.5),
      );
      expect(Math.abs((ourRules[1] ?? 0) - (MARGINS_TWIPS.top + PAGE_FOOT_TWIPS - 10) / 20)).toBeLessThan(0.75);
    }
    expect(outcomes.find((o) => o.name === 'review-opinion (long)')?.ours.length).toBeGreaterThanOrEqual(3);
    expect(outcomes.find((o) => o.name === 'item-list (36 items)')?.ours.length).toBeGreaterThanOrEqual(3);
    const alone = outcomes.find((o) => o.name === 'transfer-letter (版记 on a page of its own)');
    expect(alone?.ours.at(-1)).toMatch(/^抄送：某某区司法局。/);
    const letter = outcomes.find((o) => o.name.startsWith('transfer-letter (附件 list'))?.ours;
    // The text's last line stays on its page, closed by （以下无正文）; the 附件说明 starts the next.
    expect(letter?.[1]).toMatch(/联系人：[^]*（以下无正文）/u);
    expect(letter?.[2]).toMatch(/^附件：有关材料\d+份\s*1\.现场检查笔录\s*2\./su);
    const opinion = outcomes.find((o) => o.name.startsWith('review-opinion (signing lines'))?.ours;
    expect(opinion?.at(-1)).toMatch(/审核人：.*\s*法制审核机构负责人：/su);
    // A 送达回证 is one page, served in person or by leaving it (留置送达) with a refusal and a two-line
    // 备注: its table is in 4号 on the 21 pt pitch of 4号 tables, not on the body's 28.95 pt.
    const receipts = outcomes.filter((o) => o.id === 'service-receipt');
    expect(receipts).toHaveLength(7);
    for (const { name, ours } of receipts) {
      expect(ours, `${name}: one page`).toHaveLength(1);
      expect(ours[0], `${name}: 备注 and 填发人 on it`).toMatch(/备注[^]*填发人/u);
    }
    const fits = outcomes.find((o) => o.name === 'transfer-letter (版记 of two lines just fits under the list)');
    expect(fits?.ours.at(-1)).toContain('接收人（签名）');
  }, 300_000);
});
