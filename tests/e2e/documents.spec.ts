import { expect, open, test } from './fixtures';

test('the review opinion of a signed round is issued, listed, previewed, voided and issued again', async ({
  page,
  app,
}) => {
  await app.loadDemo();
  await open(page, app, '/cases');
  await page.getByLabel('搜索案件').fill('青山综执罚〔2025〕2号');
  await page.getByRole('link', { name: '青山综执罚〔2025〕2号' }).click();
  // The demo issued the signed round's opinion: the round says so and no second one is offered.
  await expect(page.getByText(/^已出具法制审核意见书 青山司审〔\d{4}〕1号$/)).toBeVisible();
  await expect(page.getByRole('button', { name: '出具法制审核意见书' })).toHaveCount(0);
  const row = page.getByRole('row', { name: /青山司审〔\d{4}〕1号/ });
  await expect(row).toBeVisible();

  await row.getByRole('button', { name: '预览/打印' }).click();
  const frame = page.frameLocator('iframe[title="法制审核意见书预览"]');
  await expect(frame.getByText('法制审核意见书').first()).toBeVisible();
  await expect(frame.getByText('青山镇综合行政执法大队：')).toBeVisible();
  await page.keyboard.press('Escape');

  // Voided, the opinion can be issued again, under the next number (a number is never reused).
  await row.getByRole('button', { name: '作废' }).click();
  await page.getByLabel('作废理由').fill('审核理由表述需调整');
  await page.getByRole('button', { name: '确认作废' }).click();
  await expect(page.getByRole('row', { name: /青山司审〔\d{4}〕1号.*已作废/ })).toBeVisible();
  await page.getByRole('button', { name: '出具法制审核意见书' }).click();
  await page
    .getByRole('dialog', { name: '出具法制审核意见书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  // The round names the paper in force: a new number of the 司法所's sequence.
  const badge = page.getByText(/^已出具法制审核意见书 青山司审〔\d{4}〕\d+号$/);
  await expect(badge).not.toHaveText(/〔\d{4}〕1号$/, { timeout: 60_000 });
  const number = ((await badge.textContent()) ?? '').replace('已出具法制审核意见书 ', '');
  await expect(page.getByRole('row', { name: number })).toBeVisible();

  await open(page, app, '/documents');
  await expect(page.getByRole('row', { name: number })).toContainText('法制审核意见书');
});

test('a transfer letter is issued from the transfer record and listed with the case’s papers', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await app.loadDemo();
  // A transfer sent under a letter made outside the app: the demo filed its paper under that number
  // (one letter, one number), listed with the case's papers; no second one is numbered.
  await open(page, app, '/transfers/out/1');
  await expect(page.getByRole('row', { name: /案件移送函.*青山府移〔2025〕8号/ })).toBeVisible();

  // A transfer prepared now: its letter is issued in the app.
  const staff = await app.call('staff.list', {});
  const handler = staff.find((person) => person.roles.includes('handler'));
  const orgs = await app.call('orgs.list', {});
  const record = await app.call('cases.create', {
    caseNumber: '青山综执罚〔2025〕98号',
    cause: '擅自设置户外广告',
    party: { type: 'citizen', name: '李某某', idCode: '11010519491231002X' },
    facts: '当事人在主干道沿线擅自设置户外广告牌。',
    foundOn: '2025-06-01',
    penaltyKinds: ['fine'],
    fineFen: 50_000,
    discretion: 'standard',
    handlerIds: [handler?.id ?? 0],
  });
  const transfer = await app.call('transfers.out.create', {
    caseId: record.id,
    target: 'jurisdiction',
    receiverOrgId: orgs.find((org) => org.kind === 'department')?.id ?? 0,
    reason: '不属于本机关管辖。',
    legalBasis: '某条例第十一条',
    foundOn: '2025-06-01',
    materials: [
      { key: 'transfer-letter', present: true },
      { key: 'other', present: true, note: '现场检查笔录 1 份；照片 4 张' },
    ],
  });
  await open(page, app, `/transfers/out/${transfer.id}`);
  await page.getByRole('button', { name: '出具案件移送函' }).click();
  // The letter asks whom it is copied to; the 抄送 goes into its 版记.
  const issue = page.getByRole('dialog', { name: '出具案件移送函' });
  await issue.getByLabel('抄送机关').fill('区人民检察院');
  await issue.getByRole('button', { name: '出具', exact: true }).click();
  const letter = page.getByRole('row', { name: /案件移送函.*青山府移〔\d{4}〕\d+号/ });
  await expect(letter).toBeVisible({ timeout: 60_000 });
  await letter.getByRole('button', { name: '预览/打印' }).click();
  await expect(page.frameLocator('iframe[title="案件移送函预览"]').getByText('抄送：区人民检察院。')).toBeVisible();
  await page.keyboard.press('Escape');

  // Its 送达回证 is recorded on the transfer with the receiver's signature: the menu leads there.
  await letter.getByRole('button', { name: '另存为、送达…' }).click();
  await page.getByRole('menuitem', { name: '登记送达回证（在移送记录中）' }).click();
  await expect(page).toHaveURL(new RegExp(`#/transfers/out/${transfer.id}$`));
});
