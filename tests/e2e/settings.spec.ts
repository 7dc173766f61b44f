import { expect, open, test } from './fixtures';

test('office and staff are set up from 设置', async ({ page, app }) => {
  await open(page, app, '/settings/office');
  await page.getByLabel('单位名称').fill('青山镇人民政府');
  await page.getByRole('textbox', { name: '文号简称', exact: true }).fill('青山府');
  await page.getByLabel('法制审核机构文号简称').fill('青山司');
  await page.getByRole('button', { name: '保存', exact: true }).click();
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
  // Made before the office was set up: the list says it is an empty office's backup.
  const row = page.getByRole('row', { name: /手动/ });
  await expect(row.getByText('空白数据（尚未设置本单位时的备份）')).toBeVisible();

  await app.call('orgs.create', { name: '区城市管理局', kind: 'department' });
  await row.getByRole('button', { name: '恢复到此备份' }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(dialog.getByRole('table', { name: '备份与本机数据对比' })).toBeVisible();
  await expect(dialog.getByText('不会失去案件或文书')).toBeVisible();
  // Nothing happens without an explicit confirmation.
  const confirm = dialog.getByRole('button', { name: '恢复到该备份' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /我已核对上述对比/ }).check();
  await confirm.click();
  await expect(page.getByText('已恢复', { exact: true })).toBeVisible();
  expect((await app.call('orgs.list', {})).map((org) => org.name)).toEqual(['区公安分局']);
});

test('the restore dialog compares the backup with now and names the cases a restore would lose', async ({
  page,
  app,
}) => {
  await app.loadDemo();
  const before = await app.call('cases.list', { pageSize: 100 });
  await open(page, app, '/settings/system');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('备份完成')).toBeVisible();
  const row = page.getByRole('row', { name: /手动/ });
  await expect(row).toContainText(`${before.total} 件案件`);
  await expect(row).toContainText('份文书');

  // A case registered after the backup: the dialog says it would be lost, by its number.
  const staff = await app.call('staff.list', {});
  const handler = staff.find((person) => person.roles.includes('handler'));
  await app.call('cases.create', {
    caseNumber: '青山综执罚〔2025〕99号',
    cause: '擅自设置户外广告',
    party: { type: 'citizen', name: '李某某', idCode: '11010519491231002X' },
    facts: '当事人在主干道沿线擅自设置户外广告牌。',
    foundOn: '2025-06-01',
    penaltyKinds: ['fine'],
    fineFen: 50_000,
    discretion: 'standard',
    handlerIds: [handler?.id ?? 0],
  });
  await row.getByRole('button', { name: '恢复到此备份' }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(
    dialog.getByText(
      `本机现有 ${before.total + 1} 件案件，备份中只有 ${before.total} 件：恢复后将失去 1 件在备份之后新增的案件及其文书（青山综执罚〔2025〕99号）。`,
    ),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('restore-dialog.png') });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect((await app.call('cases.list', { pageSize: 100 })).total).toBe(before.total + 1);
});

test('a year of holidays is loaded from a form, not typed as YAML', async ({ page, app }) => {
  await open(page, app, '/settings/calendar');
  const form = page.getByLabel('节假日安排表格');
  await form.getByLabel('年份').fill('2030');
  await form.getByLabel('通知名称及文号').fill('国务院办公厅关于2030年部分节假日安排的通知');
  await form.getByLabel('第 1 个节日的名称').fill('元旦');
  await form.getByLabel('第 1 个节日放假开始日期').fill('2030-01-01');
  await form.getByLabel('第 1 个节日放假开始日期').press('Tab');
  await form.getByLabel('第 1 个节日放假结束日期').fill('2030-01-01');
  await form.getByLabel('第 1 个节日放假结束日期').press('Tab');
  await page.getByRole('button', { name: '添加节日' }).click();
  await form.getByLabel('第 2 个节日的名称').fill('春节');
  await form.getByLabel('第 2 个节日放假开始日期').fill('2030-02-08');
  await form.getByLabel('第 2 个节日放假开始日期').press('Tab');
  await form.getByLabel('第 2 个节日放假结束日期').fill('2030-02-02');
  await form.getByLabel('第 2 个节日放假结束日期').press('Tab');
  await form.getByLabel('第 2 个节日的调休上班日').fill('2030-01-26、2030-02-09');

  // The server's check, in Chinese, pointing at the row; nothing is loaded.
  await page.getByRole('button', { name: '预览' }).click();
  const problem = page.getByRole('alert').filter({ hasText: '无法载入' });
  await expect(problem).toContainText('第 2 个放假时段');
  await expect(problem).toContainText('（见表格第 2 行）');
  await expect(problem).not.toContainText('holidays');

  await form.getByLabel('第 2 个节日放假开始日期').fill('2030-02-02');
  await form.getByLabel('第 2 个节日放假开始日期').press('Tab');
  await form.getByLabel('第 2 个节日放假结束日期').fill('2030-02-08');
  await form.getByLabel('第 2 个节日放假结束日期').press('Tab');
  await page.getByRole('button', { name: '预览' }).click();
  const preview = page.getByLabel('2030 年节假日安排');
  await expect(preview).toContainText('2月2日');
  await expect(preview).toContainText('1月26日');

  // The expert view shows the same arrangement as text.
  await page.getByText('文本（熟练用户）', { exact: true }).click();
  await expect(page.getByLabel('节假日安排（文本）')).toHaveValue(/name: "春节", from: "2030-02-02", to: "2030-02-08"/);
  await page.getByText('表格填写', { exact: true }).click();
  await expect(form.getByLabel('第 2 个节日的调休上班日')).toHaveValue('2030-01-26、2030-02-09');

  await page.getByRole('button', { name: '预览' }).click();
  await page.getByRole('button', { name: '确认载入 2030 年安排' }).click();
  await expect(page.getByText('2030 年节假日安排已载入，此后的期限按其计算')).toBeVisible();
  const loaded = await app.call('calendar.years', {});
  expect(loaded.years.some((year) => year.year === 2030)).toBe(true);
});

test('a backup goes to a folder the clerk names (a USB stick) and is restored from there', async ({ page, app }) => {
  const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const stick = mkdtempSync(join(tmpdir(), 'fashen-usb-'));
  try {
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
    await expect(dialog.getByText(/已检查：备份完整/)).toBeVisible();
    await expect(dialog.getByText('不会失去案件或文书')).toBeVisible();
    await dialog.getByRole('checkbox', { name: /我已核对上述对比/ }).check();
    await dialog.getByRole('button', { name: '恢复到该备份' }).click();
    await expect(page.getByText('已恢复', { exact: true })).toBeVisible();
    expect((await app.call('orgs.list', {})).map((org) => org.name)).not.toContain('区城市管理局');
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});
