import { E2E_SECRET, expect, signInOnPage, test } from './fixtures';

// Office-network mode (issue #14): colleagues' browsers reach one desk over HTTPS, each signed in as
// themselves. Bound to 127.0.0.2 — a loopback address: these tests never touch a real network.

test('two desks over the office network act on one case as two people', async ({ app, browser }) => {
  const handler = await app.call('staff.create', { name: '王建国', roles: ['handler'] });
  await app.call('staff.create', { name: '陈静', roles: ['reviewer'] });
  const created = await app.call('cases.create', {
    caseNumber: '青综执罚〔2025〕8号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '李某', idCode: '11010519491231002X' },
    facts: '占用人行道摆摊经营。',
    foundOn: '2025-05-20',
    penaltyKinds: ['warning'],
    discretion: 'standard',
    handlerIds: [handler.id],
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
