import type { Page } from '@playwright/test';
import { expect, open, signInOnPage, test, type AppServer } from './fixtures';

// Legal review end to end (issue #3): submission, the one notice to supplement, the nine points,
// the opinion with its suggestion (only the opinions the findings allow are offered, issue #13),
// signatures by the reviewer and the 法制审核机构负责人, the 行政执法机关负责人's decision, a second round.

interface Office {
  handler: number;
  reviewer: number;
  /** The 法制审核机构负责人 who signs the opinion with the reviewer. */
  head: number;
  caseId: number;
}

async function seedOffice(app: AppServer, fineFen = 200_000): Promise<Office> {
  const handler = await app.call('staff.create', {
    name: '王建国',
    roles: ['handler'],
    certificateNo: '50010200101',
    certValidFrom: '2023-03-01',
    certValidTo: '2028-02-28',
  });
  const reviewer = await app.call('staff.create', { name: '陈静', roles: ['reviewer'] });
  const head = await app.call('staff.create', { name: '孙明', roles: ['review-head'] });
  // The 行政执法机关负责人, who decides after the review.
  await app.call('staff.create', { name: '张志强', roles: ['head'] });
  // 执法人员不得少于两人: review.submit refuses a case with one handler.
  const handler2 = await app.call('staff.create', {
    name: '刘晓燕',
    roles: ['handler'],
    certificateNo: '50010200102',
    certValidFrom: '2023-03-01',
    certValidTo: '2028-02-28',
  });
  const created = await app.call('cases.create', {
    caseNumber: '青山综执罚〔2025〕6号',
    cause: '违法占道经营',
    party: { type: 'citizen', name: '吴某', idCode: '11010519491231002X' },
    facts: '当事人在青山镇农贸市场外占道经营蔬菜，经多次劝导仍不改正。',
    foundOn: '2025-05-20',
    penaltyKinds: ['fine'],
    fineFen,
    discretion: 'standard',
    legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条',
    handlerIds: [handler.id, handler2.id],
  });
  await app.signInAs(handler.id);
  return { handler: handler.id, reviewer: reviewer.id, head: head.id, caseId: created.id };
}

