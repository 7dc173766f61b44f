// Keeps, per large font, a copy cut down to the characters papers use, so that a process's first
// PDF does not pay for the whole font. A CJK font is 15–27 MB with 30,000–65,000 glyphs: the
// first PDF of every process read it all, parsed its layout tables, and — for the CFF-flavoured
// Noto/Source Han collections of Linux desktops — decoded every glyph's offsets and subroutines
// before embedding a single character (≈ 0.3 s of CPU per face, four faces to a paper). The cut
// copy holds GB 2312 (every character of ordinary official writing), ASCII, Latin-1 and the
// punctuation and symbol blocks, plus any other character a paper has needed since ("extra").
// It is 2–5 MB, keeps every layout feature and every metric of the whole font (same advances,
// same shaping), and is made by HarfBuzz's subsetter in a worker thread (font-subset-worker.cjs).
//
// The rule that keeps papers right: a document uses the cut copy only when every character of it
// is in the copy's repertoire; otherwise it is set in the whole font, exactly as before, and the
// copy is made again with the new characters for the next paper. A copy that cannot be made or
// fails its check is recorded as such and the whole font is used from then on.
//
// Where: the per-user font cache's subsets/ folder (font-subset-store.ts), keyed by the font's
// content (size and a hash of its head and tail: the same font at another path keeps its key, a
// replaced one gets a new key) and the base repertoire. FASHEN_FONT_SUBSETS=0 turns the whole
// mechanism off (the test suite does, so that no test's bytes depend on whether a background
// build had finished). Nothing here can stop a paper: any failure means the whole font.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fontContentKey } from './font-cache';
import {
  newCopyName,
  pruneFolder,
  readRecord,
  recordFile,
  SUBSET_VERSION,
  subsetFolder,
  writeRecord,
  type SubsetRecord,
} from './font-subset-store';
import { fontBytes, forgetFontBytes } from './fonts';
import { faceIndexOf, parseFontBytes } from './office-fonts';

export { subsetFolder } from './font-subset-store';

/** Smaller fonts are read and parsed whole in a few milliseconds: not worth a copy. */
export const MIN_FONT_BYTES = 2 * 1024 * 1024;
/** Characters beyond the base a copy may take on; past this, rare characters use the whole font. */
const MAX_EXTRA = 4000;

let base: { readonly codePoints: ReadonlySet<number>; readonly digest: string } | undefined;

function addRange(set: Set<number>, from: number, to: number): void {
  for (let codePoint = from; codePoint <= to; codePoint += 1) set.add(codePoint);
}

/**
 * The repertoire every copy holds: GB 2312 (its 6,763 hanzi and its symbol rows, decoded from
 * the standard's code table by the runtime's GBK decoder), ASCII, Latin-1, general punctuation,
 * letter-like symbols, number forms (Ⅰ Ⅱ), arrows, enclosed numbers (①), box drawing, CJK symbols
 * and punctuation (〇 「」), and the full-width forms. Throws where the runtime has no GBK decoder
 * (subsetFontFile then uses the whole font).
 */
export function baseCodePoints(): ReadonlySet<number> {
  return baseRepertoire().codePoints;
}

function baseRepertoire(): { readonly codePoints: ReadonlySet<number>; readonly digest: string } {
  if (base) return base;
  const set = new Set<number>();
  addRange(set, 0x20, 0x7e);
  addRange(set, 0xa0, 0xff);
  addRange(set, 0x2000, 0x206f);
  addRange(set, 0x2100, 0x21ff);
  addRange(set, 0x2460, 0x24ff);
  addRange(set, 0x2500, 0x257f);
  addRange(set, 0x3000, 0x303f);
  addRange(set, 0xff00, 0xffef);
  // GB 2312's rows A1–A9 (symbols) and B0–F7 (hanzi), every cell A1–FE, decoded in one call:
  // each pair is one character (unassigned cells decode to U+FFFD or a private-use code point).
  const rows = [...Array.from({ length: 9 }, (_, i) => 0xa1 + i), ...Array.from({ length: 72 }, (_, i) => 0xb0 + i)];
  const bytes = new Uint8Array(rows.length * 94 * 2);
  let at = 0;
  for (const row of rows) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      bytes[at] = row;
      bytes[at + 1] = cell;
      at += 2;
    }
  }
  for (const char of new TextDecoder('gbk').decode(bytes)) {
    const codePoint = char.codePointAt(0) ?? 0xfffd;
    if (codePoint !== 0xfffd && (codePoint < 0xe000 || codePoint > 0xf8ff)) set.add(codePoint);
  }
  // Part of every key: two runtimes whose decoders differ never share a copy.
  const digest = createHash('sha256')
    .update([...set].sort((a, b) => a - b).join(','))
    .digest('hex')
    .slice(0, 16);
  base = { codePoints: set, digest };
  return base;
}

