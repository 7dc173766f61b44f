import { copyFileSync, existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFontPath } from './fonts';
import { checkFontFile, checkPdfFontOptions, parseFontSpec } from './office-fonts';
import { renderDocument, sampleData } from './render';

const NOTO_SERIF_SC = builtinFontPath('regular');
const NOTO_CJK_TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

// Fonts from the system, not from npm: say so loudly when one is missing rather than pass quietly.
const hasTtc = existsSync(NOTO_CJK_TTC);
const hasDejavu = existsSync(DEJAVU);
if (!hasTtc)
  console.warn(`[office-fonts] SKIPPING the .ttc cases: ${NOTO_CJK_TTC} missing (apt-get install fonts-noto-cjk)`);
if (!hasDejavu)
  console.warn(`[office-fonts] SKIPPING the no-CJK-font case: ${DEJAVU} missing (apt-get install fonts-dejavu-core)`);

function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-office-fonts-'));
}

describe('checkFontFile', () => {
  it('accepts a TrueType font with the Chinese characters papers need, naming it', () => {
    expect(checkFontFile(NOTO_SERIF_SC)).toEqual({ path: NOTO_SERIF_SC, postscriptName: null, name: 'Noto Serif SC' });
  });

  it.skipIf(!hasTtc)('opens a collection (.ttc) at its simplified-Chinese face, or at the face named after #', () => {
    expect(checkFontFile(NOTO_CJK_TTC)).toEqual({
      path: NOTO_CJK_TTC,
      postscriptName: 'NotoSerifCJKsc-Regular',
      name: 'Noto Serif CJK SC',
    });
    expect(checkFontFile(`${NOTO_CJK_TTC}#NotoSerifCJKjp-Regular`)).toMatchObject({
      postscriptName: 'NotoSerifCJKjp-Regular',
      name: 'Noto Serif CJK JP',
    });
    expect(() => checkFontFile(`${NOTO_CJK_TTC}#SimSun`)).toThrow(
      /字体集“NotoSerifCJK-Regular\.ttc”中没有名为“SimSun”的字体；其中有：NotoSerifCJKjp-Regular、.*NotoSerifCJKsc-Regular/,
    );
  });

  it.skipIf(!hasTtc)('turns a .ttc path into the face pdfkit is to embed', () => {
    expect(checkPdfFontOptions({ body: NOTO_CJK_TTC, title: undefined })).toEqual({
      body: { path: NOTO_CJK_TTC, postscriptName: 'NotoSerifCJKsc-Regular' },
      title: undefined,
      heading: undefined,
      kai: undefined,
    });
  });

  it('refuses a file that is not a font, in Chinese', () => {
    const dir = workDir();
    const text = join(dir, 'simfang.ttf');
    writeFileSync(text, '这不是字体');
    expect(() => checkFontFile(text)).toThrow(
      '“simfang.ttf”不是字体文件（或文件已损坏），请选择 .ttf、.otf 或 .ttc 字体文件。',
    );
    const empty = join(dir, 'empty.ttf');
    writeFileSync(empty, '');
    expect(() => checkFontFile(empty)).toThrow(/不是字体文件/);
  });

  it.skipIf(!hasDejavu)('refuses a font without the Chinese characters, naming the font', () => {
    let error: unknown;
    try {
      checkFontFile(DEJAVU);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'FONT_INVALID' });
    expect((error as Error).message).toMatch(
      /^字体“DejaVu Sans”（DejaVuSans-Bold\.ttf）缺少文书要用的汉字或符号（“审”“核”“意”“见”“书”“〔”等 \d+ 个字符），用它生成的 PDF 会出现空框；请选择仿宋、黑体、楷体等中文字体。$/,
    );
  });

  it('refuses a missing file, a folder, a device, an empty path, and # on a single font', () => {
    expect(() => checkFontFile('/no/such/simfang.ttf')).toThrow(
      '找不到字体文件“/no/such/simfang.ttf”，请检查字体设置。',
    );
    const dir = workDir();
    expect(() => checkFontFile(dir)).toThrow(`“${dir}”是一个文件夹，请选择字体文件（.ttf、.otf 或 .ttc）。`);
    expect(() => checkFontFile('')).toThrow('请填写字体文件的路径。');
    // A device never ends: reading it once hung the server and ate all memory.
    if (existsSync('/dev/zero'))
      expect(() => checkFontFile('/dev/zero')).toThrow(
        '“/dev/zero”不是一个普通文件，请选择字体文件（.ttf、.otf 或 .ttc）。',
      );
    expect(() => checkFontFile({ path: NOTO_SERIF_SC, face: 'X' })).toThrow(
      /不是字体集（\.ttc），不能用“#”指定其中的字体/,
    );
  });

  it('checks a file again once it has changed on disk', () => {
    const dir = workDir();
    const copy = join(dir, 'office.ttf');
    copyFileSync(NOTO_SERIF_SC, copy);
    expect(checkFontFile(copy).name).toBe('Noto Serif SC');
    writeFileSync(copy, 'replaced by something else');
    utimesSync(copy, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(() => checkFontFile(copy)).toThrow(/不是字体文件/);
  });

  it('reads "file.ttc#Face" as a collection face and anything else as a path', () => {
    expect(parseFontSpec(' C:\\Windows\\Fonts\\simsun.ttc#NSimSun ')).toEqual({
      path: 'C:\\Windows\\Fonts\\simsun.ttc',
      face: 'NSimSun',
    });
    expect(parseFontSpec('/fonts/a#b.ttf')).toEqual({ path: '/fonts/a#b.ttf', face: null });
  });

  it.skipIf(!hasDejavu)('is applied whenever a PDF is drawn, so no door can print empty boxes', async () => {
    await expect(
      renderDocument('acceptance-notice', sampleData('acceptance-notice'), 'pdf', { fonts: { heading: DEJAVU } }),
    ).rejects.toMatchObject({
      code: 'FONT_INVALID',
      message: expect.stringContaining('字体“DejaVu Sans”'),
    });
  });
});
