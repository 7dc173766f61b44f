import { expect, open, test, type AppServer } from './fixtures';
import type { Page } from '@playwright/test';

// Monday 15 September 2025: a violation found that is not ours. 涪陵府办〔2024〕1号 二(三): transfer
// within 5 working days (by Monday 22 September, 24:00); the receiver answers within 5 working
// days of its receipt (23 September → 29 September, with Sunday 28 September a working day).

async function seed(app: AppServer) {
  const handler = await app.call('staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '50010200101',
    certValidFrom: '2023-01-01',
    certValidTo: '2028-12-31',
  });
  await app.call('staff.create', {
    name: '刘晓燕',
    roles: ['handler'],
    certificateNo: '50010200102',
    certValidFrom: '2023-01-01',
    certValidTo: '2028-12-31',
  });
  await app.call('orgs.create', { name: '区城市管理局', kind: 'department' });
  await app.call('orgs.create', { name: '区人民政府', kind: 'government' });
  await app.signInAs(handler.id);
  return app.call('cases.create', {
    caseNumber: '青山综执罚〔2025〕31号',
    cause: '擅自设置户外广告',
    party: { type: 'citizen', name: '李某某', idCode: '11010519491231002X' },
    facts: '当事人在区城市管理局负责的主干道沿线擅自设置户外广告牌。',
    foundOn: '2025-09-15',
    penaltyKinds: ['fine'],
    fineFen: 50_000,
    discretion: 'standard',
    handlerIds: [handler.id],
  });
}

/** The home page's item for this transfer, and the colour it shows. */
async function homeItem(page: Page, app: AppServer) {
  await open(page, app, '/');
  return page.getByTestId('attention-item').filter({ hasText: '区城市管理局' });
}

test('a transfer is sent, its receipt and answer recorded, and the deadline list changes colour as the clock moves', async ({
  page,
  app,
}) => {
  // Each move of the clock restarts the server.
  test.setTimeout(180_000);
  await app.restart({ now: '2025-09-16T02:00:00.000Z' });
  const record = await seed(app);

  await open(page, app, `/cases/${record.id}`);
  await page.getByRole('link', { name: '不属于本机关管辖，移送' }).click();
  await expect(page.getByRole('heading', { name: '办理移送' })).toBeVisible();
  await page.getByRole('combobox', { name: '接收单位' }).click();
  await page.getByRole('option', { name: /区城市管理局/ }).click();
  await page
    .getByLabel('移送理由（不属于本机关管辖的理由）')
    .fill('主干道沿线户外广告的设置管理属于区城市管理局的执法事项。');
  await page.getByLabel('移送依据（接收单位管辖的法律依据）').fill('《城市市容和环境卫生管理条例》第十一条');
  await expect(page.getByTestId('deadline-notice')).toContainText('应于2025年9月22日24时前移送，还剩 4 个工作日');
  await expect(page.getByTestId('deadline-notice')).toContainText('涪陵府办〔2024〕1号 二(三)：5个工作日内移送');
  await page.getByRole('checkbox', { name: '案件移送函' }).check();
  await page.getByRole('button', { name: '保存' }).first().click();
  await expect(page.getByRole('heading', { name: '移送区城市管理局' })).toBeVisible();

  // The clock moves: blue with days to spare, amber on the last working day but one, red once past.
  await expect(await homeItem(page, app)).toHaveAttribute('data-level', 'info');
  await app.restart({ now: '2025-09-19T02:00:00.000Z' });
  await expect(await homeItem(page, app)).toHaveAttribute('data-level', 'warning');
  await expect(await homeItem(page, app)).toContainText('还剩 1 个工作日');
  await app.restart({ now: '2025-09-23T02:00:00.000Z' });
  const late = await homeItem(page, app);
  await expect(late).toHaveAttribute('data-level', 'danger');
  await expect(late).toContainText('已超过移送期限');

  await late.getByRole('link').click();
  await page.getByRole('button', { name: '移送', exact: true }).click();
  await page.getByLabel('移送函文号').fill('青山移〔2025〕9号');
  await page.getByRole('button', { name: '确认已移送' }).click();
  await expect(page.locator('[data-state="sent"]').first()).toBeVisible();
  await expect(await homeItem(page, app)).toContainText('待登记其签收的送达回证');

  await (await homeItem(page, app)).getByRole('link').click();
  await page.getByRole('button', { name: '登记送达回证' }).click();
  await page.getByLabel('签收人').fill('区城市管理局 钱某');
  await page.getByRole('button', { name: '登记签收' }).click();
  await expect(page.locator('[data-state="received"]').first()).toBeVisible();
  await expect(page.getByTestId('deadline-notice')).toContainText('应于2025年9月29日24时前书面告知受理情况');

  await expect(await homeItem(page, app)).toHaveAttribute('data-level', 'info');
  await app.restart({ now: '2025-09-30T02:00:00.000Z' });
  const overdue = await homeItem(page, app);
  await expect(overdue).toHaveAttribute('data-level', 'danger');
  await expect(overdue).toContainText('受移送单位逾期未书面告知受理情况');

  await overdue.getByRole('link').click();
  await page.getByRole('button', { name: '登记书面答复' }).click();
  await page.getByLabel('答复文号').fill('城管函〔2025〕18号');
  await page.getByRole('button', { name: '登记答复' }).click();
  await expect(page.locator('[data-state="accepted"]').first()).toBeVisible();
  await open(page, app, '/');
  await expect(page.getByTestId('attention-item').filter({ hasText: '区城市管理局' })).toHaveCount(0);
});

