import { expect, type Page } from '@playwright/test';
import { open, signInOnPage, test } from './fixtures';

/** Signs out and back in as `name` (the scorer is who is signed in), then returns to 案卷评查. */
async function actAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await signInOnPage(page, name);
  await expect(page.getByLabel('当前登录人员')).toContainText(name);
  await page.getByRole('link', { name: '统计与评查' }).click();
  await page.getByRole('tab', { name: '案卷评查' }).click();
  await expect(page.getByRole('heading', { name: '案卷评查' })).toBeVisible();
}

test('the statistics page shows a chart with its table, a figure opens its records, and an evaluation is recorded', async ({
  page,
  app,
}) => {
  await app.loadDemo();
  await open(page, app, '/stats');
  const opinions = page.getByTestId('stats-opinions');
  await expect(opinions.locator('.recharts-surface').first()).toBeVisible();
  await expect(opinions.getByRole('table', { name: '审核意见及纠错率（表格）' })).toBeVisible();
  await expect(opinions.getByRole('row', { name: /意见1：同意/ })).toBeVisible();
  await expect(page.getByTestId('correction-rate')).toContainText('%');
  await page.screenshot({ path: 'test-results/stats-page.png', fullPage: true });

  // A figure opens the records it counts (from the keyboard too), and a record leads on to its case.
  const agreed = opinions.getByRole('button', { name: /意见1：同意 件数 \d+ 件：查看案件$/ });
  const count = Number(await agreed.textContent());
  expect(count).toBeGreaterThan(0);
  await agreed.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText(new RegExp(`意见1：同意 件数 ${count} 件：${count} 条记录$`))).toBeVisible();
  const records = drawer.getByRole('link');
  await expect(records).toHaveCount(count);
  await expect(drawer.getByText(/签署（第\d+轮，意见1）/).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/stats-records.png', fullPage: true });
  const caseNumber = (await records.first().textContent())?.split(' ')[0] ?? '';
  expect(caseNumber).toMatch(/〔\d{4}〕\d+号$/);
  await records.first().click();
  await expect(page).toHaveURL(/#\/cases\/\d+$/);
  await expect(page.getByRole('heading', { name: caseNumber })).toBeVisible();
  await page.getByRole('link', { name: '统计与评查' }).click();
  await expect(opinions.locator('.recharts-surface').first()).toBeVisible();

  // 案卷评查: draw one more closed case and score it as a reviewer outside the case.
  await page.getByRole('tab', { name: '案卷评查' }).click();
  await expect(page.getByRole('heading', { name: '案卷评查' })).toBeVisible();
  const unscored = page.getByRole('button', { name: '评查', exact: true });
  if ((await unscored.count()) === 0) {
    await page.getByLabel('抽取件数').fill('1');
    await page.getByRole('button', { name: '随机抽取' }).click();
  }
  await expect(unscored.first()).toBeVisible();
  const scoredBefore = await page.getByRole('button', { name: '案卷评查表（DOCX）' }).count();
  // The handler may not score: refused in Chinese, nothing saved.
  await actAs(page, '王建国');
  await unscored.first().click();
  await page.getByRole('button', { name: '保存评查结果' }).click();
  await expect(page.getByText('不是这两个岗位')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  for (const reviewer of ['周律师', '陈静']) {
    await actAs(page, reviewer);
    await unscored.first().click();
    await page.getByRole('button', { name: '保存评查结果' }).click();
    const outcome = page.getByText(/评查结果已保存|不能评查本人参与办理的案件/).first();
    await expect(outcome).toBeVisible();
    if ((await outcome.textContent())?.includes('已保存')) break;
    await page.getByRole('button', { name: '取消' }).click();
  }
  await expect(page.getByRole('button', { name: '案卷评查表（DOCX）' })).toHaveCount(scoredBefore + 1);
  await page.screenshot({ path: 'test-results/evaluation-page.png', fullPage: true });
});
