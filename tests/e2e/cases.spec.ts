import { expect, open, test } from './fixtures';

test('a case registered through the form is still there after a reload', async ({ page, app }) => {
  await app.call('staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '50010200101',
    certValidFrom: '2023-01-01',
    certValidTo: '2028-12-31',
  });
  await open(page, app, '/cases');
  await page.getByRole('link', { name: '登记案件' }).click();
  await page.getByLabel('案件编号').fill('青山综执罚〔2025〕99号');
  await page.getByLabel('案由').fill('违法占道经营');
  await page.getByLabel('发现日期').fill('2025-05-20');
  await page.getByLabel('发现日期').press('Tab');
  await page.getByRole('combobox', { name: '承办人' }).click();
  await page.getByRole('option', { name: /王建国/ }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('姓名').fill('李某某');
  await page.getByLabel('居民身份证号码').fill('11010519491231002X');
  await page.getByLabel('违法事实').fill('当事人在人行道上摆摊经营水果。');
  await page.getByRole('checkbox', { name: '罚款', exact: true }).check();
  await page.getByLabel('罚款金额（元）').fill('2000');
  await page.getByRole('button', { name: '保存' }).first().click();

  await expect(page.getByRole('heading', { name: '青山综执罚〔2025〕99号' })).toBeVisible();
  // The fine shows in the record table; the review card (loaded by its own call, so it may come
  // first or last) says a 2,000 元 fine to a citizen makes review mandatory (trigger 6).
  await expect(page.getByRole('cell', { name: '2,000.00 元', exact: true })).toBeVisible();
  await expect(page.getByTestId('trigger-6')).toHaveAttribute('data-holds', 'true');
  await expect(page.getByTestId('trigger-6')).toContainText('拟对公民罚款 2,000.00 元');
  await page.reload();
  await expect(page.getByRole('heading', { name: '青山综执罚〔2025〕99号' })).toBeVisible();
  await open(page, app, '/cases');
  await expect(page.getByRole('cell', { name: '青山综执罚〔2025〕99号' })).toBeVisible();
});

test('a bad input shows the Chinese error and saves nothing', async ({ page, app }) => {
  await app.call('staff.create', { name: '王建国', roles: ['handler'] });
  await open(page, app, '/cases/new');
  await page.getByLabel('居民身份证号码').fill('110105194912310021');
  await page.getByLabel('罚款金额（元）').fill('1,000');
  await page.getByRole('button', { name: '保存' }).first().click();
  await expect(page.getByText('居民身份证号码不正确：应为 18 位，末位校验码须与前 17 位相符')).toBeVisible();
  await expect(page.getByText('请填写案由')).toBeVisible();
  const list = await app.call('cases.list', {});
  expect(list.total).toBe(0);
});

test('typing survives leaving the form and coming back', async ({ page, app }) => {
  await open(page, app, '/cases/new');
  await page.getByLabel('案由').fill('擅自设置户外广告');
  await page.getByLabel('违法事实').fill('未经批准设置广告牌一块。');
  await page.getByRole('link', { name: '工作台' }).click();
  await expect(page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
  await page.reload();
  await open(page, app, '/cases/new');
  await expect(page.getByLabel('案由')).toHaveValue('擅自设置户外广告');
  await expect(page.getByText('已恢复上次未保存的输入')).toBeVisible();
  await page.getByRole('button', { name: '放弃草稿' }).click();
  await expect(page.getByLabel('案由')).toHaveValue('');
});

test('the demo office is a living app: cases, staff and attention items', async ({ page, app }) => {
  await app.loadDemo();
  await open(page, app, '/');
  await expect(page.getByTestId('attention-item').first()).toBeVisible();
  await expect(page.getByText('李强的执法证已过期')).toBeVisible();
  await open(page, app, '/cases');
  await expect(page.getByText('共 17 件')).toBeVisible();
  await page.getByLabel('搜索案件').fill('占道');
  await expect(page.getByText('共 4 件')).toBeVisible();
});