test('a refused transfer cannot be sent on: the case offers escalation to the government instead', async ({
  page,
  app,
}) => {
  await app.restart({ now: '2025-09-16T06:00:00.000Z' });
  const record = await seed(app);
  const orgs = await app.call('orgs.list', {});
  const receiver = orgs.find((org) => org.name === '区城市管理局')?.id ?? 0;
  const created = await app.call('transfers.out.create', {
    caseId: record.id,
    target: 'jurisdiction',
    receiverOrgId: receiver,
    reason: '不属于本机关管辖。',
    legalBasis: '某条例第十一条',
    foundOn: '2025-09-15',
    materials: [
      { key: 'transfer-letter', present: true },
      { key: 'other', present: true, note: '现场检查笔录 1 份；照片 4 张' },
    ],
  });
  await app.call('transfers.out.send', { id: created.id, sentOn: '2025-09-16', sentTime: '09:00', method: 'direct' });
  await app.call('transfers.out.recordReceipt', {
    id: created.id,
    receivedOn: '2025-09-16',
    receivedTime: '10:00',
    signedBy: '钱某',
  });
  await app.call('transfers.out.recordAnswer', {
    id: created.id,
    outcome: 'refused',
    answeredOn: '2025-09-16',
    reason: '认为属于乡镇综合行政执法事项。',
  });

  await open(page, app, `/cases/${record.id}`);
  const panel = page.getByLabel('案件移送');
  await expect(panel).toContainText('不再移送其他单位');
  await expect(panel.getByRole('link', { name: /移送$/ })).toHaveCount(0);

  await panel.getByRole('link', { name: /区城市管理局/ }).click();
  await expect(page.locator('body')).toContainText('认为不属于本单位管辖的，应当书面报请区政府决定，不得再行移送');
  await page.getByRole('button', { name: '报请决定管辖' }).click();
  await page.getByLabel('报请事项').fill('双方对管辖有争议，请求区政府确定管辖。');
  await page.getByRole('button', { name: '登记报请' }).click();
  await expect(page.locator('[data-state="escalated"]').first()).toBeVisible();
});

