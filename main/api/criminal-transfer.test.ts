// Issue #12: a suspected crime goes to the police on its own path (国务院令第310号 as revised in
// 2020), even for a case this office received by transfer; each step's limit in calendar days with
// its rule; 不予立案 → 复议 → 立案监督, or back to administrative review. And a transfer received
// under 涪陵 may not simply be refused (涪陵府办〔2024〕1号 二(三)).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { as, reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/testing/fixture';
import { refusedUnchanged } from './testing/db-fingerprint';
import type { Env } from '../core/transfers/testing/fixture';

let env: Env | undefined;
afterEach(() => env?.backend.close());

// Monday 15 September 2025, 09:00 office time.
const MONDAY_0900 = '2025-09-15T01:00:00.000Z';

function pdfText(e: Env, pdfFile: string | null): string {
  return execFileSync('pdftotext', [join(e.dataDir, pdfFile ?? ''), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function orgsOf(e: Env) {
  const org = (name: string, kind: 'public-security' | 'court' | 'government' | 'procuratorate' | 'township') =>
    e.call('orgs.create', { name, kind });
  return {
    police: (await org('区公安分局', 'public-security')).id,
    court: (await org('区人民法院', 'court')).id,
    government: (await org('区人民政府', 'government')).id,
    procuratorate: (await org('区人民检察院', 'procuratorate')).id,
    township: (await org('白石镇人民政府', 'township')).id,
  };
}

/** A case received from 白石镇 by transfer, accepted as ours, reviewed, and found a suspected crime. */
async function receivedCaseWithOpinionFive(): Promise<{ office: Office; orgs: Awaited<ReturnType<typeof orgsOf>> }> {
  const office = await setUpOffice(MONDAY_0900);
  env = office.env;
  const e = office.env;
  await e.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山',
    contactPerson: '赵敏',
    phone: '023-72881234',
    reviewBody: '青山镇司法所',
    handlingUnit: '青山镇综合行政执法大队',
  });
  const orgs = await orgsOf(e);
  const incoming = await e.call('transfers.in.register', {
    fromOrgId: orgs.township,
    letterNumber: '白石移〔2025〕3号',
    letterDate: '2025-04-08',
    cause: '未经批准擅自建设',
    summary: '当事人擅自加建第三层。',
    receivedOn: '2025-04-09',
    receivedTime: '10:00',
  });
  await e.call('transfers.in.acknowledge', {
    id: incoming.id,
    signedById: office.handler,
    signedOn: '2025-04-09',
    signedTime: '10:05',
  });
  await e.call('transfers.in.answer', {
    id: incoming.id,
    outcome: 'accepted',
    answeredOn: '2025-04-10',
    caseId: office.caseId,
  });
  const round = await submit(office);
  await reviewAll(office, round.id, { 9: 'crime-suspected', 3: 'serious' });
  await signOff(office, round.id, 5, { transferTargetKind: 'public-security' });
  e.signInAs(office.handler);
  return { office, orgs };
}

const report = (office: Office, policeOrgId: number, overrides: Record<string, unknown> = {}) => ({
  caseId: office.caseId,
  policeOrgId,
  memberIds: [office.handler, office.handler2],
  suspectedCrime: '非法占用农用地罪',
  facts: '当事人擅自加建第三层，占用耕地面积达标准以上。',
  crimeBasis: '《中华人民共和国刑法》第三百四十二条',
  reportedOn: '2025-09-15',
  materials: [
    { key: 'letter', present: true },
    { key: 'investigation-report', present: true },
    { key: 'appraisal', present: false, note: '本案无需检验、鉴定，以现场测量记录为据' },
  ],
  ...overrides,
});

describe('a suspected crime in a case we received by transfer', () => {
  it('goes to the police on its own path, to 不予立案, 复议, 立案监督 and back to administrative review', async () => {
    const { office, orgs } = await receivedCaseWithOpinionFive();
    const e = office.env;

    // The jurisdiction path is closed (the case came to us by transfer), the criminal one is open.
    const draft = await e.call('transfers.criminal.draft', { caseId: office.caseId });
    expect(draft.blocked).toBeNull();
    expect(draft.materials.map((m) => m.label)).toEqual([
      '涉嫌犯罪案件移送书',
      '涉嫌犯罪案件情况的调查报告',
      '涉案物品清单',
      '有关检验报告或者鉴定结论',
      '其他有关涉嫌犯罪的材料',
    ]);
    expect(draft.noPenaltyInstead).toContain('不得以行政处罚代替移送');

    // Bad input: a court, a government, a one-person team — refused, nothing changes.
    for (const wrong of [orgs.court, orgs.government]) {
      const refused = await refusedUnchanged(e, 'transfers.criminal.report', report(office, wrong));
      expect(refused).toMatchObject({ code: 'VALIDATION', field: 'policeOrgId' });
      expect(refused.message).toContain('国务院令第310号第三条');
    }
    const alone = await refusedUnchanged(
      e,
      'transfers.criminal.report',
      report(office, orgs.police, { memberIds: [office.handler, office.handler] }),
    );
    expect(alone.message).toContain('2名或者2名以上');

    const reported = await e.call('transfers.criminal.report', report(office, orgs.police));
    expect(reported).toMatchObject({ state: 'reported', origin: 'review-opinion', actions: ['decide'] });
    expect(reported.deadlines[0]?.view).toMatchObject({ dueDate: '2025-09-18', level: 'info' });
    expect(reported.deadlines[0]?.view.rule).toContain('第五条第二款');
    const [home] = (await e.call('home.attention', {})).filter((item) => item.kind === 'criminal-reported');
    expect(home?.detail).toContain('自接到报告之日起3日内');

    // An approval dated before the report is refused; a late one is recorded as late. The head
    // signs in to give it (it is their signature), then the handler goes on.
    await as(office, office.decider);
    const early = await refusedUnchanged(e, 'transfers.criminal.decide', {
      id: reported.id,
      headId: office.decider,
      approved: true,
      decidedOn: '2025-09-14',
      decidedTime: '09:00',
    });
    expect(early).toMatchObject({ field: 'decidedOn' });
    expect(early.message).toContain('不能早于专案组书面报告的日期');
    e.setNow('2025-09-19T04:00:00.000Z'); // Friday noon: the 3 日 ended Thursday 24:00.
    expect((await e.call('transfers.criminal.get', { id: reported.id })).deadlines[0]?.view.level).toBe('danger');
    const approved = await e.call('transfers.criminal.decide', {
      id: reported.id,
      headId: office.decider,
      approved: true,
      decidedOn: '2025-09-19',
      decidedTime: '09:30',
      note: '同意移送。',
    });
    expect(approved).toMatchObject({ state: 'approved', decision: { approved: true, late: true } });
    await as(office, office.handler);
    expect(approved.deadlines[0]?.view).toMatchObject({ dueAt: '2025-09-20T01:30:00.000Z' });
    expect((await e.call('cases.history', { id: office.caseId }))[0]?.summary).toContain('逾期');

    // The 涉嫌犯罪案件移送书 with its materials list and 回执.
    const paper = await e.call('documents.issue', { kind: 'criminal-transfer-letter', id: reported.id });
    expect(paper.docNumber).toMatch(/^青山刑移〔2025〕1号$/);
    const text = pdfText(e, paper.pdfFile);
    expect(text).toContain('涉嫌犯罪案件移送书');
    expect(text).toContain('涉嫌犯罪案件情况的调查报告');
    // The 移送书 heads 第六条's list but does not attach itself: its list starts with the report.
    expect(text).toContain('附件：涉嫌犯罪案件情况的调查报告');
    expect(text).not.toMatch(/(附件：|\d\.)涉嫌犯罪案件移送书/);
    expect(text).toContain('涉嫌犯罪案件移送书回执');
    expect(text).toContain('接收人（签字）');
    expect(text).not.toContain('不属于本机关管辖的理由');
    expect(text).not.toContain('个工作日');
    expect(text).not.toContain('涪陵府办');

    const sent = await e.call('transfers.criminal.send', { id: reported.id, sentOn: '2025-09-19', sentTime: '10:00' });
    expect(sent).toMatchObject({ state: 'sent', sent: { letterNumber: paper.docNumber, late: false } });
    expect((await e.call('cases.get', { id: office.caseId })).status).toBe('transferred');
    const receipt = await e.call('transfers.criminal.recordReceipt', {
      id: reported.id,
      receivedOn: '2025-09-19',
      receivedTime: '10:30',
      signedBy: '孙警官',
    });
    expect(receipt.deadlines[0]).toMatchObject({ owner: 'police', step: 'police-review' });
    expect(receipt.deadlines[0]?.view.rule).toContain('3日内进行审查');

    // A police answer dated before the transfer is refused.
    const before = await refusedUnchanged(e, 'transfers.criminal.recordAnswer', {
      id: reported.id,
      outcome: 'not-filed',
      answeredOn: '2025-09-18',
      reason: '未达立案追诉标准。',
    });
    expect(before).toMatchObject({ field: 'answeredOn' });
    expect(before.message).toContain('不能早于移送日期');

    e.setNow('2025-09-22T02:00:00.000Z');
    const notFiled = await e.call('transfers.criminal.recordAnswer', {
      id: reported.id,
      outcome: 'not-filed',
      answeredOn: '2025-09-22',
      reference: '区公不立字〔2025〕12号',
      reason: '占用面积未达立案追诉标准。',
    });
    expect(notFiled.actions).toEqual(['reconsider', 'supervision', 'return']);
    expect(notFiled.deadlines[0]?.view).toMatchObject({ dueDate: '2025-09-25' });
    // Not stuck: the home page shows the 复议 window with its rule.
    const [stuck] = (await e.call('home.attention', {})).filter((item) => item.kind === 'criminal-not-filed');
    expect(stuck?.detail).toContain('第九条第一款');

    const reconsider = await e.call('transfers.criminal.reconsider', {
      id: reported.id,
      requestedOn: '2025-09-22',
      note: '现场测量表明占用面积已达标准。',
    });
    expect(reconsider.deadlines[0]).toMatchObject({ owner: 'police', step: 'police-reconsideration' });
    const kept = await e.call('transfers.criminal.recordReconsideration', {
      id: reported.id,
      outcome: 'not-filed',
      answeredOn: '2025-09-22',
    });
    expect(kept.state).toBe('reconsideration-refused');
    expect(kept.deadlines[0]?.view.rule).toContain('收到复议决定通知书之日起3日内');
    const wrongBody = await refusedUnchanged(e, 'transfers.criminal.supervision', {
      id: reported.id,
      procuratorateOrgId: orgs.government,
      requestedOn: '2025-09-22',
      note: '建议立案监督。',
    });
    expect(wrongBody.field).toBe('procuratorateOrgId');
    await e.call('transfers.criminal.supervision', {
      id: reported.id,
      procuratorateOrgId: orgs.procuratorate,
      requestedOn: '2025-09-22',
      note: '建议立案监督。',
    });
    const back = await e.call('transfers.criminal.returnToAdministrative', {
      id: reported.id,
      returnedOn: '2025-09-22',
      note: '检察院未通知立案，依法给予行政处罚。',
    });
    expect(back.state).toBe('returned');
    expect(back.guidance).toContain('可重新送审');
    expect((await e.call('cases.get', { id: office.caseId })).status).toBe('returned');
    expect((await e.call('cases.history', { id: office.caseId }))[0]?.summary).toContain('不得以行政处罚代替移送');

    // The handler can submit a new review round.
    const state = await e.call('review.state', { caseId: office.caseId });
    expect(state.canSubmit).toBe(true);
    const round2 = await submit(office, { decisionDate: '2025-09-22' });
    expect(round2.roundNo).toBe(2);
  });
});

describe('a transfer received under 涪陵', () => {
  it('may be accepted or reported to the 区政府, never simply refused', async () => {
    const office = await setUpOffice(MONDAY_0900);
    env = office.env;
    const e = office.env;
    const orgs = await orgsOf(e);
    const registered = await e.call('transfers.in.register', {
      fromOrgId: orgs.township,
      cause: '擅自占用林地',
      summary: '当事人在林地内修建简易房屋。',
      receivedOn: '2025-09-15',
      receivedTime: '08:00',
    });
    const ack = await e.call('transfers.in.acknowledge', {
      id: registered.id,
      signedById: office.handler,
      signedOn: '2025-09-15',
      signedTime: '08:30',
    });
    expect(ack).toMatchObject({ refusalAllowed: false });
    expect(ack.dispute.rule).toContain('应当书面报请区政府决定');
    const refused = await refusedUnchanged(e, 'transfers.in.answer', {
      id: registered.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
      reason: '不属于本单位管辖。',
    });
    expect(refused.code).toBe('TRANSFER_REFUSAL_NOT_ALLOWED');
    expect(refused.message).toContain('涪陵府办〔2024〕1号 二(三)');
  });
});
