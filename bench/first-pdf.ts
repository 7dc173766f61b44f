// Child of the documents benchmark: a fresh process renders the same paper as a PDF twice and
// prints how long the first (fonts found, read, checked and parsed) and the later ones took (the
// median of five), wall-clock and CPU time, as JSON.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { prepareDocument, renderModel, sampleData } from '../main/core/documents/render';
import { nextTurn, warmUpPapers } from '../main/core/documents/warm-up';

// The review opinion: the paper printed most. (The warm-up's own sample is another paper.)
const TEMPLATE = process.env['FIRST_PDF_TEMPLATE'] ?? 'review-opinion';
const { model } = prepareDocument(TEMPLATE, sampleData(TEMPLATE));

/** Wall-clock and CPU (user + system) milliseconds of one render. */
async function timed(): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await renderModel(model, 'pdf');
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

// FIRST_PDF_PRELOAD=1: the PDF library loaded before the clock starts.
let preload = 0;
if (process.env['FIRST_PDF_PRELOAD'] === '1') {
  const started = performance.now();
  await import('../main/core/documents/render-pdf');
  preload = performance.now() - started;
}
// FIRST_PDF_WARM=1: the warm-up the desktop app and browser mode run after start-up
// (main/core/documents/warm-up.ts), with the longest the event loop was held meanwhile (its
// steps, and on a PC's first start the font copies' preparation on this thread).
let warm: { wall: number; longestStep: number } | undefined;
if (process.env['FIRST_PDF_WARM'] === '1') {
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const started = performance.now();
  await warmUpPapers(undefined, nextTurn);
  stalls.disable();
  warm = { wall: performance.now() - started, longestStep: stalls.max / 1e6 };
}
const first = await timed();
const later: Array<{ wall: number; cpu: number }> = [];
for (let i = 0; i < 5; i += 1) later.push(await timed());
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
process.stdout.write(
  `${JSON.stringify({
    template: TEMPLATE,
    preload,
    warm,
    first,
    later: { wall: median(later.map((t) => t.wall)), cpu: median(later.map((t) => t.cpu)) },
  })}\n`,
);
