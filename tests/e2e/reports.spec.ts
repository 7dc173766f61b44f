// Issue #20: 统计 › 年报 shows each figure from the records, a click from a figure to its records and
// on to the record itself; the report and a register's ledger download as files.
import { readFileSync } from 'node:fs';
import { expect, open, test } from './fixtures';

test('the annual report: a figure opens its records, the files download', async ({ app, page }) => {
  await app.loadDemo();
  const { today } = await app.call('calendar.years', {});
  const year = today.slice(0, 4);
  await open(page, app, '/reports/annual');
  await expect(page.getByRole('heading', { name: '行政执法统计年报' })).toBeVisible();
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: `${year}年度` }).click();

  // The decision with a fine, confiscated gains and 责令停产停业 counts once, under 责令停产停业.
  await page.getByRole('button', { name: '责令停产停业：1，查看所统计的记录' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('责令停产停业：1 条记录')).toBeVisible();
  await page.screenshot({ path: 'test-results/annual-report.png', fullPage: true });
  await drawer.getByRole('link', { name: /违法排放污水/ }).click();
  await expect(page).toHaveURL(/#\/cases\/\d+$/);
  await expect(page.getByText('违法排放污水').first()).toBeVisible();

  await open(page, app, '/reports/annual');
  await page.getByRole('combobox', { name: '年度' }).click();
  await page.getByRole('option', { name: `${year}年度` }).click();
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出年报（Word）' }).click(),
  ]);
  expect(docx.suggestedFilename()).toBe(`${year}年度行政执法统计年报.docx`);
  expect(
    readFileSync(await docx.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  // A register's ledger, with the list's filter as typed.
  await open(page, app, '/cases');
  await page.getByRole('textbox', { name: '搜索案件' }).fill('违法排放');
  const [ledger] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出台账' }).click(),
  ]);
  expect(ledger.suggestedFilename()).toMatch(/^案件台账-全部年度-\d{4}-\d{2}-\d{2}\.xlsx$/);
});
