import { E2E_SECRET, expect, signInOnPage, test } from './fixtures';

// Office-network mode (issue #14): colleagues' browsers reach one desk over HTTPS, each signed in as
// themselves. Bound to 127.0.0.2 — a loopback address: these tests never touch a real network.

test('two desks over the office network act on one case as two people', async ({ app, browser }) => {
  await app.call('office.save', { name: '青山镇人民政府', abbreviation: '青山司', reviewBody: '青山镇司法所' });
  const certificate = { certValidFrom: '2023-03-01', certValidTo: '2028-02-28' };
  const handler = await app.call('staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '50010200101',
    ...certificate,
  });
  const handler2 = await app.call('staff.create', {
    name: '刘晓燕',
    roles: ['handler'],
    certificateNo: '50010200102',
    ...certificate,
  });
  await app.call('staff.create', { name: '陈静', roles: ['reviewer'] });
  await app.call('staff.create', { name: '孙明', roles: ['review-head'] });
  const created = await app.call('cases.create', {
    caseNumber: '青综执罚〔2025〕8号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '李某', idCode: '11010519491231002X' },
    facts: '占用人行道摆摊经营，经多次劝导仍不改正。',
    foundOn: '2025-05-20',
    penaltyKinds: ['fine'],
    fineFen: 300_000,
    discretion: 'standard',
    legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条',
    handlerIds: [handler.id, handler2.id],
  });
  await app.restart({ lanHost: '127.0.0.2' });
  const lanUrl = app.lanUrl;
  if (!lanUrl) throw new Error('office-network mode did not start');

  // Without signing in, the API answers nothing about cases.
  const anonymous = await browser.newContext({ ignoreHTTPSErrors: true });
  const refused = await anonymous.request.post(`${lanUrl}api/call`, {
    data: { method: 'cases.list', input: {} },
    headers: {
      'X-Fashen-Token':
        /name="fashen-token" content="([0-9a-f]+)"/.exec(await (await anonymous.request.get(lanUrl)).text())?.[1] ?? '',
    },
  });
  expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  await anonymous.close();

  const desks = await Promise.all([1, 2].map(() => browser.newContext({ ignoreHTTPSErrors: true })));
  const [one, two] = await Promise.all(desks.map((desk) => desk.newPage()));
  if (!one || !two) throw new Error('no pages');
  await one.goto(`${lanUrl}#/cases/${created.id}`);
  // The sign-in page shows the certificate's fingerprint, to compare with 设置 on the office PC.
  await expect(one.getByText(/([0-9A-F]{2}:){31}[0-9A-F]{2}/)).toBeVisible();
  await signInOnPage(one, '王建国', 'not-the-secret');
  await expect(one.getByRole('alert')).toContainText('密码不正确');
  await signInOnPage(one, '王建国');
  await expect(one.getByLabel('当前登录人员')).toHaveText('王建国');

  await two.goto(`${lanUrl}#/cases/${created.id}`);
  await signInOnPage(two, '陈静', E2E_SECRET);
  await expect(two.getByLabel('当前登录人员')).toHaveText('陈静');
  await expect(one.getByLabel('当前登录人员')).toHaveText('王建国');

  // Both see the one case; each desk keeps its own person.
  await expect(one.getByText('青综执罚〔2025〕8号').first()).toBeVisible();
  await expect(two.getByText('青综执罚〔2025〕8号').first()).toBeVisible();

  // The handler, at desk one, sends the case for review…
  await one.getByRole('button', { name: '送交法制审核…' }).click();
  for (const [label, refs] of [
    ['调查终结报告', '卷宗第 1–6 页'],
    ['决定建议或者意见及其情况说明', '卷宗第 7–9 页'],
    ['相关证据资料', '卷宗第 10–30 页'],
  ] as const) {
    await one.getByLabel(`${label}：已提交`).check();
    await one.getByLabel(`${label}的文件或页码`).fill(refs);
  }
  await one.getByLabel('拟作出决定日期').fill('2025-06-20');
  await one.getByLabel('拟作出决定日期').press('Tab');
  for (const [field, person] of [
    ['法制审核员', '陈静'],
    ['法制审核机构负责人', '孙明'],
  ] as const) {
    await one.getByRole('combobox', { name: field }).click();
    await one.getByRole('option', { name: person, exact: true }).click();
  }
  await one.getByRole('button', { name: '送审', exact: true }).click();
  await expect(one.getByText('法制审核 · 第1轮')).toBeVisible();
  // …and the reviewer, at desk two, takes it up at the same moment, as herself.
  await two.reload();
  await expect(two.getByLabel('当前登录人员')).toHaveText('陈静');
  await two.getByRole('button', { name: '材料齐全，开始逐项审核' }).click();
  await expect(two.getByRole('link', { name: '开始逐项审核' })).toBeVisible();
  // The case's history names each of them for their own step.
  const history = await app.call('cases.history', { id: created.id });
  expect(history.find((entry) => entry.action === 'review.submit')?.actor).toBe('王建国');
  expect(history.find((entry) => entry.action === 'review.acceptMaterials')?.actor).toBe('陈静');

  await two.getByRole('button', { name: '退出登录' }).click();
  await expect(two.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  await one.reload();
  await expect(one.getByLabel('当前登录人员')).toHaveText('王建国');
  // The handler is no administrator: the staff settings stay read-only for him.
  const denied = await one.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="fashen-token"]')?.content ?? '';
    const response = await fetch('./api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Fashen-Token': token },
      body: JSON.stringify({ method: 'staff.create', input: { name: '某人', roles: ['clerk'] } }),
    });
    return (await response.json()) as { error?: { code: string } };
  });
  expect(denied.error?.code).toBe('ADMIN_REQUIRED');
  await Promise.all(desks.map((desk) => desk.close()));
});