test('a transfer we received is registered with its letter, answered, and the 受理情况告知书 is issued from it', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await app.restart({ now: '2025-09-17T02:00:00.000Z' });
  await app.call('office.save', { name: '青山镇人民政府', abbreviation: '青山' });
  const clerk = await app.call('staff.create', {
    name: '赵敏',
    roles: ['clerk'],
    certificateNo: null,
    certValidFrom: null,
    certValidTo: null,
  });
  await app.call('orgs.create', { name: '白石镇人民政府', kind: 'township' });
  await app.call('orgs.create', { name: '区人民政府', kind: 'government' });

  await open(page, app, '/transfers/in/new');
  await page.getByRole('combobox', { name: '移送单位' }).click();
  await page.getByRole('option', { name: /白石镇人民政府/ }).click();
  await page.getByLabel('移送函文号').fill('白石移〔2025〕7号');
  await page.getByLabel('移送函落款日期').fill('2025-09-12');
  await page.getByLabel('移送函落款日期').press('Tab');
  await page.getByRole('textbox', { name: /^案由/ }).fill('擅自占用林地');
  await page.getByLabel('当事人').fill('孙某');
  await page.getByLabel('收到日期').fill('2025-09-15');
  await page.getByLabel('收到日期').press('Tab');
  await page.getByLabel('收到时间').fill('10:00');
  await page.getByRole('textbox', { name: /^违法线索与基本事实/ }).fill('当事人在青山镇松林村林地内修建简易房屋。');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText('白石移〔2025〕7号，2025年9月12日落款')).toBeVisible();
  // Shown in office time as typed, although this browser runs on Los Angeles time (playwright.config.ts).
  await expect(page.getByText('2025年9月15日 10:00', { exact: true })).toBeVisible();

  // A date typed wrong is corrected on the record itself, before any paper prints it.
  await page.getByRole('link', { name: '更正登记内容' }).click();
  await expect(page.getByRole('heading', { name: '更正接收移送的登记内容' })).toBeVisible();
  await page.getByLabel('移送函落款日期').fill('2025-09-11');
  await page.getByLabel('移送函落款日期').press('Tab');
  await page.getByRole('button', { name: '保存更正' }).click();
  await expect(page.getByText('白石移〔2025〕7号，2025年9月11日落款')).toBeVisible();

  // We sign the sender's 送达回证: the words say so, and the page agrees.
  await page.getByRole('button', { name: '登记签收（送达回证）' }).click();
  await page.getByRole('combobox', { name: '签收人' }).click();
  await page.getByRole('option', { name: '赵敏' }).click();
  await page.getByRole('button', { name: '登记签收', exact: true }).click();
  await expect(page.getByText('已登记签收：赵敏在白石镇人民政府的送达回证上签收')).toBeVisible();
  await expect(page.getByText(/^已签收：赵敏 · /)).toBeVisible();
  expect(clerk.id).toBeGreaterThan(0);
  await page.getByRole('button', { name: '书面告知受理情况' }).click();
  // 涪陵府办〔2024〕1号 二(三): 受移送方…应当受理; a case not ours is reported to the 区政府 — no plain refusal.
  await expect(page.getByRole('radio', { name: '不予受理' })).toHaveCount(0);
  await page.getByRole('radio', { name: '报请政府决定' }).check();
  await page.getByRole('textbox', { name: /^理由/ }).fill('违法行为发生地在白石镇辖区内，不属于本机关管辖。');
  await page.getByRole('button', { name: '登记答复' }).click();

  await page.getByRole('button', { name: '出具受理情况告知书' }).click();
  await page
    .getByRole('dialog', { name: '出具受理情况告知书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  const row = page.getByRole('row', { name: /受理情况告知书.*青山受〔2025〕1号/ });
  await expect(row).toBeVisible({ timeout: 60_000 });
  await row.getByRole('button', { name: '预览/打印' }).click();
  const frame = page.frameLocator('iframe[title="受理情况告知书预览"]');
  await expect(frame.getByText('白石镇人民政府：')).toBeVisible();
  await expect(frame.locator('body')).toContainText('本机关认为该案不属于本机关管辖');
  await expect(frame.locator('body')).toContainText('书面报请区人民政府决定管辖');
  await expect(frame.locator('body')).toContainText('2025年9月11日');
  await page.keyboard.press('Escape');
  // Once the notice is issued, the registration cannot change under it: the page says why.
  await expect(
    page.getByText(/已出具《受理情况告知书》（青山受〔2025〕1号），文书上印有登记的内容，不能再修改/),
  ).toBeVisible();
});

