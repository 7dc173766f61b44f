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
// Where: the per-user font cache (font-cache.ts: FASHEN_CACHE_DIR, else the platform's cache
// folder), under subsets/, one record (.json) and one font (.otf) per face of a font file, keyed
// by the file's path, size, modification time and a hash of its head and tail (a replaced font
// gets a new key). FASHEN_FONT_SUBSETS=0 turns the whole mechanism off (the test suite does, so
// that no test's bytes depend on whether a background build had finished).

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fontCacheDir, fontFileKey } from './font-cache';
import { fontBytes } from './fonts';
import { faceIndexOf, parseFontBytes } from './office-fonts';

/** Raised when what a copy holds or how it is made changes: older copies are then made again. */
const SUBSET_VERSION = 1;
/** Smaller fonts are read and parsed whole in a few milliseconds: not worth a copy. */
export const MIN_FONT_BYTES = 2 * 1024 * 1024;
/** Characters beyond the base a copy may take on; past this, rare characters use the whole font. */
const MAX_EXTRA = 4000;

/** What the cache holds for one face of one font file. */
interface SubsetRecord {
  readonly version: number;
  /** The face's PostScript name, which the copy must carry too. */
  readonly postscriptName: string | null;
  /** The copy's file name in the folder, or absent when it could not be made. */
  readonly file?: string;
  /** Characters beyond the base that the copy holds (or was asked to hold). */
  readonly extra: string;
  /** Why no copy could be made (HarfBuzz failed, the copy failed its check): the whole font is used. */
  readonly failed?: string;
}

let base: ReadonlySet<number> | undefined;

function addRange(set: Set<number>, from: number, to: number): void {
  for (let codePoint = from; codePoint <= to; codePoint += 1) set.add(codePoint);
}

/**
 * The repertoire every copy holds: GB 2312 (its 6,763 hanzi and its symbol rows, decoded from
 * the standard's code table by the runtime's GBK decoder), ASCII, Latin-1, general punctuation,
 * letter-like symbols, number forms (Ⅰ Ⅱ), arrows, enclosed numbers (①), box drawing, CJK symbols
 * and punctuation (〇 「」), and the full-width forms.
 */
export function baseCodePoints(): ReadonlySet<number> {
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
  base = set;
  return set;
}

/** Whether copies are made and used: on unless FASHEN_FONT_SUBSETS=0, and only with a cache folder. */
export function subsetFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['FASHEN_FONT_SUBSETS']?.trim() === '0') return null;
  const dir = fontCacheDir(env);
  return dir ? join(dir, 'subsets') : null;
}

function readRecord(file: string): SubsetRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<SubsetRecord>;
    if (record.version !== SUBSET_VERSION || typeof record.extra !== 'string') return null;
    return record as SubsetRecord;
  } catch {
    return null;
  }
}

function writeRecord(file: string, record: SubsetRecord): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(record));
  renameSync(temp, file);
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
 * Checked once, by the process that made it, before its record names it (records are written
 * only then, and copies are never rewritten in place: a new copy gets a new file name).
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

/** Builds in flight in this process, by record file: one per face at a time. */
const building = new Map<string, Promise<void>>();

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
    worker.on('message', (message: WorkerReply) => (reply ??= message));
    worker.on('error', (error) => (reply ??= { ok: false, reason: error.message }));
    worker.on('exit', (code) => resolve(reply ?? { ok: false, reason: `worker exited with ${code}` }));
  });
}

/**
 * Makes (or makes again, with `extra`) the copy of one face. Never throws: a folder that cannot be
 * written or a font HarfBuzz cannot cut leaves the whole font in use.
 */
async function build(folder: string, key: string, font: string, postscriptName: string | null, extra: string) {
  const recordFile = join(folder, `${key}.json`);
  const faceIndex = faceIndexOf(fontBytes(font), postscriptName);
  const file = `${key}-${Date.now().toString(36)}.otf`;
  const codePoints = [...baseCodePoints(), ...[...extra].map((char) => char.codePointAt(0) ?? 0)];
  let record: SubsetRecord;
  if (faceIndex === null) {
    record = { version: SUBSET_VERSION, postscriptName, extra, failed: 'face not found' };
  } else {
    mkdirSync(folder, { recursive: true });
    removeStaleTemporaries(folder);
    const reply = await runWorker({ font, faceIndex, codePoints, out: join(folder, file) });
    if (reply.ok && copyPasses(join(folder, file), postscriptName)) {
      record = { version: SUBSET_VERSION, postscriptName, extra, file };
    } else {
      rmSync(join(folder, file), { force: true });
      record = { version: SUBSET_VERSION, postscriptName, extra, failed: reply.reason ?? 'the copy failed its check' };
    }
  }
  const previous = readRecord(recordFile);
  writeRecord(recordFile, record);
  if (previous?.file && previous.file !== record.file) rmSync(join(folder, previous.file), { force: true });
}

/** Temporary files a process left when it was stopped mid-write (an hour is far past any build). */
function removeStaleTemporaries(folder: string): void {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.tmp')) continue;
    try {
      if (now - statSync(join(folder, name)).mtimeMs > 60 * 60 * 1000) rmSync(join(folder, name), { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

function startBuild(folder: string, key: string, font: string, postscriptName: string | null, extra: string): void {
  const recordFile = join(folder, `${key}.json`);
  if (building.has(recordFile)) return;
  const done = build(folder, key, font, postscriptName, extra)
    .catch(() => undefined)
    .finally(() => building.delete(recordFile));
  building.set(recordFile, done);
}

/** Resolves when every copy this process started has been made (tests, the benchmark, a CLI before it exits). */
export async function subsetsSettled(): Promise<void> {
  while (building.size > 0) await Promise.all(building.values());
}

/**
 * The file to set one face of a document in: the cut copy when it holds every character of
 * `text`, else null (use the whole font) — in which case the copy is made, or made again with
 * the document's other characters, in the background for the next paper.
 */
export function subsetFontFile(
  font: string,
  postscriptName: string | null,
  text: Iterable<string>,
  folder: string | null = subsetFolder(),
): string | null {
  if (folder === null) return null;
  let size: number;
  try {
    size = statSync(font).size;
  } catch {
    return null;
  }
  if (size < MIN_FONT_BYTES) return null;
  const key = fontFileKey(font, `subset ${SUBSET_VERSION} ${postscriptName ?? ''}`);
  if (key === null) return null;
  const record = readRecord(join(folder, `${key}.json`));
  if (record?.failed !== undefined) return null;
  const beyond = charactersBeyond(text, record?.extra ?? '');
  if (record?.file && beyond.length === 0) {
    const path = join(folder, record.file);
    if (existsSync(path)) return path;
  }
  const extra = `${record?.extra ?? ''}${beyond.join('')}`;
  if ([...extra].length <= MAX_EXTRA || !record?.file) startBuild(folder, key, font, postscriptName, extra);
  return null;
}