/** The characters of `text` that neither the base nor `extra` holds, each once. */
export function charactersBeyond(text: Iterable<string>, extra: string): string[] {
  const held = baseCodePoints();
  const extraSet = new Set(extra);
  const beyond = new Set<string>();
  for (const char of text) {
    const codePoint = char.codePointAt(0);
    if (codePoint === undefined || codePoint < 0x20 || held.has(codePoint) || extraSet.has(char)) continue;
    beyond.add(char);
  }
  return [...beyond];
}

/**
 * The copy carries the face's name and the characters every paper prints; else it is not used.
 * Checked once, by the process that made it, before its record names it.
 */
function copyPasses(path: string, postscriptName: string | null): boolean {
  try {
    const font = parseFontBytes(readFileSync(path));
    return (
      font !== null &&
      (postscriptName === null || font.postscriptName === postscriptName) &&
      [...'中华人民共和国，。（）0123456789'].every((char) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0))
    );
  } catch {
    return false;
  }
}

/**
 * Where the worker's entry and HarfBuzz's WebAssembly are: beside this module — from source, the
 * worker is font-subset-worker.cjs here and the .wasm comes from the harfbuzzjs package; in a
 * bundle (dist/main/main.cjs, dist/cli/<build>/), the builds copy both beside it (build-cli.mjs).
 */
