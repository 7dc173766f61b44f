// Document rendering speed: each template rendered many times in each format, with the median and
// 95th percentile per document, the process's peak memory, and — where LibreOffice is installed —
// what converting the same DOCX to PDF with it costs, for comparison. Figures only; nothing asserts.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleForNode } from '../build/scripts/build-cli.mjs';
import { listTemplates, prepareDocument, renderModel, sampleData } from '../main/core/documents/render';
import type { DocumentModel, RenderFormat } from '../main/core/documents/render';
import { convertToPdf } from '../main/core/documents/testing/libreoffice';
import { hasCommand } from '../main/core/documents/testing/tools';
import { percentile, row, timeMany } from './stats';

const RUNS_PER_TEMPLATE = 25;
const ROOT = resolve(import.meta.dirname, '..');

function peakRssMb(): string {
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}

async function timeFormat(
  models: readonly DocumentModel[],
  format: RenderFormat,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (const model of models) {
    for (let i = 0; i < RUNS_PER_TEMPLATE; i += 1) {
      const start = performance.now();
      await renderModel(model, format);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface FirstPdf {
  template: string;
  preload: number;
  warm?: { wall: number; longestStep: number };
  first: { wall: number; cpu: number };
  later: { wall: number; cpu: number };
}

/**
 * The first PDF of a fresh process against a later one of the same process (bench/first-pdf.ts),
 * run as compiled JavaScript like the CLI and the desktop app (not through tsx, whose loader
 * would be charged to the first PDF's module loading).
 */
async function firstPdf(): Promise<void> {
  const cache = mkdtempSync(join(tmpdir(), 'fashen-bench-font-cache-'));
  // The first-start warm-up row has a font cache of its own, so the next row still finds none.
  const firstStartCache = mkdtempSync(join(tmpdir(), 'fashen-bench-font-cache-'));
  const bundle = join(ROOT, 'bench', 'out', `first-pdf-${process.pid}`);
  try {
    await bundleForNode(ROOT, { 'first-pdf': join(ROOT, 'bench', 'first-pdf.ts') }, bundle);
    const runs: Array<[string, Record<string, string>]> = [
      [
        'the app’s first paper on a PC’s first start (warm-up with nothing cached: font checks, cut copies made)',
        { FIRST_PDF_WARM: '1', FASHEN_CACHE_DIR: firstStartCache },
      ],
      ['nothing cached (first on this PC)', {}],
      ['font checks and cut copies cached (every later start)', {}],
      ['the same, the PDF library already loaded (module loading excluded)', { FIRST_PDF_PRELOAD: '1' }],
      [
        'the app’s first paper: desktop / browser mode warm the engine after start-up (warm-up.ts)',
        { FIRST_PDF_WARM: '1' },
      ],
      ['the same, whole fonts (FASHEN_FONT_SUBSETS=0, as before the cut copies)', { FASHEN_FONT_SUBSETS: '0' }],
    ];
    for (const [label, extraEnv] of runs) {
      const child = spawnSync(process.execPath, [join(bundle, 'first-pdf.mjs')], {
        encoding: 'utf8',
        env: { ...process.env, FASHEN_CACHE_DIR: cache, FASHEN_FONT_SUBSETS: '1', ...extraEnv },
      });
      if (child.status !== 0) {
        console.log(`first PDF of a process, ${label}: FAILED\n${child.stderr}`);
        return;
      }
      const { first, later, preload, warm } = JSON.parse(child.stdout) as FirstPdf;
      console.log(
        `first PDF of a process, ${label}`.padEnd(100) +
          `${first.wall.toFixed(0).padStart(6)} ms (cpu ${first.cpu.toFixed(0)} ms) = ${(first.wall / later.wall).toFixed(1)}× ` +
          `(cpu ${(first.cpu / later.cpu).toFixed(1)}×) a later one of ${later.wall.toFixed(0)} ms (cpu ${later.cpu.toFixed(0)} ms); target ≤ 3×` +
          (preload > 0 ? `; loading the library took ${preload.toFixed(0)} ms before` : '') +
          (warm
            ? `; the warm-up took ${warm.wall.toFixed(0)} ms before, the event loop held at most ${warm.longestStep.toFixed(0)} ms meanwhile (reference 200 ms)`
            : ''),
      );
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(firstStartCache, { recursive: true, force: true });
    rmSync(bundle, { recursive: true, force: true });
  }
}

export async function benchDocuments(): Promise<void> {
  console.log('\n== documents: templates → DOCX / PDF / HTML');
  const models = listTemplates().map(({ id }) => prepareDocument(id, sampleData(id)).model);
  const first = models[0];
  if (!first) return;

  await firstPdf();

  for (const format of ['docx', 'pdf', 'html'] as const) {
    const figures = await timeFormat(models, format);
    console.log(
      `${row(`${format} per document (${models.length} templates × ${RUNS_PER_TEMPLATE})`, figures)}   peak RSS ${peakRssMb()}`,
    );
  }

  if (!hasCommand('soffice')) {
    console.log('LibreOffice (soffice) is not installed: the DOCX → PDF comparison is skipped.');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'fashen-bench-'));
  const docx = join(dir, `${first.templateId}.docx`);
  writeFileSync(docx, await renderModel(first, 'docx'));
  const figures = await timeMany(3, () => convertToPdf(docx));
  console.log(row('LibreOffice DOCX → PDF (fresh profile each time)', figures));
}
