// The desktop app as staff use it: the real Electron window, preload and IPC door, on a fresh data
// folder per test. Browser mode is covered by tests/e2e; this suite checks what only the desktop
// shell does (the window's security settings, the menu, persistence across a restart).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { callBridge, freshDataDir, launchApp, skipFirstRun } from './app';

const CASE_NUMBER = '青山综执罚〔2025〕88号';

async function registerCase(page: Page): Promise<void> {
  await callBridge(page, 'staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '50010200101',
    certValidFrom: '2023-01-01',
    certValidTo: '2028-12-31',
  });
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件' }).click();
  await page.getByRole('link', { name: '登记案件' }).click();
  await page.getByLabel('案件编号').fill(CASE_NUMBER);
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
  await expect(page.getByRole('heading', { name: CASE_NUMBER })).toBeVisible();
}

async function closeApp(app: ElectronApplication): Promise<void> {
  await app.close();
}

test('a case registered in the desktop window is still there after the app restarts', async () => {
  const dataDir = freshDataDir();
  const first = await launchApp(dataDir);
  try {
    await skipFirstRun(first.page);
    await registerCase(first.page);
    await expect(first.page.getByText('2,000.00 元')).toBeVisible();
  } finally {
    await closeApp(first.app);
  }

  // Same data folder: the database was closed cleanly on quit and opens again.
  const second = await launchApp(dataDir);
  try {
    await expect(second.page.getByRole('heading', { name: '工作台', exact: true })).toBeVisible();
    await second.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '案件' }).click();
    await expect(second.page.getByRole('cell', { name: CASE_NUMBER })).toBeVisible();
    const info = (await callBridge(second.page, 'system.info', {})) as { dataDir: string };
    expect(info.dataDir).toBe(dataDir);
  } finally {
    await closeApp(second.app);
  }
});

test('the window is locked down: no Node in the page, one bridge function, CSP, no new windows or navigation', async () => {
  const { app, page } = await launchApp();
  try {
    await skipFirstRun(page);

    // One window, titled in Chinese, showing our own index.html from disk.
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window: { getTitle(): string; webContents: { getURL(): string } }) => ({
        title: window.getTitle(),
        url: window.webContents.getURL(),
      })),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]?.url).toMatch(/^file:\/\/.*\/dist\/renderer\/index\.html/);

    // contextIsolation + sandbox + nodeIntegration off: the page sees no Node and exactly one bridge.
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>)['require'],
      process: typeof (globalThis as Record<string, unknown>)['process'],
      module: typeof (globalThis as Record<string, unknown>)['module'],
      bridge: Object.keys((window as unknown as { fashen: object }).fashen),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', bridge: ['call'] });

    // The Content-Security-Policy refuses eval and inline scripts.
    const evalResult = await page.evaluate(() => {
      try {
        return String(new Function('return "ran"')());
      } catch (error) {
        return String(error);
      }
    });
    expect(evalResult).not.toBe('ran');
    const inlineRan = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__fashenInline = true;';
      document.head.append(script);
      await new Promise((done) => setTimeout(done, 100));
      return (window as unknown as { __fashenInline?: boolean }).__fashenInline === true;
    });
    expect(inlineRan).toBe(false);

    // window.open is refused, and so is navigating away from our page.
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^file:\/\/.*\/dist\/renderer\/index\.html/);
    expect(app.windows()).toHaveLength(1);

    // Every permission request is refused.
    const permission = await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'geolocation' })).state,
    );
    expect(permission).toBe('denied');

    // The application menu is the Chinese one.
    const menu = await app.evaluate(
      ({ Menu }) => Menu.getApplicationMenu()?.items.map((item: { label: string }) => item.label) ?? [],
    );
    expect(menu).toEqual(['文件', '编辑', '视图', '帮助']);
  } finally {
    await closeApp(app);
  }
});

// 出具文书 in the desktop window: the transfer letter is issued from the transfer record (the
// same screens tests/e2e drives in browser mode), numbered, stored as PDF and DOCX in the data
// folder, and 打开所在文件夹 goes through Electron's shell (showItemInFolder) instead of showing a path.
test('a paper issued in the desktop window is numbered, stored, and shown in its folder', async () => {
  const { app, page, dataDir } = await launchApp();
  try {
    await skipFirstRun(page);
    await callBridge(page, 'office.save', { name: '青山镇人民政府', abbreviation: '青山' });
    await registerCase(page);
    const cases = (await callBridge(page, 'cases.list', {})) as { items: Array<{ id: number }> };
    const receiver = (await callBridge(page, 'orgs.create', { name: '区城市管理局', kind: 'department' })) as {
      id: number;
    };
    const transfer = (await callBridge(page, 'transfers.out.create', {
      caseId: cases.items[0]?.id,
      target: 'jurisdiction',
      receiverOrgId: receiver.id,
      reason: '违法行为属于区城市管理局的管辖范围。',
      legalBasis: '某条例第十一条',
      foundOn: '2025-05-20',
      materials: [
        { key: 'transfer-letter', present: true },
        { key: 'other', present: true, note: '现场检查笔录 1 份；照片 4 张' },
      ],
    })) as { id: number };

    await page.evaluate((id) => {
      window.location.hash = `#/transfers/out/${id}`;
    }, transfer.id);
    await page.getByRole('button', { name: '出具案件移送函' }).click();
    await page
      .getByRole('dialog', { name: '出具案件移送函' })
      .getByRole('button', { name: '出具', exact: true })
      .click();
    const row = page.getByRole('row', { name: /案件移送函.*青山移〔\d{4}〕1号/ });
    await expect(row).toBeVisible();

    const issued = (await callBridge(page, 'documents.list', {})) as Array<{ pdfFile: string; docxFile: string }>;
    expect(existsSync(join(dataDir, issued[0]?.pdfFile ?? 'missing'))).toBe(true);
    expect(existsSync(join(dataDir, issued[0]?.docxFile ?? 'missing'))).toBe(true);

    // The desktop door answers 打开所在文件夹 with the shell, not with a path to copy (on a desktop
    // session this really opens the file manager once).
    const revealed = (await callBridge(page, 'documents.reveal', { id: 1 })) as { shown: boolean };
    expect(revealed.shown).toBe(true);
  } finally {
    await closeApp(app);
  }
});
