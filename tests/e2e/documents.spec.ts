import { expect, open, test } from './fixtures';

test('the review opinion of a signed round is issued, listed, previewed and voided', async ({ page, app }) => {
  await app.loadDemo();
  await open(page, app, '/cases');
  await page.getByLabel('搜索案件').fill('青山综执罚〔2025〕2号');
  await page.getByRole('link', { name: '青山综执罚〔2025〕2号' }).click();
  await page.getByRole('button', { name: '出具法制审核意见书' }).click();
  await page
    .getByRole('dialog', { name: '出具法制审核意见书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  const row = page.getByRole('row', { name: /青山司审〔\d{4}〕1号/ });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: '预览/打印' }).click();
  const frame = page.frameLocator('iframe[title="法制审核意见书预览"]');
  await expect(frame.getByText('法制审核意见书')).toBeVisible();
  await expect(frame.getByText('青山镇综合行政执法大队：')).toBeVisible();
  await page.keyboard.press('Escape');

  // A second paper for the same round is refused until the first is voided.
  await page.getByRole('button', { name: '出具法制审核意见书' }).click();
  await page
    .getByRole('dialog', { name: '出具法制审核意见书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  await expect(page.getByText(/已经出具；如需重新出具，请先将原文书作废/)).toBeVisible();
  await row.getByRole('button', { name: '作废' }).click();
  await page.getByLabel('作废理由').fill('审核理由表述需调整');
  await page.getByRole('button', { name: '确认作废' }).click();
  await expect(page.getByRole('row', { name: /青山司审〔\d{4}〕1号.*已作废/ })).toBeVisible();

  await open(page, app, '/documents');
  await expect(page.getByRole('row', { name: /法制审核意见书.*青山司审/ })).toBeVisible();
});

test('a transfer letter is issued from the transfer record and listed with the case’s papers', async ({
  page,
  app,
}) => {
  await app.loadDemo();
  await open(page, app, '/transfers/out/1');
  await page.getByRole('button', { name: '出具案件移送函' }).click();
  // The letter asks whom it is copied to; the 抄送 goes into its 版记.
  const issue = page.getByRole('dialog', { name: '出具案件移送函' });
  await issue.getByLabel('抄送机关').fill('区人民检察院');
  await issue.getByRole('button', { name: '出具', exact: true }).click();
  const letter = page.getByRole('row', { name: /案件移送函.*青山司移〔\d{4}〕1号/ });
  await expect(letter).toBeVisible();
  await letter.getByRole('button', { name: '预览/打印' }).click();
  await expect(page.frameLocator('iframe[title="案件移送函预览"]').getByText('抄送：区人民检察院。')).toBeVisible();
  await page.keyboard.press('Escape');

  // Served: the clerk records how, and the 送达回证 is issued for the letter.
  await letter.getByRole('button', { name: '另存为、送达…' }).click();
  await page.getByRole('menuitem', { name: '登记送达，出具送达回证' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^受送达人/ }).fill('区公安分局');
  // Served today (office time), at a time already past whenever the suite runs: a receipt cannot
  // predate its paper (issued just now) nor lie in the future.
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await dialog.getByLabel('送达日期').fill(today);
  await dialog.getByLabel('送达日期').press('Tab');
  await dialog.getByLabel('送达时间').fill('00:00');
  await dialog.getByLabel('送达地点').fill('区公安分局法制大队');
  await dialog.getByRole('textbox', { name: /^送达人/ }).fill('王建国、刘晓燕');
  await dialog.getByRole('button', { name: '出具送达回证' }).click();
  await expect(page.getByRole('row', { name: /送达回证/ })).toBeVisible();
});
