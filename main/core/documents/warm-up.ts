// Readies the paper engine in a program that stays open (browser mode, the desktop app) while the
// clerk is still reading the screen, so that the first paper they print costs what a later one
// does. Left to the first paper, it loaded the PDF and DOCX libraries (≈ 200 ms), parsed each
// typeface's font and its layout tables (≈ 90 ms for the first CFF face) and compiled the layout
// code: the first PDF of a process took ten times a later one.
//
// The work is cut into steps of one turn of the event loop each (loading one library, opening one
// typeface, one sample paper), so a request arriving meanwhile waits for one step at most. The
// faces are warmed in the form papers will use them: their cut copies (font-subsets.ts), which on
// the first start on a PC are made first, in their worker, while this waits without blocking.

import { setImmediate } from 'node:timers/promises';
import type { PdfFontOptions } from './fonts';
import { resolveRoleFont } from './font-roles';
import { preloadFontkit } from './office-fonts';
import { FONT_ROLES } from './system-fonts';
import { documentFaces } from './pdf-fonts';
import { subsetFontFile, subsetsSettled } from './font-subsets';
import { prepareDocument, renderModel, sampleData } from './render';

/** One turn of the event loop: what is waiting (a request, a timer) runs before the next step. */
export function nextTurn(): Promise<void> {
  return setImmediate();
}

/**
 * The paper printed whole: the 受理情况告知书, one short page (a long paper's first print would be
 * one long step); the benchmark measures the review opinion after it, another paper.
 */
const SAMPLE_TEMPLATE = 'acceptance-notice';
const SAMPLE_RUNS = 3;

/**
 * Makes sure each face's cut copy exists and holds `text` before the faces are opened, so the
 * copies are what is parsed and kept (a face opened whole now would be opened again as its copy
 * by the first paper). A face without a copy (a small font, copies off or failed) is opened whole.
 */
async function copiesReady(fonts: PdfFontOptions | undefined, text: string, signal?: AbortSignal): Promise<void> {
  let building = false;
  for (const face of documentFaces(fonts)) {
    if (subsetFontFile(face.file, face.postscriptName, text) === null) building = true;
  }
  if (building) await Promise.race([subsetsSettled(), abortedWith(signal)]);
}

/** Never settles without a signal; rejects once it is aborted. */
function abortedWith(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason as Error);
    else signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

/**
 * Loads the PDF and DOCX libraries, opens every typeface of `fonts` (the office's PDF fonts) and
 * prints one sample paper in each format, a step per turn of the event loop. Rejects if any step
 * fails (an office font that cannot be read): the caller logs it and papers work as without it.
 * `signal` stops it between two steps (a server stopping), rejecting with the signal's reason.
 */
export async function warmUpPapers(
  fonts: PdfFontOptions | undefined,
  turn: () => Promise<void> = nextTurn,
  signal?: AbortSignal,
): Promise<void> {
  const between = async (): Promise<void> => {
    await turn();
    signal?.throwIfAborted();
  };
  // The PDF library is the longest single load: its font parser (≈ 120 ms) first, then the rest.
  preloadFontkit();
  await between();
  const pdf = await import('./render-pdf');
  await between();
  await import('./render-docx');
  await between();
  // Each role's face chosen, a role per turn: on a PC's first start the installed fonts are checked
  // (≈ 0.3 s each, then kept in font-checks.json); all at once they held the event loop ≈ 1 s.
  for (const role of FONT_ROLES) {
    resolveRoleFont(role, fonts);
    await between();
  }
  const { model } = prepareDocument(SAMPLE_TEMPLATE, sampleData(SAMPLE_TEMPLATE));
  const text = JSON.stringify(model);
  await between();
  await copiesReady(fonts, text, signal);
  await between();
  await pdf.warmPdfFaces(fonts, text, between);
  // Printed a few times: V8 optimises a function once it has run often, and a paper's layout
  // code run only once is still in its slower first form when the clerk's paper comes.
  for (let i = 0; i < SAMPLE_RUNS; i += 1) {
    await renderModel(model, 'pdf', { fonts });
    await between();
    await renderModel(model, 'docx');
    await between();
  }
}