test('one act, one place: recording the receiver’s signature issues the letter’s 送达回证, filled in', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await app.restart({ now: '2025-09-16T02:00:00.000Z' });
  await app.call('office.save', { name: '青山镇人民政府', abbreviation: '青山' });
  const record = await seed(app);
  const orgs = await app.call('orgs.list', {});
  const created = await app.call('transfers.out.create', {
    caseId: record.id,
    target: 'jurisdiction',
    receiverOrgId: orgs.find((org) => org.name === '区城市管理局')?.id ?? 0,
    reason: '不属于本机关管辖。',
    legalBasis: '某条例第十一条',
    foundOn: '2025-09-15',
    materials: [
      { key: 'transfer-letter', present: true },
      { key: 'other', present: true, note: '现场检查笔录 1 份；照片 4 张' },
    ],
  });
  await open(page, app, `/transfers/out/${created.id}`);
  await page.getByRole('button', { name: '出具案件移送函' }).click();
  await page.getByRole('dialog', { name: '出具案件移送函' }).getByRole('button', { name: '出具', exact: true }).click();
  // Rendering the PDF takes a while on a busy machine.
  await expect(page.getByRole('row', { name: /案件移送函.*青山移〔2025〕1号/ })).toBeVisible({ timeout: 60_000 });

  // The send step carries the letter's number; nobody types a second one.
  await page.getByRole('button', { name: '移送', exact: true }).click();
  await expect(page.getByLabel('移送函文号')).toHaveValue('青山移〔2025〕1号');
  await page.getByRole('button', { name: '确认已移送' }).click();
  await expect(page.locator('[data-state="sent"]').first()).toBeVisible();

  await page.getByRole('button', { name: '登记送达回证' }).click();
  const step = page.getByRole('form', { name: '登记送达回证' });
  await expect(step.getByText(/登记签收的同时出具其送达回证，受送达人为区城市管理局/)).toBeVisible();
  await step.getByLabel('签收人').fill('钱某');
  await step.getByRole('button', { name: '登记签收并出具送达回证' }).click();
  // Where it was served is needed for the paper: said in Chinese, nothing recorded.
  await expect(step.getByText('请填写送达地点：移送函的送达回证随签收一并出具。')).toBeVisible();
  await step.getByLabel('送达地点').fill('区城市管理局法规科');
  await step.getByRole('button', { name: '登记签收并出具送达回证' }).click();
  await expect(page.getByText(/已登记区城市管理局的签收，并出具移送函的送达回证/)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-state="received"]').first()).toBeVisible();

  const receipt = page.getByRole('row', { name: /送达回证/ });
  await expect(receipt).toBeVisible();
  await receipt.getByRole('button', { name: '预览/打印' }).click();
  const frame = page.frameLocator('iframe[title="送达回证预览"]');
  await expect(frame.locator('body')).toContainText('青山移〔2025〕1号');
  await expect(frame.locator('body')).toContainText('区城市管理局法规科');
  await expect(frame.locator('body')).toContainText('签收人：钱某');
  await page.keyboard.press('Escape');

  // The documents page shows the same record and sends the letter's receipt to the transfer.
  await open(page, app, '/documents');
  await expect(page.getByRole('row', { name: /送达回证/ })).toBeVisible();
  await page
    .getByRole('row', { name: /青山移〔2025〕1号/ })
    .first()
    .getByRole('button', { name: '另存为、送达…' })
    .click();
  await expect(page.getByRole('menuitem', { name: '登记送达回证（在移送记录中）' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '登记送达，出具送达回证' })).toHaveCount(0);
});
