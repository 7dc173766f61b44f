// Keeps the verdict of the font check (office-fonts.ts) between processes. Checking a 15–27 MB CJK
// font — parsing it, looking up the paper's characters in every face of a collection, embedding
// them in a throw-away PDF — cost more than a second per font, and every process that printed a
// PDF paid it again for each installed font it considered, before drawing anything. The verdict
// (which face, its name, or the Chinese reason it was refused) is a few bytes: it is kept in a
// small JSON file in the per-user cache folder, keyed by the file's path, size, modification time
// and a SHA-256 of its first and last 64 KiB (a font's table directory, with the checksum of
// every table, and its tail), and by what the check asks (CHECK_VERSION, the characters). A font
// replaced or edited gets a new key and is checked again; a cache that is missing, unreadable or
// from another version is simply rebuilt. Nothing here is needed: without the folder the check
// runs as before.
//
// The folder: FASHEN_CACHE_DIR (`off` to keep nothing), else %LOCALAPPDATA%\fashen-desk\Cache on
// Windows, ~/Library/Caches/fashen-desk on macOS, $XDG_CACHE_HOME/fashen-desk (~/.cache/fashen-desk)
// elsewhere. It is not the data folder: backups need not carry what any PC can work out again.

import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Raised when the check itself changes, so that older verdicts are not trusted. */
const CHECK_VERSION = 1;
const FILE = 'font-checks.json';
const SAMPLE_BYTES = 64 * 1024;
/** Verdicts kept; the oldest go first (an office rarely has more than a dozen fonts in play). */
const MAX_ENTRIES = 200;

/** What the check concluded: the face to use, or the refusal (code and Chinese message). */
export type CachedVerdict =
  | { readonly ok: true; readonly postscriptName: string | null; readonly name: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

interface CacheFile {
  readonly version: number;
  readonly entries: Record<string, CachedVerdict & { readonly at: number }>;
}

/** The per-user cache folder for fonts, or null when caching is off. */
export function fontCacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | null {
  const set = env['FASHEN_CACHE_DIR']?.trim();
  if (set) return set.toLowerCase() === 'off' ? null : join(set, 'fonts');
  let home = '';
  try {
    home = homedir();
  } catch {
    // No home folder: only the environment can say.
  }
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA'] ?? (home ? join(home, 'AppData', 'Local') : '');
    return local ? join(local, 'fashen-desk', 'Cache', 'fonts') : null;
  }
  if (platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'fashen-desk', 'fonts') : null;
  const base = env['XDG_CACHE_HOME'] ?? (home ? join(home, '.cache') : '');
  return base ? join(base, 'fashen-desk', 'fonts') : null;
}

/**
 * A SHA-256 of `prefix(size, mtimeMs)` and the file's first and last 64 KiB (a font's table
 * directory, with every table's checksum, and its tail), or null when the file cannot be read.
 */
function sampledHash(path: string, prefix: (size: number, mtimeMs: number) => string): string | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size, mtimeMs } = fstatSync(fd);
    const hash = createHash('sha256');
    hash.update(prefix(size, mtimeMs));
    const head = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    readSync(fd, head, 0, head.length, 0);
    hash.update(head);
    if (size > SAMPLE_BYTES) {
      const tail = Buffer.alloc(Math.min(SAMPLE_BYTES, size - SAMPLE_BYTES));
      readSync(fd, tail, 0, tail.length, size - tail.length);
      hash.update(tail);
    }
    return hash.digest('hex');
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The key of a font file as it is now, for one question (`what`: the face asked for and the
 * characters required), or null when the file cannot be read.
 */
export function fontFileKey(path: string, what: string): string | null {
  return sampledHash(path, (size, mtimeMs) => `${CHECK_VERSION}\0${path}\0${size}\0${mtimeMs}\0${what}\0`);
}

/**
 * The key of a font file's content alone — its size and sampled bytes, not where it is or when it
 * was written — for what depends on the font only (its cut copies, font-subsets.ts): the same
 * font at another path (an AppImage mounted afresh at each start, an updated app's copy of a
 * bundled font) keeps its key.
 */
export function fontContentKey(path: string, what: string): string | null {
  return sampledHash(path, (size) => `content\0${size}\0${what}\0`);
}

let loaded: { dir: string; file: CacheFile } | undefined;

function cacheFile(dir: string): CacheFile {
  if (loaded?.dir === dir) return loaded.file;
  let file: CacheFile = { version: CHECK_VERSION, entries: {} };
  try {
    const parsed = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as Partial<CacheFile>;
    if (parsed.version === CHECK_VERSION && parsed.entries && typeof parsed.entries === 'object')
      file = { version: CHECK_VERSION, entries: parsed.entries };
  } catch {
    // Missing or damaged: start afresh.
  }
  loaded = { dir, file };
  return file;
}

/** The kept verdict for this key, if any. */
export function cachedVerdict(key: string, dir = fontCacheDir()): CachedVerdict | undefined {
  if (!dir) return undefined;
  const entry = cacheFile(dir).entries[key];
  if (!entry) return undefined;
  if (entry.ok) return { ok: true, postscriptName: entry.postscriptName, name: entry.name };
  return { ok: false, code: entry.code, message: entry.message };
}

/** Keeps a verdict (written at once, atomically; a folder that cannot be written is ignored). */
export function keepVerdict(key: string, verdict: CachedVerdict, dir = fontCacheDir()): void {
  if (!dir) return;
  const file = cacheFile(dir);
  file.entries[key] = { ...verdict, at: Date.now() };
  const keys = Object.keys(file.entries);
  if (keys.length > MAX_ENTRIES) {
    keys
      .sort((a, b) => (file.entries[a]?.at ?? 0) - (file.entries[b]?.at ?? 0))
      .slice(0, keys.length - MAX_ENTRIES)
      .forEach((old) => delete file.entries[old]);
  }
  try {
    mkdirSync(dir, { recursive: true });
    const temp = join(dir, `${FILE}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(file));
    renameSync(temp, join(dir, FILE));
  } catch {
    // A read-only or full disk: the check simply runs again next time.
  }
}

/** Forgets what was read from the folder (tests; another process may have written it since). */
export function forgetFontCache(): void {
  loaded = undefined;
}
