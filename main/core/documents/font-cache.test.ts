import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedVerdict, fontCacheDir, fontFileKey, forgetFontCache, keepVerdict } from './font-cache';
import { builtinFontPath } from './fonts';
import { checkFontFile } from './office-fonts';

const saved = process.env['FASHEN_CACHE_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['FASHEN_CACHE_DIR'];
  else process.env['FASHEN_CACHE_DIR'] = saved;
  forgetFontCache();
});

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-font-cache-'));
}

describe('the font check cache', () => {
  it('lives in the per-user cache folder, or where FASHEN_CACHE_DIR says, or nowhere', () => {
    expect(fontCacheDir({ FASHEN_CACHE_DIR: '/x/cache' }, 'linux')).toBe(join('/x/cache', 'fonts'));
    expect(fontCacheDir({ FASHEN_CACHE_DIR: 'off' }, 'linux')).toBeNull();
    expect(fontCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' }, 'linux')).toBe(
      join('/home/u/.cache', 'fashen-desk', 'fonts'),
    );
    expect(fontCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32')).toBe(
      join('C:\\Users\\u\\AppData\\Local', 'fashen-desk', 'Cache', 'fonts'),
    );
  });

  it('keys a file by what it holds: an edited or replaced font gets a new key, an unchanged one the same', () => {
    const dir = workDir();
    const file = join(dir, 'a.ttf');
    writeFileSync(file, Buffer.alloc(200_000, 1));
    const first = fontFileKey(file, 'q');
    expect(fontFileKey(file, 'q')).toBe(first);
    expect(fontFileKey(file, 'other question')).not.toBe(first);
    const { mtime } = statSync(file);
    // Same size, same modification time, different bytes at the end.
    const edited = Buffer.alloc(200_000, 1);
    edited[199_999] = 2;
    writeFileSync(file, edited);
    utimesSync(file, mtime, mtime);
    expect(fontFileKey(file, 'q')).not.toBe(first);
    expect(fontFileKey(join(dir, 'missing.ttf'), 'q')).toBeNull();
  });

  it('keeps verdicts across processes in one small file', () => {
    const dir = workDir();
    keepVerdict('k1', { ok: true, postscriptName: null, name: '仿宋' }, dir);
    keepVerdict('k2', { ok: false, code: 'FONT_INVALID', message: '缺少文书要用的汉字' }, dir);
    forgetFontCache(); // as a new process would
    expect(cachedVerdict('k1', dir)).toEqual({ ok: true, postscriptName: null, name: '仿宋' });
    expect(cachedVerdict('k2', dir)).toEqual({ ok: false, code: 'FONT_INVALID', message: '缺少文书要用的汉字' });
    expect(cachedVerdict('k3', dir)).toBeUndefined();
    writeFileSync(join(dir, 'font-checks.json'), '{ damaged');
    forgetFontCache();
    expect(cachedVerdict('k1', dir)).toBeUndefined();
  });

  it('gives the office-font check the same verdict from the cache, and checks a replaced file again', () => {
    const cache = workDir();
    process.env['FASHEN_CACHE_DIR'] = cache;
    const font = join(workDir(), 'office.ttf');
    copyFileSync(builtinFontPath('regular'), font);
    const verdict = checkFontFile(font);
    expect(verdict).toEqual({ path: font, postscriptName: null, name: 'Noto Serif SC' });
    const kept = JSON.parse(readFileSync(join(cache, 'fonts', 'font-checks.json'), 'utf8')) as {
      entries: Record<string, { ok: boolean; name?: string }>;
    };
    expect(Object.values(kept.entries)).toContainEqual(expect.objectContaining({ ok: true, name: 'Noto Serif SC' }));
    // The file replaced by something that is no font: refused, not vouched for by the old verdict.
    writeFileSync(font, Buffer.alloc(4096, 7));
    forgetFontCache();
    expect(() => checkFontFile(font)).toThrow(/不是字体文件/);
    expect(existsSync(join(cache, 'fonts', 'font-checks.json'))).toBe(true);
  });
});