function workerFiles(moduleUrl: string = import.meta.url): { worker: string; wasm: string } {
  const worker = fileURLToPath(new URL('./font-subset-worker.cjs', moduleUrl));
  const beside = fileURLToPath(new URL('./harfbuzz-subset.wasm', moduleUrl));
  if (existsSync(beside)) return { worker, wasm: beside };
  return { worker, wasm: createRequire(moduleUrl).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm') };
}

interface WorkerReply {
  readonly ok: boolean;
  readonly reason?: string;
  /** HarfBuzz refused the font: no copy will ever be made of it. Otherwise the failure may pass (a full disk). */
  readonly lasting?: boolean;
}

/** Workers running now, and whether they may keep the process alive (letSubsetWorkersGo). */
const running = new Set<Worker>();
let holdProcess = true;

/**
 * Lets the process end without waiting for the copies being made (a server stopping: `fashen
 * serve` on Ctrl+C): no further copy is started, and those being made no longer hold the process.
 * A copy cut short leaves only a temporary file, which the folder's pruning removes; it is made
 * again next time. One-shot commands keep the default: they wait, so the next command finds it.
 */
export function letSubsetWorkersGo(): void {
  holdProcess = false;
  for (const worker of running) worker.unref();
}

/** Runs the subsetter in a worker; resolves with its reply (a crashed worker is a failure, never a throw). */
function runWorker(data: { font: string; faceIndex: number; codePoints: number[]; out: string }): Promise<WorkerReply> {
  return new Promise((resolve) => {
    let reply: WorkerReply | undefined;
    let worker: Worker;
    try {
      const files = workerFiles();
      worker = new Worker(files.worker, { workerData: { ...data, wasm: files.wasm } });
    } catch (error) {
      resolve({ ok: false, reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    running.add(worker);
    if (!holdProcess) worker.unref();
    worker.on('message', (message: WorkerReply) => (reply ??= message));
    worker.on('error', (error) => (reply ??= { ok: false, reason: error.message }));
    worker.on('exit', (code) => {
      running.delete(worker);
      resolve(reply ?? { ok: false, reason: `worker exited with ${code}` });
    });
  });
}

/**
 * Faces this process stopped trying to cut (a failure that may pass — a folder that cannot be
 * written, a worker that cannot start): the whole font until the next start, rather than a
 * HarfBuzz run for every paper. Lasting failures are recorded in the folder instead.
 */
const gaveUp = new Set<string>();

/** Makes (or makes again, with `extra`) the copy of one face. */
async function build(folder: string, key: string, font: string, postscriptName: string | null, extra: string) {
  const record = recordFile(folder, key);
  // Reading the whole font and finding its face are the build's work on this thread (≈ 60 and
  // ≈ 220 ms for a CJK collection): a turn of the event loop between them, so no one waits for both.
  const bytes = fontBytes(font);
  await setImmediate();
  const faceIndex = faceIndexOf(bytes, postscriptName);
  let made: SubsetRecord;
  if (faceIndex === null) {
    made = { version: SUBSET_VERSION, postscriptName, extra, failed: 'face not found' };
  } else {
    pruneFolder(folder);
    const file = newCopyName(key);
    const codePoints = [...baseCodePoints(), ...[...extra].map((char) => char.codePointAt(0) ?? 0)];
    const reply = await runWorker({ font, faceIndex, codePoints, out: join(folder, file) });
    if (reply.ok && copyPasses(join(folder, file), postscriptName)) {
      made = { version: SUBSET_VERSION, postscriptName, extra, file };
    } else {
      rmSync(join(folder, file), { force: true });
      if (reply.ok === false && reply.lasting !== true) {
        gaveUp.add(record);
        return;
      }
      made = { version: SUBSET_VERSION, postscriptName, extra, failed: reply.reason ?? 'the copy failed its check' };
    }
  }
  const previous = readRecord(record);
  writeRecord(record, made);
  if (previous?.file && previous.file !== made.file) {
    rmSync(join(folder, previous.file), { force: true });
    forgetFontBytes(join(folder, previous.file));
  }
}

/** Builds wanted or running in this process, by record file; they run one at a time (a worker holds ~170 MB). */
const building = new Map<string, Promise<void>>();
let queue: Promise<void> = Promise.resolve();

function startBuild(folder: string, key: string, font: string, postscriptName: string | null, extra: string): void {
  const record = recordFile(folder, key);
  if (building.has(record) || gaveUp.has(record)) return;
  const done = queue
    // A process letting its workers go (letSubsetWorkersGo) starts no more: each build first reads
    // and parses the whole font on this thread.
    .then(() => (holdProcess ? build(folder, key, font, postscriptName, extra) : undefined))
    .catch(() => {
      gaveUp.add(record); // The record could not be written, or the like: not again in this run.
    })
    .finally(() => building.delete(record));
  queue = done;
  building.set(record, done);
}

/** Resolves when every copy this process started has been made (tests, the benchmark). */
export async function subsetsSettled(): Promise<void> {
  while (building.size > 0) await Promise.all(building.values());
}

/**
 * The file to set one face of a document in: the cut copy when it holds every character of
 * `text`, else null (use the whole font) — in which case the copy is made, or made again with
 * the document's other characters, in the background for the next paper. Never throws.
 */
export function subsetFontFile(
  font: string,
  postscriptName: string | null,
  text: Iterable<string>,
  folder: string | null = subsetFolder(),
): string | null {
  if (folder === null) return null;
  try {
    if (statSync(font).size < MIN_FONT_BYTES) return null;
    const key = fontContentKey(font, `subset ${SUBSET_VERSION} ${baseRepertoire().digest} ${postscriptName ?? ''}`);
    if (key === null) return null;
    const record = readRecord(recordFile(folder, key));
    if (record?.failed !== undefined) return null;
    const beyond = charactersBeyond(text, record?.extra ?? '');
    if (record?.file && beyond.length === 0) {
      const path = join(folder, record.file);
      if (existsSync(path)) return path;
    }
    const extra = `${record?.extra ?? ''}${beyond.join('')}`;
    if ([...extra].length <= MAX_EXTRA || !record?.file) startBuild(folder, key, font, postscriptName, extra);
    return null;
  } catch {
    return null; // No GBK decoder, an unreadable font…: the whole font, as without copies.
  }
}
