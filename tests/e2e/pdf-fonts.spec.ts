import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, open, test } from './fixtures';

// A real CJK font that is on every checkout: the bundled Noto Serif SC, pointed at as an "installed" font.
const FONT = resolve(
  import.meta.dirname,
  '..',
  '..',
  'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
);

test('an office points the PDFs at its own font file; a bad one is refused under the field', async ({ page, app }) => {
  await app.loadDemo();
  const folder = mkdtempSync(join(tmpdir(), 'fashen-e2e-font-'));
  const notFont = join(folder, 'simfang.ttf');
  writeFileSync(notFont, 'not a font');
  try {
    await open(page, app, '/documents');
    const card = page.getByTestId('pdf-fonts');
    const body = card.getByLabel('正文（仿宋）的字体文件');
    await expect(card.getByRole('button', { name: '恢复默认（内置字体）' })).toHaveCount(0);

    // Not a font: the reason shows under the field, and nothing is saved.
    await body.fill(notFont);
    await card.getByRole('button', { name: '保存字体设置' }).click();
    await expect(
      card.getByText('“simfang.ttf”不是字体文件（或文件已损坏），请选择 .ttf、.otf 或 .ttc 字体文件。'),
    ).toBeVisible();
    await expect(body).toHaveAttribute('aria-invalid', 'true');
    expect((await app.call('documents.pdfFonts', {})).fonts[0]?.path).toBeNull();

    // A relative path is refused too: the app needs to find the file whatever folder it runs from.
    await body.fill('simfang.ttf');
    await card.getByRole('button', { name: '保存字体设置' }).click();
    await expect(card.getByText(/请填写字体文件的完整路径/)).toBeVisible();

    // A real Chinese font is saved and named.
    await body.fill(FONT);
    await card.getByRole('button', { name: '保存字体设置' }).click();
    // "正在使用：Noto Serif SC" is shown before the save too (the bundled face is Noto Serif SC): wait for the
    // saved setting itself.
    await expect.poll(async () => (await app.call('documents.pdfFonts', {})).fonts[0]?.path).toBe(FONT);
    await expect(card.getByText('正在使用：Noto Serif SC')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('pdf-fonts').getByLabel('正文（仿宋）的字体文件')).toHaveValue(FONT);

    // 恢复默认（内置字体）, after a confirmation.
    await page.getByTestId('pdf-fonts').getByRole('button', { name: '恢复默认（内置字体）' }).click();
    await page.getByRole('dialog', { name: '恢复默认（内置字体）' }).getByRole('button', { name: '确认恢复' }).click();
    await expect(page.getByTestId('pdf-fonts').getByLabel('正文（仿宋）的字体文件')).toHaveValue('');
    await expect
      .poll(async () => (await app.call('documents.pdfFonts', {})).fonts.every((font) => font.path === null))
      .toBe(true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
