import { expect, open, test } from './fixtures';

// One date field everywhere (renderer/src/components/DateField.tsx): a date typed the Chinese way is
// read as that date, saved and printed as that date; an impossible one is refused under the field
// and nothing is saved in its place.

test('移送函落款日期 typed as 2026年12月3日 is saved and printed as 2026年12月3日; 2026-12-32 is refused', async ({
  page,
  app,
}) => {
  await app.restart({ now: '2026-12-07T02:00:00.000Z' });
  await app.call('office.save', { name: '青山镇人民政府', abbreviation: '青山' });
  const clerk = await app.call('staff.create', {
    name: '赵敏',
    roles: ['clerk'],
    certificateNo: null,
    certValidFrom: null,
    certValidTo: null,
  });
  await app.call('orgs.create', { name: '白石镇人民政府', kind: 'township' });
  const government = await app.call('orgs.create', { name: '区人民政府', kind: 'government' });

  await open(page, app, '/transfers/in/new');
  await page.getByRole('combobox', { name: '移送单位' }).click();
  await page.getByRole('option', { name: /白石镇人民政府/ }).click();
  await page.getByLabel('移送函文号').fill('白石移〔2026〕9号');
  const letterDate = page.getByLabel('移送函落款日期');

  // An impossible date: said so in Chinese under the field, never turned into 2027-01-01.
  await letterDate.fill('2026-12-32');
  await letterDate.press('Tab');
  await expect(page.getByText('2026年12月没有32日：这个月只有 31 天')).toBeVisible();
  await expect(letterDate).toHaveValue('2026-12-32');
  await page.getByRole('textbox', { name: /^案由/ }).fill('擅自占用林地');
  await page.getByLabel('收到日期').fill('２０２６／１２／４');
  await page.getByLabel('收到日期').press('Tab');
  await expect(page.getByLabel('收到日期')).toHaveValue('2026-12-04');
  await page.getByLabel('收到时间').fill('10:00');
  await page.getByRole('textbox', { name: /^违法线索与基本事实/ }).fill('当事人在青山镇松林村林地内修建简易房屋。');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '请修改标红的内容' })).toBeVisible();
  expect(page.url()).toContain('/transfers/in/new');
  expect((await app.call('transfers.list', { scope: 'all' })).in).toHaveLength(0);

  // The Chinese way: shown normalised (with its weekday) and saved as that day.
  await letterDate.fill('2026年12月3日');
  await letterDate.press('Tab');
  await expect(letterDate).toHaveValue('2026-12-03');
  await expect(page.getByText('2026年12月没有32日', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByText('白石移〔2026〕9号，2026年12月3日落款')).toBeVisible();

  const id = Number(/\/transfers\/in\/(\d+)/.exec(page.url())?.[1]);
  await app.call('transfers.in.acknowledge', { id, signedById: clerk.id, signedOn: '2026-12-04', signedTime: '10:05' });
  await app.call('transfers.in.answer', {
    id,
    outcome: 'escalated',
    answeredOn: '2026-12-07',
    reason: '违法行为发生地在白石镇辖区内，不属于本机关管辖。',
    governmentOrgId: government.id,
  });
  await page.reload();
  await page.getByRole('button', { name: '出具受理情况告知书' }).click();
  await page
    .getByRole('dialog', { name: '出具受理情况告知书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  const row = page.getByRole('row', { name: /受理情况告知书.*青山受〔2026〕1号/ });
  await row.getByRole('button', { name: '预览/打印' }).click();
  const frame = page.frameLocator('iframe[title="受理情况告知书预览"]');
  // The sender's letter date as the office wrote it (the letter's number follows when it had one).
  await expect(frame.locator('body')).toContainText(/你单位于2026年12月3日(以《案件移送函》（[^）]+）)?移送的/);
});
