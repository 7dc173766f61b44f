import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { answerSecretPrompts, E2E_ADMIN, E2E_SECRET, expect, test } from './fixtures';

/** The first screen of a new office: its first administrator (a head) and their secret. */
async function firstAdmin(page: Page): Promise<void> {
  await answerSecretPrompts(page);
  await expect(page.getByRole('heading', { name: '欢迎使用法审工作台' })).toBeVisible();
  await page.getByLabel('管理员姓名').fill(E2E_ADMIN);
  await page.getByLabel('密码', { exact: true }).fill('short');
  await page.getByLabel('再输入一次').fill('short');
  await page.getByRole('button', { name: '设置管理员并登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('密码至少 8 个字符');
  await page.getByLabel('密码', { exact: true }).fill(E2E_SECRET);
  await page.getByLabel('再输入一次').fill(E2E_SECRET);
  await page.getByRole('button', { name: '设置管理员并登录' }).click();
  await expect(page.getByLabel('当前登录人员')).toHaveText(`${E2E_ADMIN}（管理员）`);
}

test.use({ firstRun: true });

test('an empty database opens the setup, which sets up the office and its people', async ({ page, app }) => {
  await page.goto(app.url);
  await firstAdmin(page);
  await expect(page.getByRole('heading', { name: '欢迎使用法审工作台' })).toBeVisible();
  await page.getByLabel('单位名称').fill('青山镇人民政府');
  await page.getByRole('textbox', { name: '文号简称', exact: true }).fill('青山府');
  await page.getByLabel('法制审核机构文号简称').fill('青山司');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByRole('radio', { name: /周村/ }).click();
  await expect(page.getByRole('radio', { name: /周村/ })).toBeChecked();
  await page.getByRole('button', { name: '下一步' }).click();

  await page.getByLabel('姓名').fill('陈静');
  await page.getByRole('checkbox', { name: '法制审核员' }).check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('cell', { name: '陈静' })).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();

  await expect(page.getByText(app.dataDir)).toBeVisible();
  await page.getByRole('button', { name: '完成设置' }).click();
  await expect(page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
  // Right after the wizard, without a reload, the head who set it up acts as themselves.
  await page.getByRole('link', { name: '设置', exact: true }).click();
  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('button', { name: '新增人员' }).click();
  await page.getByLabel('姓名').fill('周律师');
  await page.getByRole('checkbox', { name: '法制审核员' }).check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('cell', { name: '周律师' })).toBeVisible();
  const db = new Database(join(app.dataDir, 'fashen.db'), { readonly: true });
  try {
    const logged = db
      .prepare("SELECT actor FROM audit_log WHERE action = 'staff.create' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get();
    expect(logged).toBe(E2E_ADMIN);
  } finally {
    db.close();
  }
  await page.getByRole('link', { name: '工作台' }).click();
  expect(await app.call('office.get', {})).toMatchObject({ abbreviation: '青山府', reviewBodyAbbreviation: '青山司' });
  expect((await app.call('profiles.list', {})).find((profile) => profile.isDefault)?.id).toBe('zhoucun');

  // Done once: a reload goes to the home page, and 设置 can open the wizard again.
  await page.reload();
  await expect(page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
  await page.getByRole('link', { name: '设置', exact: true }).click();
  await page.getByRole('button', { name: '打开初次设置向导' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用法审工作台' })).toBeVisible();
});

test('the setup can be skipped and does not come back', async ({ page, app }) => {
  await page.goto(app.url);
  await firstAdmin(page);
  await page.getByRole('button', { name: '跳过，稍后在“设置”中完成' }).click();
  await expect(page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
  await expect(page.getByText('尚未设置本单位信息')).toBeVisible();
});
