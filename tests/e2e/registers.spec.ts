import type { Page } from '@playwright/test';
import { expect, open, test, type AppServer } from './fixtures';

// The township desk's last two registers (issue #19): 信息共享 and 管辖争议. Each record is made on its
// form, its deadline shows on the home page with the rule that set it, and its paper is issued and
// previewed. Friday 19 September 2025, 10:00 office time; the office runs on the 涪陵 profile, which
// sets no number for either period: both are the office's setting and say so.

async function seed(app: AppServer) {
  await app.restart({ now: '2025-09-19T02:00:00.000Z' });
  await app.call('office.save', { name: '青山镇人民政府', abbreviation: '青山' });
  await app.call('orgs.create', { name: '区市场监督管理局', kind: 'department' });
  await app.call('orgs.create', { name: '区人民政府', kind: 'government' });
}

async function pick(page: Page, label: RegExp, option: RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

test('an inspection report shared with the market bureau: its period on the home page and its 告知函', async ({
  page,
  app,
}) => {
  // Issuing a paper renders its DOCX and PDF, slow on a loaded machine.
  test.setTimeout(300_000);
  await seed(app);
  await open(page, app, '/registers/sharing/new');
  await pick(page, /^信息种类/, /执法检查、监督检查情况/);
  await pick(page, /^接收信息的单位/, /区市场监督管理局/);
  await page.getByLabel('信息形成日期').fill('2025-09-17');
  await page.getByLabel('信息形成日期').press('Tab');
  await page.getByRole('textbox', { name: /^共享的信息/ }).fill('餐饮油烟专项检查情况（检查42户，责令整改5户）');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('heading', { name: '信息共享：执法检查、监督检查情况' })).toBeVisible();
  // 2025-09-17 + 5 working days = Wednesday 24 September.
  await expect(page.getByText('2025年9月24日前')).toBeVisible();

  await open(page, app, '/');
  const item = page.getByTestId('attention-item').filter({ hasText: '餐饮油烟专项检查情况' });
  await expect(item).toContainText('本单位设定');
  await expect(item).toContainText('5个工作日内实现信息共享');
  await item.getByRole('link').first().click();

  await page.getByRole('button', { name: '出具信息共享告知函' }).click();
  await page
    .getByRole('dialog', { name: '出具信息共享告知函' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  const row = page.getByRole('row', { name: /信息共享告知函.*青山抄〔2025〕1号/ });
  // Issuing renders the DOCX and the PDF: allow for a slow machine.
  await expect(row).toBeVisible({ timeout: 60_000 });
  await row.getByRole('button', { name: '预览/打印' }).click();
  const frame = page.frameLocator('iframe[title="信息共享告知函预览"]');
  await expect(frame.getByText('区市场监督管理局：')).toBeVisible({ timeout: 60_000 });
  await expect(frame.locator('body')).toContainText('行政执法信息共享告知函');
  await expect(frame.locator('body')).toContainText('餐饮油烟专项检查情况');
});

test('a jurisdiction dispute left in negotiation turns red on the home page; its written request becomes the 申请书', async ({
  page,
  app,
}) => {
  // Issuing a paper renders its DOCX and PDF, slow on a loaded machine.
  test.setTimeout(300_000);
  await seed(app);
  const handler = await app.call('staff.create', { name: '王建国', roles: ['handler'] });
  await app.call('cases.create', {
    caseNumber: '青山综执罚〔2023〕5号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '李某某', idCode: '11010519491231002X' },
    facts: '当事人在集贸市场门口占道摆摊。',
    foundOn: '2023-05-20',
    penaltyKinds: ['warning'],
    discretion: 'standard',
    handlerIds: [handler.id],
  });
  await open(page, app, '/registers/disputes/new');
  await pick(page, /^争议对方/, /区市场监督管理局/);
  await page.getByLabel('发生争议的日期').fill('2025-09-10');
  await page.getByLabel('发生争议的日期').press('Tab');
  // The case is found by what is typed: the server searches every case, as the case list does.
  await page.getByRole('combobox', { name: '关联案件' }).fill('集贸市场');
  await page.getByRole('option', { name: '青山综执罚〔2023〕5号 违法占道经营（李某某）' }).click();
  await page.getByRole('textbox', { name: /^争议事项/ }).fill('集贸市场无证摊贩的查处由谁负责');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('heading', { name: '管辖争议：区市场监督管理局' })).toBeVisible();
  await expect(page.getByRole('link', { name: '青山综执罚〔2023〕5号' })).toBeVisible();

  await open(page, app, '/');
  const item = page.getByTestId('attention-item').filter({ hasText: '集贸市场无证摊贩' });
  await expect(item).toContainText('本单位设定');
  await expect(item).toContainText('已超过');
  await item.getByRole('link').first().click();

  await page.getByRole('button', { name: '书面提请协调' }).click();
  const form = page.getByRole('form', { name: '书面提请协调' });
  await pick(page, /^提请协调的机关/, /区人民政府/);
  await form.getByRole('textbox', { name: /^自行协商的情况/ }).fill('9月12日双方电话协商，未能达成一致。');
  await form.getByRole('textbox', { name: /^争议焦点/ }).fill('无证摊贩的查处是否属于赋权乡镇的事项。');
  await form.getByRole('textbox', { name: /^本单位观点$|^本单位观点 \*/ }).fill('属市场监管部门职责。');
  await form.getByRole('textbox', { name: /^本单位观点的法律/ }).fill('《无证无照经营查处办法》第五条。');
  await form.getByRole('textbox', { name: /^对方观点$|^对方观点 \*/ }).fill('已下放乡镇。');
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText('协调申请（2025年9月19日）')).toBeVisible();

  await page.getByRole('button', { name: '出具管辖争议协调申请书' }).click();
  await page
    .getByRole('dialog', { name: '出具管辖争议协调申请书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  const row = page.getByRole('row', { name: /管辖争议协调申请书.*青山争〔2025〕1号/ });
  // Issuing renders the DOCX and the PDF: allow for a slow machine.
  await expect(row).toBeVisible({ timeout: 60_000 });
  await row.getByRole('button', { name: '预览/打印' }).click();
  const frame = page.frameLocator('iframe[title="管辖争议协调申请书预览"]');
  await expect(frame.getByText('区人民政府：')).toBeVisible({ timeout: 60_000 });
  await expect(frame.locator('body')).toContainText('无证摊贩的查处是否属于赋权乡镇的事项。');
  await expect(frame.locator('body')).toContainText('已下放乡镇。');
});
