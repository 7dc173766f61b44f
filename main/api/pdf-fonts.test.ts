import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinFontPath } from '../core/documents/fonts';
import { pdfFonts, requireTools } from '../core/documents/testing/tools';
import { issueSampleDocument, testBackend } from './testing/backend';

const TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const hasTtc = existsSync(TTC);
if (!hasTtc)
  console.warn(
    `[pdf-fonts] SKIPPING the issuing-with-an-office-font case: ${TTC} missing (apt-get install fonts-noto-cjk)`,
  );
const havePoppler = requireTools('pdffonts');

let env: ReturnType<typeof testBackend>;
afterEach(() => env?.backend.close());

const ID = 'supplement-notice';
const issueSample = () => issueSampleDocument(env.dataDir, ID);

async function embeddedFonts(id: number): Promise<string[]> {
  const file = await env.call('documents.file', { id, format: 'pdf' });
  const path = join(mkdtempSync(join(tmpdir(), 'fashen-pdf-fonts-')), file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return pdfFonts(path).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
}

function fontsDir(): string {
  return mkdtempSync(join(tmpdir(), 'fashen-office-fonts-'));
}

describe('the office’s fonts for PDFs, through the API', () => {
  it('starts with the built-in font for every typeface', async () => {
    env = testBackend();
    const settings = await env.call('documents.pdfFonts', {});
    expect(settings.builtinName).toContain('Noto Serif SC');
    expect(settings.fonts.map((f) => [f.role, f.path, f.problem])).toEqual([
      ['body', null, null],
      ['title', null, null],
      ['heading', null, null],
      ['kai', null, null],
    ]);
  });

  it('refuses a bad file naming its field, saving nothing', async () => {
    env = testBackend();
    const dir = fontsDir();
    const notFont = join(dir, 'simfang.ttf');
    writeFileSync(notFont, 'not a font');
    const good = builtinFontPath('regular');

    expect(await env.fail('documents.savePdfFonts', { body: good, heading: notFont })).toEqual({
      code: 'FONT_INVALID',
      message: '“simfang.ttf”不是字体文件（或文件已损坏），请选择 .ttf、.otf 或 .ttc 字体文件。',
      field: 'heading',
    });
    expect(await env.fail('documents.savePdfFonts', { kai: join(dir, 'simkai.ttf') })).toMatchObject({
      code: 'FONT_NOT_FOUND',
      field: 'kai',
      message: expect.stringContaining('找不到字体文件'),
    });
    expect(await env.fail('documents.savePdfFonts', { body: 'simfang.ttf' })).toMatchObject({
      field: 'body',
      message: expect.stringContaining('请填写字体文件的完整路径'),
    });
    if (existsSync(DEJAVU)) {
      expect(await env.fail('documents.savePdfFonts', { title: DEJAVU })).toMatchObject({
        code: 'FONT_INVALID',
        field: 'title',
        message: expect.stringContaining('字体“DejaVu Sans”'),
      });
    } else {
      console.warn(`[pdf-fonts] SKIPPING the no-CJK-font refusal: ${DEJAVU} missing`);
    }
    expect(await env.fail('documents.savePdfFonts', { body: 3 })).toMatchObject({ code: 'VALIDATION', field: 'body' });
    expect((await env.call('documents.pdfFonts', {})).fonts.every((f) => f.path === null)).toBe(true);
  });

  it.skipIf(!hasTtc || !havePoppler)(
    'prints issued papers in the saved font, refuses to issue once it is gone, and resets to the built-in one',
    async () => {
      env = testBackend();
      await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司' });

      const saved = await env.call('documents.savePdfFonts', { body: TTC, title: '', heading: '', kai: '' });
      expect(saved.fonts[0]).toEqual({
        role: 'body',
        label: '正文（仿宋）',
        path: TTC,
        fontName: 'Noto Serif CJK SC',
        problem: null,
        // The face a paper is printed in now, and where it came from (设置 shows it).
        inUse: { family: 'Noto Serif CJK SC', file: `${TTC}#NotoSerifCJKsc-Regular`, source: 'office' },
      });
      const first = await issueSample();
      expect(await embeddedFonts(first.id)).toContain('NotoSerifCJKsc-Regular');

      // A font file that disappears after it was saved: issuing is refused, and no number is taken.
      const dir = fontsDir();
      const copy = join(dir, 'simfang.ttf');
      copyFileSync(builtinFontPath('regular'), copy);
      await env.call('documents.savePdfFonts', { body: copy });
      rmSync(copy);
      expect((await env.call('documents.pdfFonts', {})).fonts[0]?.problem).toContain('找不到字体文件');
      await expect(issueSample()).rejects.toMatchObject({
        code: 'PDF_FONT_UNUSABLE',
        message: expect.stringMatching(
          /^本单位设置的正文（仿宋）字体用不了：找不到字体文件“.*simfang\.ttf”，请检查字体设置。请到“文书 › PDF 字体”中改正，或点“恢复默认（内置字体）”。$/,
        ),
      });
      expect((await env.call('documents.list', {})).map((d) => d.id)).toEqual([first.id]);

      const reset = await env.call('documents.resetPdfFonts', {});
      expect(reset.fonts.every((f) => f.path === null && f.problem === null)).toBe(true);
      const second = await issueSample();
      expect(second.doc_number).not.toBeNull();
      expect((await embeddedFonts(second.id)).some((name) => name.startsWith('NotoSerifSC-'))).toBe(true);
    },
  );
});
