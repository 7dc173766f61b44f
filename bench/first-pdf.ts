// Child of the documents benchmark: a fresh process renders the same paper as a PDF twice and
// prints how long the first (fonts found, read, checked and parsed) and the later ones took (the
// median of five), wall-clock and CPU time, as JSON.
import { listTemplates, prepareDocument, renderModel, sampleData } from '../main/core/documents/render';

const template = listTemplates()[0];
if (!template) throw new Error('no templates');
const { model } = prepareDocument(template.id, sampleData(template.id));

/** Wall-clock and CPU (user + system) milliseconds of one render. */
async function timed(): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await renderModel(model, 'pdf');
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

// FIRST_PDF_PRELOAD=1: the PDF library loaded before the clock starts (what a warmed-up server sees).
let preload = 0;
if (process.env['FIRST_PDF_PRELOAD'] === '1') {
  const started = performance.now();
  await import('../main/core/documents/render-pdf');
  preload = performance.now() - started;
}
const first = await timed();
const later: Array<{ wall: number; cpu: number }> = [];
for (let i = 0; i < 5; i += 1) later.push(await timed());
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
process.stdout.write(
  `${JSON.stringify({
    template: template.id,
    preload,
    first,
    later: { wall: median(later.map((t) => t.wall)), cpu: median(later.map((t) => t.cpu)) },
  })}\n`,
);
