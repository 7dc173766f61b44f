import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Fontkit from 'fontkit';
import { baseCodePoints, charactersBeyond, subsetFontFile, subsetsSettled } from './font-subsets';
import { builtinFontPath } from './fonts';
import { measureWithBuiltinMetrics } from './metrics';
import { documentFlow } from './document-flow';
import { pageNumberLine, paginate } from './paginate';
import { listTemplates, prepareDocument, renderModel, sampleData } from './render';
import { requireTools } from './testing/tools';

const fontkit = createRequire(import.meta.url)('fontkit') as typeof Fontkit & {
  openSync(path: string): Fontkit.FontkitFont & {
    layout(text: string): { positions: Array<{ xAdvance: number }>; glyphs: Array<{ id: number }> };
    getGlyph(id: number): { path: { commands: unknown[] } };
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
  };
};

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fashen-font-subsets-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SAMPLE = '经审查，本案当事人“张三”于二〇二六年三月违法占用耕地（一）ABC fi 123①Ⅲ《》——';

describe('the repertoire every cut copy holds', () => {
  it('is GB 2312 with ASCII, Latin-1 and the punctuation and symbol blocks', () => {
    const base = baseCodePoints();
    const hanzi = [...base].filter((codePoint) => codePoint >= 0x4e00 && codePoint <= 0x9fff);
    expect(hanzi).toHaveLength(6763);
    expect(charactersBeyond(SAMPLE, '')).toEqual([]);
    // 堃 and 镕 (common in names) are GBK, not GB 2312: they make a copy grow, not a paper fail.
    expect(charactersBeyond('张堃、朱镕', '')).toEqual(['堃', '镕']);
    expect(charactersBeyond('张堃、朱镕', '镕')).toEqual(['堃']);
  });

  it("holds every character the layout prints of its own, beyond the model's text", () => {
    const base = baseCodePoints();
    for (const { id } of listTemplates()) {
      const { model } = prepareDocument(id, sampleData(id));
      const own = new Set(JSON.stringify(model));
      const pages = paginate(documentFlow(model, measureWithBuiltinMetrics), measureWithBuiltinMetrics);
      const printed = pages.flatMap((page) => [
        ...page.lines.flatMap((line) => line.text.chars.slice(line.range.start, line.range.end)),
        ...pageNumberLine(page.number).text,
      ]);
      const outside = [...new Set(printed)].filter(
        (char) => !own.has(char) && !base.has(char.codePointAt(0) ?? 0) && char.trim() !== '',
      );
      expect(outside, id).toEqual([]);
    }
  });
});