/** A colleague taking the keyboard: the one signs out, the other signs in with their own secret. */
async function actAs(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await signInOnPage(page, name);
  await expect(page.getByLabel('当前登录人员')).toHaveText(new RegExp(`^${name}`));
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function submitThroughForm(page: Page): Promise<void> {
  await page.getByLabel('拟作出决定日期').fill('2025-06-20');
  await page.getByLabel('拟作出决定日期').press('Tab');
  await pick(page, '法制审核员', '陈静');
  await pick(page, '法制审核机构负责人', '孙明');
  await page.getByRole('button', { name: '送审', exact: true }).click();
}

test('a case walks from submission through the nine points to a signed, locked opinion', async ({ page, app }) => {
  const office = await seedOffice(app);
  await open(page, app, `/cases/${office.caseId}`);
  // 2000 yuan on a citizen is "2000元以上": trigger 6 holds, quoted with the amount.
  await expect(page.getByTestId('trigger-6')).toHaveAttribute('data-holds', 'true');
  await expect(page.getByTestId('trigger-6')).toContainText('达到 2,000 元以上的审核标准');

  await page.getByRole('button', { name: '送交法制审核…' }).click();
  await expect(page.getByText('“拟对公民的违法行为处以2000元以上罚款', { exact: false }).first()).toBeVisible();
  await page.getByTestId('trigger-3').getByLabel('承办人认定属于此情形').check();
  await page.getByTestId('trigger-3').getByLabel('认定理由').fill('当事人以摆摊为唯一生计来源。');
  for (const [label, refs] of [
    ['调查终结报告', '卷宗第 1–6 页'],
    ['决定建议或者意见及其情况说明', '卷宗第 7–9 页'],
    ['相关证据资料', '卷宗第 10–30 页'],
  ] as const) {
    await page.getByLabel(`${label}：已提交`).check();
    await page.getByLabel(`${label}的文件或页码`).fill(refs);
  }
  await submitThroughForm(page);
  await expect(page.getByText('法制审核 · 第1轮')).toBeVisible();
  await expect(page.getByText('应当审核（第3、6项情形）')).toBeVisible();

  // The handler cannot take the reviewer's step: the back end refuses and says whose step it is.
  await page.getByRole('button', { name: '材料齐全，开始逐项审核' }).click();
  await expect(page.getByText('须由本轮法制审核员陈静本人操作')).toBeVisible();
  // Before review starts the handler may replace the reviewer; the reviewer may not.
  const replace = page.getByRole('button', { name: '更换', exact: true });
  await expect(replace).toBeVisible();
  await actAs(page, '陈静');
  await expect(replace).toBeHidden();
  await page.getByRole('button', { name: '材料齐全，开始逐项审核' }).click();
  await page.getByRole('link', { name: '开始逐项审核' }).click();

  for (let point = 1; point <= 9; point++) {
    await expect(page.getByRole('heading', { name: new RegExp(`^第${point}项`) })).toBeVisible();
    await page.getByRole('radio', { name: point === 9 ? '未发现涉嫌犯罪' : '符合', exact: true }).check();
    await page.getByLabel('审核说明').fill(`第${point}项经审核符合要求。`);
    if (point === 4) {
      // Leave mid-point: the typing is kept as a draft and restored on return.
      await page.getByRole('link', { name: '工作台' }).click();
      // The point's page is gone before going back (on a loaded machine the click and the back could
      // reach the router together, the page never left, and there was no draft to restore).
      await expect(page.getByRole('heading', { name: /^第4项/ })).toBeHidden();
      await page.goBack();
      await expect(page.getByText('已恢复上次未保存的输入')).toBeVisible();
      await expect(page.getByLabel('审核说明')).toHaveValue('第4项经审核符合要求。');
    }
    await page.getByRole('button', { name: point < 9 ? `保存并继续第${point + 1}项` : '保存并前往审核意见' }).click();
  }

  await expect(page.getByTestId('opinion-suggestion')).toContainText('意见1：同意');
  await expect(page.getByTestId('opinion-suggestion')).toContainText('九项审核要点均符合要求');
  await page.getByRole('button', { name: '签署审核意见' }).click();
  await expect(page.getByText('待 孙明 签署')).toBeVisible();

  await actAs(page, '孙明');
  await page.getByRole('button', { name: '签署审核意见', exact: true }).click();
  await expect(page.getByTestId('signed-opinion')).toContainText('已签署 · 已锁定');
  await expect(page.getByTestId('signed-opinion')).toContainText('孙明');

  // The 行政执法机关负责人 decides after the review (《行政处罚法》第五十七条); not the review head.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await actAs(page, '张志强');
  await page.getByLabel('行政处罚决定书文号').fill('青山综执罚决〔2025〕6号');
  await page.getByLabel('决定日期').fill(today);
  await page.getByLabel('决定日期').press('Tab');
  await page.getByRole('button', { name: '登记决定' }).click();
  await expect(page.getByTestId('head-decision')).toContainText('青山综执罚决〔2025〕6号');

  await page.getByRole('link', { name: '返回案件' }).click();
  await expect(page.getByText('已决定').first()).toBeVisible();
  await expect(
    page.getByText('法制审核机构负责人签署第1轮审核意见：意见1“同意”，意见已锁定，待行政执法机关负责人决定'),
  ).toBeVisible();
  await expect(page.getByText('第1轮审核 第4项（法律适用）：符合')).toBeVisible();
});

test('opinion 2 returns the case; the resubmission opens round 2 and round 1 stays readable', async ({ page, app }) => {
  const office = await seedOffice(app);
  const materials = [
    { key: 'investigation-report', present: true, refs: '卷宗第 1–6 页' },
    { key: 'proposal', present: true, refs: '卷宗第 7–9 页' },
    { key: 'evidence', present: true, refs: '卷宗第 10–30 页' },
  ];
  const round = await app.call('review.submit', {
    caseId: office.caseId,
    decisionDate: '2025-06-20',
    materials,
    reviewerId: office.reviewer,
    headId: office.head,
  });
  await app.signInAs(office.reviewer);
  await app.call('review.acceptMaterials', { roundId: round.id });
  for (let point = 1; point <= 9; point++) {
    const defect = point === 7;
    await app.call('review.savePoint', {
      roundId: round.id,
      point,
      finding: defect ? 'defect' : 'pass',
      note: defect ? '未送达行政处罚事先告知书。' : '',
    });
  }

  await open(page, app, `/review/rounds/${round.id}/opinion`);
  await expect(page.getByTestId('opinion-suggestion')).toContainText('意见2：纠正完善后再送审');
  await expect(page.getByTestId('opinion-suggestion')).toContainText('第7项（程序）存在瑕疵');
  await expect(page.getByLabel('需纠正完善的事项')).toHaveValue('第7项（程序）：未送达行政处罚事先告知书。');
  // Only the opinions the findings allow are offered (issue #13): with a defect, opinion 1 is not among them.
  await expect(page.getByRole('radio', { name: /意见1：同意/ })).toHaveCount(0);
  await page.getByRole('radio', { name: /意见2：纠正完善后再送审/ }).check();
  await page.getByRole('button', { name: '签署审核意见' }).click();
  await expect(page.getByText('待 孙明 签署')).toBeVisible();
  await actAs(page, '孙明');
  await page.getByRole('button', { name: '签署审核意见', exact: true }).click();
  await expect(page.getByTestId('signed-opinion')).toContainText('已签署 · 已锁定');

  await actAs(page, '王建国');
  await page.getByRole('link', { name: '返回案件' }).click();
  await expect(page.getByText('退回完善').first()).toBeVisible();
  await expect(page.getByText('需纠正完善的事项：第7项（程序）：未送达行政处罚事先告知书。')).toBeVisible();
  // The handler gets the returned round's opinion in writing: it is issued from the case page.
  await app.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山司',
    reviewBody: '青山镇司法所',
    handlingUnit: '青山镇综合行政执法大队',
  });
  await page.getByRole('button', { name: '出具法制审核意见书' }).click();
  await page
    .getByRole('dialog', { name: '出具法制审核意见书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  await expect(page.getByRole('row', { name: /法制审核意见书.*青山司审〔\d{4}〕1号/ })).toBeVisible();
  await page.getByRole('button', { name: '重新送审（第2轮）…' }).click();
  // Round 2 starts from round 1's materials and people; only the date is asked again.
  await expect(page.getByLabel('相关证据资料的文件或页码')).toHaveValue('卷宗第 10–30 页');
  await page.getByLabel('其他材料：已提交').check();
  await page.getByLabel('其他材料的文件或页码').fill('补正卷第 1 页（送达回证）');
  await page.getByLabel('拟作出决定日期').fill('2025-06-27');
  await page.getByLabel('拟作出决定日期').press('Tab');
  await page.getByRole('button', { name: '送审', exact: true }).click();
  await expect(page.getByText('法制审核 · 第2轮')).toBeVisible();

  // In round 2 each point shows what round 1 concluded there, so the reviewer can check the correction.
  const round2 = (await app.call('review.state', { caseId: office.caseId })).rounds[1]!;
  await open(page, app, `/review/rounds/${round2.id}/points/7`);
  const previous = page.getByTestId('previous-round-finding');
  await expect(previous).toContainText('第1轮本项结论：存在瑕疵');
  await expect(previous).toContainText('未送达行政处罚事先告知书。');
  await page.goBack();

  await page.getByLabel('历次审核').getByRole('link', { name: '第1轮' }).click();
  await expect(page.getByRole('heading', { name: /^审核记录/ })).toBeVisible();
  await expect(page.getByTestId('signed-opinion')).toContainText('意见2：纠正完善后再送审');
  await expect(page.getByTestId('finding-7')).toContainText('未送达行政处罚事先告知书。');
});

test('one notice to supplement per round, its deadline amber when near and red when past', async ({ page, app }) => {
  test.slow(); // four server restarts to move the clock
  await app.restart({ now: '2025-06-02T02:00:00.000Z' }); // a holiday Monday (端午节)
  const office = await seedOffice(app);
  const round = await app.call('review.submit', {
    caseId: office.caseId,
    decisionDate: '2025-06-20',
    materials: [
      { key: 'investigation-report', present: true, refs: '卷宗第 1–6 页' },
      { key: 'proposal', present: true, refs: '卷宗第 7–9 页' },
    ],
    reviewerId: office.reviewer,
    headId: office.head,
  });
  await app.signInAs(office.reviewer);
  await open(page, app, `/cases/${office.caseId}`);
  await expect(page.getByTestId('material-row-evidence')).toContainText('缺少');
  await page.getByRole('button', { name: '一次性告知补正…' }).click();
  await page.getByLabel('相关证据资料的问题说明').fill('未提交询问笔录和现场照片');
  await page.getByRole('button', { name: '发出补正材料通知' }).click();
  await expect(page.getByTestId('supplement-notice')).toContainText('还剩 5 个工作日');
  await expect(page.getByTestId('supplement-deadline')).toHaveText('补正期限 2025年6月9日');
  // While the handler is supplementing, the clerk prints the notice served on them.
  await app.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山司',
    reviewBody: '青山镇司法所',
    handlingUnit: '青山镇综合行政执法大队',
  });
  await page.getByRole('button', { name: '出具补正材料通知书' }).click();
  await page
    .getByRole('dialog', { name: '出具补正材料通知书' })
    .getByRole('button', { name: '出具', exact: true })
    .click();
  await expect(page.getByText(/补正材料通知书 青山司补〔2025〕1号/).first()).toBeVisible();

  const homeLevel = async (now: string) => {
    await app.restart({ now });
    await open(page, app, '/');
    const item = page.getByTestId('attention-item').filter({ hasText: '待承办机构补正材料' });
    return item.getAttribute('data-level');
  };
  expect(await homeLevel('2025-06-03T02:00:00.000Z')).toBe('info');
  expect(await homeLevel('2025-06-06T02:00:00.000Z')).toBe('warning');
  expect(await homeLevel('2025-06-10T02:00:00.000Z')).toBe('danger');
  await expect(page.getByText('已超过补正期限 1 个工作日（期限 2025年6月9日24时）')).toBeVisible();

  // The handler supplements; a second notice for the same round is refused.
  await app.signInAs(office.handler);
  await app.call('review.supplement', {
    roundId: round.id,
    materials: [{ key: 'evidence', present: true, refs: '补正卷第 1–12 页' }],
  });
  await app.signInAs(office.reviewer);
  await open(page, app, `/cases/${office.caseId}`);
  await expect(page.getByRole('button', { name: '一次性告知补正…' })).toHaveCount(0);
  await expect(page.getByTestId('supplement-notice')).toContainText('已补正');
  await expect(page.getByRole('button', { name: '材料齐全，开始逐项审核' })).toBeEnabled();
});
