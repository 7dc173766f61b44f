import { expect, open, test } from './fixtures';

test('office and staff are set up from 设置', async ({ page, app }) => {
  await open(page, app, '/settings/office');
  await page.getByLabel('单位名称').fill('青山镇人民政府');
  await page.getByLabel('文号简称').fill('青山司');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('本单位信息已保存')).toBeVisible();

  await page.getByRole('tab', { name: '人员' }).click();
  await page.getByRole('button', { name: '新增人员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('陈静');
  await dialog.getByRole('checkbox', { name: '法制审核员' }).check();
  await dialog.getByLabel('执法证号').fill('50010200066');
  await dialog.getByLabel('有效期起').fill('2025-01-02');
  await dialog.getByLabel('有效期起').press('Tab');
  await dialog.getByLabel('有效期止').fill('2025-01-01');
  await dialog.getByLabel('有效期止').press('Tab');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('执法证有效期止不能早于有效期起')).toBeVisible();
  await dialog.getByLabel('有效期止').fill('2029-12-31');
  await dialog.getByLabel('有效期止').press('Tab');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('cell', { name: '陈静' })).toBeVisible();

  await page.getByRole('tab', { name: '数据与系统' }).click();
  await expect(page.getByText(app.dataDir, { exact: true })).toBeVisible();
});

test('the API refuses a caller without the per-launch token', async ({ app }) => {
  const response = await fetch(`${app.url}api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ method: 'cases.list', input: {} }),
  });
  expect(response.status).toBe(403);
  expect(((await response.json()) as { error: { message: string } }).error.message).toContain('访问被拒绝');
});

test('a backup is made, the records checked, and a restore brings the data back', async ({ page, app }) => {
  await app.call('orgs.create', { name: '区公安分局', kind: 'public-security' });
  await open(page, app, '/settings/system');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('备份完成')).toBeVisible();
  await page.getByRole('button', { name: '检查数据' }).click();
  await expect(page.getByText('数据完整：未发现被改动或缺失的记录')).toBeVisible();

  await app.call('orgs.create', { name: '区城市管理局', kind: 'department' });
  await page.getByRole('row', { name: /手动/ }).getByRole('button', { name: '恢复到此备份' }).click();
  await page.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByText('已恢复', { exact: true })).toBeVisible();
  expect((await app.call('orgs.list', {})).map((org) => org.name)).toEqual(['区公安分局']);
});

test('a backup goes to a folder the clerk names (a USB stick) and is restored from there', async ({ page, app }) => {
  const { mkdtempSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const stick = mkdtempSync(join(tmpdir(), 'fashen-usb-'));
  await open(page, app, '/settings/system');
  await page.getByLabel('备份到的文件夹').fill(stick);
  await page.getByRole('button', { name: '备份到该文件夹' }).click();
  await expect(page.getByText('备份完成')).toBeVisible();
  expect(readdirSync(stick).some((name) => name.endsWith('.db'))).toBe(true);

  // Later, the backup on the stick is checked and restored from 设置, without a command line.
  await app.call('orgs.create', { name: '区城市管理局', kind: 'department' });
  const file = join(stick, readdirSync(stick).find((name) => name.endsWith('.db')) ?? '');
  await page.getByLabel('要恢复的备份文件').fill(join(stick, 'no-such-backup.db'));
  await page.getByRole('button', { name: '检查并恢复…' }).click();
  await expect(page.getByText('操作未完成')).toBeVisible();
  await page.getByLabel('要恢复的备份文件').fill(file);
  await page.getByRole('button', { name: '检查并恢复…' }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(dialog.getByText(/已检查：备份完整，制作于/)).toBeVisible();
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByText('已恢复', { exact: true })).toBeVisible();
  expect((await app.call('orgs.list', {})).map((org) => org.name)).not.toContain('区城市管理局');
});