describe('a cut copy of a large font', () => {
  const font = builtinFontPath('regular');

  it('is made in the background, keeps the metrics and shaping, and is used once it holds the text', async () => {
    const dir = folder();
    expect(subsetFontFile(font, null, SAMPLE, dir)).toBeNull();
    await subsetsSettled();
    const copy = subsetFontFile(font, null, SAMPLE, dir);
    expect(copy).not.toBeNull();
    expect(statSync(copy ?? '').size).toBeLessThan(statSync(font).size / 2);

    const whole = fontkit.openSync(font);
    const cut = fontkit.openSync(copy ?? '');
    expect(cut.postscriptName).toBe(whole.postscriptName);
    expect([cut.unitsPerEm, cut.ascent, cut.descent]).toEqual([whole.unitsPerEm, whole.ascent, whole.descent]);
    const advances = (f: typeof whole) => f.layout(SAMPLE).positions.map((p) => p.xAdvance);
    expect(advances(cut)).toEqual(advances(whole));
    // A character the font lacks prints as the box in the copy too, not as a blank.
    const box = (f: typeof whole) => f.getGlyph(0).path.commands.length;
    expect(box(whole)).toBeGreaterThan(0);
    expect(box(cut)).toBe(box(whole));

    // The same font elsewhere (an AppImage mounted afresh, an updated app) keeps its copy.
    const moved = join(dir, 'moved.ttf');
    copyFileSync(font, moved);
    expect(subsetFontFile(moved, null, SAMPLE, dir)).toBe(copy);
  });

  it('is not used for a paper with a character it lacks, and is made again with it', async () => {
    const dir = folder();
    subsetFontFile(font, null, SAMPLE, dir);
    await subsetsSettled();
    const first = subsetFontFile(font, null, SAMPLE, dir);
    expect(first).not.toBeNull();

    expect(subsetFontFile(font, null, `${SAMPLE}张堃`, dir)).toBeNull();
    await subsetsSettled();
    const second = subsetFontFile(font, null, `${SAMPLE}张堃`, dir);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    expect(existsSync(first ?? '')).toBe(false);
    const whole = fontkit.openSync(font);
    const codePoint = '堃'.codePointAt(0) ?? 0;
    expect(fontkit.openSync(second ?? '').hasGlyphForCodePoint(codePoint)).toBe(whole.hasGlyphForCodePoint(codePoint));
    // …and the older papers go on using it.
    expect(subsetFontFile(font, null, SAMPLE, dir)).toBe(second);
  });

  it('is given up for a file that is no font: the whole font is used, and no copy is tried again', async () => {
    const dir = folder();
    const bad = join(dir, 'not-a-font.ttf');
    writeFileSync(bad, Buffer.alloc(3 * 1024 * 1024, 7));
    expect(subsetFontFile(bad, null, SAMPLE, dir)).toBeNull();
    await subsetsSettled();
    const [record] = readdirSync(dir).filter((name) => name.endsWith('.json'));
    expect(JSON.parse(readFileSync(join(dir, record ?? ''), 'utf8'))).toMatchObject({ failed: expect.any(String) });
    expect(subsetFontFile(bad, null, SAMPLE, dir)).toBeNull();
    await subsetsSettled();
    expect(readdirSync(dir).filter((name) => name.endsWith('.otf'))).toEqual([]);
  });

  it('is given up for this run where the folder cannot be written, recording nothing', async () => {
    const dir = folder();
    const blocked = join(dir, 'a-file', 'subsets');
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    expect(subsetFontFile(font, null, SAMPLE, blocked)).toBeNull();
    await subsetsSettled();
    expect(subsetFontFile(font, null, SAMPLE, blocked)).toBeNull();
    await subsetsSettled();
    expect(readdirSync(dir)).toEqual(['a-file']);
  });

  it('is not made when the folder is off, nor for a small font', () => {
    expect(subsetFontFile(font, null, SAMPLE, null)).toBeNull();
    const dir = folder();
    const small = join(dir, 'small.ttf');
    writeFileSync(small, readFileSync(font).subarray(0, 1024 * 1024));
    expect(subsetFontFile(small, null, SAMPLE, dir)).toBeNull();
    expect(readdirSync(dir)).toEqual(['small.ttf']);
  });
});

describe.skipIf(!requireTools('pdftotext'))('a PDF set in the cut copies', () => {
  it('puts every word where the whole fonts put it', async () => {
    const dir = folder();
    const saved = { cache: process.env['FASHEN_CACHE_DIR'], subsets: process.env['FASHEN_FONT_SUBSETS'] };
    process.env['FASHEN_CACHE_DIR'] = dir;
    process.env['FASHEN_FONT_SUBSETS'] = '1';
    try {
      const template = listTemplates().find(({ id }) => id === 'review-opinion') ?? listTemplates()[0];
      const { model } = prepareDocument(template?.id ?? '', sampleData(template?.id ?? ''));
      const whole = (await renderModel(model, 'pdf')) as Buffer;
      await subsetsSettled();
      expect(readdirSync(join(dir, 'fonts', 'subsets')).some((name) => name.endsWith('.otf'))).toBe(true);
      const cut = (await renderModel(model, 'pdf')) as Buffer;
      // The copies were embedded: the same paper, same date, differs only in its font programs.
      expect(cut.equals(whole)).toBe(false);
      const boxes = (pdf: Buffer, name: string) => {
        const path = join(dir, name);
        writeFileSync(path, pdf);
        return execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' }).replace(/<title>.*<\/title>/, '');
      };
      const words = boxes(whole, 'whole.pdf');
      expect(words.match(/<word /g)?.length ?? 0).toBeGreaterThan(50);
      expect(boxes(cut, 'cut.pdf')).toBe(words);
    } finally {
      for (const [key, value] of [
        ['FASHEN_CACHE_DIR', saved.cache],
        ['FASHEN_FONT_SUBSETS', saved.subsets],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
