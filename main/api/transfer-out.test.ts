import { afterEach, describe, expect, it } from 'vitest';
import { reviewAll, setUpOffice, signOff, submit } from '../core/review/testing/fixture';
import {
  seedCase,
  seedOrgs,
  seedStaff,
  transferInput,
  updateInput,
  useProfile,
  type Env,
} from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

// 2025-09-15 is a Monday. Five working days after it end on Monday 22 September at 24:00.
const MONDAY_0900 = '2025-09-15T01:00:00.000Z';
const MONDAY_NOON = '2025-09-15T04:00:00.000Z';

async function attention(e: Env, kind: string) {
  return (await e.call('home.attention', {})).filter((item) => item.kind === kind);
}

describe('a transfer out from review opinion 4, through every state to acceptance', () => {
  it('computes the deadline to send, turns amber then red as the clock moves, and tracks receipt and answer', async () => {
    const office = await setUpOffice(MONDAY_0900);
    env = office.env;
    const orgs = await seedOrgs(env);
    const round = await submit(office);
    await reviewAll(office, round.id, { 2: 'no-jurisdiction' });
    await signOff(office, round.id, 4, { transferTargetKind: 'department' });

    // Before anyone prepares it, the opinion's deadline is already on the home page.
    const [waiting] = await attention(env, 'transfer-to-prepare');
    expect(waiting).toMatchObject({ level: 'info', link: `/cases/${office.caseId}` });
    expect(waiting?.detail).toContain('涪陵府办〔2024〕1号 二(三)：5个工作日内移送');

    const draft = await env.call('transfers.out.draft', { caseId: office.caseId });
    expect(draft).toMatchObject({
      review: { opinion: 4, targetKind: 'department' },
      suggestedTarget: 'jurisdiction',
      suggestedFoundOn: '2025-09-15',
      needsApproval: false,
      blocked: null,
    });
    expect(draft.materials.map((m) => m.key)).toEqual(['transfer-letter', 'items-list', 'other']);

    // Opinion 4 goes to the body with jurisdiction; a suspected crime has its own path to the police.
    const wrongTarget = await env.fail(
      'transfers.out.create',
      transferInput(office.caseId, orgs.police, { target: 'judicial' }),
    );
    expect(wrongTarget).toMatchObject({ code: 'TRANSFER_CRIMINAL_PATH', field: 'target' });

    const items = [
      { name: '散装白酒', quantity: '60 斤', condition: '已封存', spec: '塑料桶装' },
      {
        name: '白酒（易变质部分）',
        quantity: '5 斤',
        disposed: true,
        disposal: '经批准先行拍卖',
        proceedsFen: 12_050,
        evidenceKept: '抽样 2 瓶及拍卖记录',
      },
    ];
    const created = await env.call(
      'transfers.out.create',
      transferInput(office.caseId, orgs.cityAdmin, {
        items,
        materials: [{ key: 'transfer-letter', present: true }],
      }),
    );
    expect(created).toMatchObject({
      state: 'ready',
      origin: 'review-opinion',
      reviewRoundNo: 1,
      proceedsTotalFen: 12_050,
      actions: ['send', 'edit', 'withdraw'],
    });
    expect(created.deadline).toMatchObject({
      level: 'info',
      dueDate: '2025-09-22',
      dueAt: '2025-09-22T16:00:00.000Z',
      rule: '涪陵府办〔2024〕1号 二(三)：5个工作日内移送',
    });
    expect(await attention(env, 'transfer-to-prepare')).toEqual([]);

    const levelOn = async (now: string) => {
      env?.setNow(now);
      return (await attention(env as Env, 'transfer-out-ready'))[0]?.level;
    };
    expect(await levelOn('2025-09-18T02:00:00.000Z')).toBe('info');
    expect(await levelOn('2025-09-19T02:00:00.000Z')).toBe('warning');
    expect(await levelOn('2025-09-22T15:59:00.000Z')).toBe('warning');
    expect(await levelOn('2025-09-22T16:00:00.000Z')).toBe('danger');

    // Items were involved, so their list must go with the letter.
    const missing = await env.fail('transfers.out.send', {
      id: created.id,
      sentOn: '2025-09-23',
      sentTime: '09:00',
      method: 'direct',
    });
    expect(missing.code).toBe('TRANSFER_MATERIALS_MISSING');
    expect(missing.message).toContain('涉案物品及清单');
    env.setNow('2025-09-23T02:00:00.000Z');
    const ticked = [
      { key: 'transfer-letter', present: true },
      { key: 'items-list', present: true },
    ];
    await env.call(
      'transfers.out.update',
      updateInput(created.id, office.caseId, orgs.cityAdmin, { items, materials: ticked }),
    );
    const future = await env.fail('transfers.out.send', {
      id: created.id,
      sentOn: '2025-09-23',
      sentTime: '11:00',
      method: 'direct',
    });
    expect(future).toMatchObject({ code: 'VALIDATION', field: 'sentTime' });
    const sent = await env.call('transfers.out.send', {
      id: created.id,
      sentOn: '2025-09-23',
      sentTime: '09:30',
      letterNumber: '青山移〔2025〕3号',
      method: 'direct',
    });
    expect(sent).toMatchObject({ state: 'sent', deadline: null, sent: { letterNumber: '青山移〔2025〕3号' } });
    expect((await env.call('cases.get', { id: office.caseId })).status).toBe('transferred');
    expect((await env.call('cases.history', { id: office.caseId }))[0]?.summary).toContain('超过移送期限');

    const early = await env.fail('transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'accepted',
      answeredOn: '2025-09-23',
    });
    expect(early.code).toBe('TRANSFER_STATE');
    expect(early.message).toContain('送达回证');

    env.setNow('2025-09-24T03:00:00.000Z');
    // The receiver's five working days: 25, 26, 28 (a Sunday worked for National Day), 29, 30 September.
    const received = await env.call('transfers.out.recordReceipt', {
      place: '受移送单位办公室',
      servers: '刘晓燕',
      id: created.id,
      receivedOn: '2025-09-24',
      receivedTime: '10:00',
      signedBy: '区城市管理局 孙某',
    });
    expect(received.deadline).toMatchObject({
      dueDate: '2025-09-30',
      rule: '涪陵府办〔2024〕1号 二(三)：5个工作日内书面告知受理情况',
    });
    env.setNow('2025-10-01T02:00:00.000Z');
    expect((await attention(env, 'transfer-out-received'))[0]).toMatchObject({ level: 'danger' });
    expect((await attention(env, 'transfer-out-received'))[0]?.detail).toContain('受移送单位逾期未书面告知受理情况');

    const accepted = await env.call('transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'accepted',
      answeredOn: '2025-09-30',
      reference: '公立〔2025〕88号',
    });
    expect(accepted).toMatchObject({ state: 'accepted', actions: [], deadline: null, answer: { outcome: 'accepted' } });
    expect((await env.call('home.attention', {})).filter((item) => item.kind.startsWith('transfer'))).toEqual([]);
    const again = await env.fail('transfers.out.create', transferInput(office.caseId, orgs.environment));
    expect(again.code).toBe('TRANSFER_DONE');
  });
});

describe('a refused transfer', () => {
  it('is escalated to the government and may never be sent on to a third body', async () => {
    env = testBackend(MONDAY_NOON);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler, staff.handler2], '2025-09-15');
    const created = await env.call('transfers.out.create', transferInput(record.id, orgs.cityAdmin));
    expect(created.origin).toBe('direct');
    await env.call('transfers.out.send', { id: created.id, sentOn: '2025-09-15', sentTime: '09:00', method: 'mail' });
    await env.call('transfers.out.recordReceipt', {
      place: '受移送单位办公室',
      servers: '刘晓燕',
      id: created.id,
      receivedOn: '2025-09-15',
      receivedTime: '09:30',
      signedBy: '钱某',
    });
    const noReason = await env.fail('transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
    });
    expect(noReason).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const refused = await env.call('transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'refused',
      answeredOn: '2025-09-15',
      reason: '认为属于生态环境部门管辖。',
    });
    expect(refused).toMatchObject({ state: 'refused', actions: ['escalate'] });
    const [item] = await attention(env, 'transfer-out-refused');
    expect(item).toMatchObject({ level: 'warning' });
    expect(item?.detail).toContain('不得再行移送');

    const retransfer = await env.fail('transfers.out.create', transferInput(record.id, orgs.environment));
    expect(retransfer.code).toBe('TRANSFER_NO_RETRANSFER');
    // Quoted with the full-width commas Chinese prints (the seed's web copy has ASCII ones).
    expect(retransfer.message).toContain('认为不属于本单位管辖的，应当书面报请区政府决定，不得再行移送');
    expect((await env.call('transfers.out.draft', { caseId: record.id })).blocked).toContain('不再移送其他单位');

    const notGovernment = await env.fail('transfers.out.escalate', {
      id: created.id,
      governmentOrgId: orgs.environment,
      escalatedOn: '2025-09-15',
      note: '请求确定管辖。',
    });
    expect(notGovernment).toMatchObject({ code: 'VALIDATION', field: 'governmentOrgId' });
    const escalated = await env.call('transfers.out.escalate', {
      id: created.id,
      governmentOrgId: orgs.government,
      escalatedOn: '2025-09-15',
      note: '请求确定管辖。',
    });
    expect(escalated).toMatchObject({ state: 'escalated', escalation: { org: { name: '区人民政府' } } });
    expect((await env.fail('transfers.out.create', transferInput(record.id, orgs.environment))).code).toBe(
      'TRANSFER_NO_RETRANSFER',
    );

    const decided = await env.call('transfers.out.recordDecision', {
      id: created.id,
      decidedOn: '2025-09-15',
      decision: 'ours',
      note: '区政府决定由青山镇管辖。',
    });
    expect(decided.state).toBe('decided');
    expect((await env.call('cases.get', { id: record.id })).status).toBe('draft');
    expect((await env.fail('transfers.out.create', transferInput(record.id, orgs.environment))).code).toBe(
      'TRANSFER_DONE',
    );
    const history = (await env.call('cases.history', { id: record.id })).map((entry) => entry.summary);
    expect(history.some((summary) => summary.includes('书面报请区人民政府决定'))).toBe(true);
  });

  it('reported to the government by the receiver itself is escalated at once', async () => {
    env = testBackend(MONDAY_NOON);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler], '2025-09-15');
    const created = await env.call('transfers.out.create', transferInput(record.id, orgs.township));
    await env.call('transfers.out.send', { id: created.id, sentOn: '2025-09-15', sentTime: '09:00', method: 'direct' });
    await env.call('transfers.out.recordReceipt', {
      place: '受移送单位办公室',
      servers: '刘晓燕',
      id: created.id,
      receivedOn: '2025-09-15',
      receivedTime: '09:10',
      signedBy: '周某',
    });
    const reported = await env.call('transfers.out.recordAnswer', {
      id: created.id,
      outcome: 'reported-to-government',
      answeredOn: '2025-09-15',
      reason: '白石镇认为不属其管辖，已报请区政府决定。',
    });
    expect(reported).toMatchObject({
      state: 'escalated',
      actions: ['decide'],
      escalation: { on: '2025-09-15', org: null },
    });
    expect((await env.fail('transfers.out.create', transferInput(record.id, orgs.environment))).code).toBe(
      'TRANSFER_NO_RETRANSFER',
    );
  });
});

describe('the head approves before a transfer leaves where the profile says so (周村)', () => {
  it('computes 2 working days, waits for the head, and voids the approval when the content changes', async () => {
    env = testBackend(MONDAY_0900);
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler], '2025-09-15');
    useProfile(env, record.id, 'zhoucun');
    const draft = await env.call('transfers.out.draft', { caseId: record.id });
    expect(draft).toMatchObject({ needsApproval: true, profile: { id: 'zhoucun', version: 1 } });
    expect(draft.approvalRule).toContain('移送的案件应当经部门负责人批准方可移送');
    const ticks = draft.materials.map((m) => ({ key: m.key, present: true }));
    const created = await env.call(
      'transfers.out.create',
      transferInput(record.id, orgs.cityAdmin, { materials: ticks }),
    );
    expect(created).toMatchObject({
      state: 'awaiting-approval',
      deadline: { dueDate: '2025-09-17', rule: '周政办字〔2018〕18号 二(四)3：2个工作日内移送' },
    });
    const unapproved = await env.fail('transfers.out.send', {
      id: created.id,
      sentOn: '2025-09-15',
      sentTime: '09:00',
      method: 'direct',
    });
    expect(unapproved.code).toBe('TRANSFER_STATE');
    expect(unapproved.message).toContain('负责人批准');
    expect((await env.fail('transfers.out.approve', { id: created.id, headId: staff.clerk })).field).toBe('headId');

    // The approval is the head's own signature: the head signs in to give it.
    env.signInAs(staff.head);
    await env.call('transfers.out.approve', { id: created.id, headId: staff.head, note: '同意移送。' });
    env.signInAs(staff.handler);
    const edited = await env.call(
      'transfers.out.update',
      updateInput(created.id, record.id, orgs.cityAdmin, { materials: ticks, reason: '改写的理由。' }),
    );
    expect(edited).toMatchObject({ state: 'awaiting-approval', approval: null });
    env.signInAs(staff.head);
    const approved = await env.call('transfers.out.approve', { id: created.id, headId: staff.head });
    env.signInAs(staff.handler);
    expect(approved).toMatchObject({ state: 'ready', approval: { by: '张志强' } });
    expect(
      (
        await env.call('transfers.out.send', {
          id: created.id,
          sentOn: '2025-09-15',
          sentTime: '09:00',
          method: 'direct',
        })
      ).state,
    ).toBe('sent');
  });

  it('counts clock hours for an urgent transfer, holidays included', async () => {
    env = testBackend('2025-09-30T02:00:00.000Z');
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler], '2025-09-30');
    const noTime = await env.fail(
      'transfers.out.create',
      transferInput(record.id, orgs.cityAdmin, {
        urgent: true,
        urgentReason: '违法行为正在扩大。',
        foundOn: '2025-09-30',
      }),
    );
    expect(noTime.field).toBe('foundTime');
    const created = await env.call(
      'transfers.out.create',
      transferInput(record.id, orgs.cityAdmin, {
        urgent: true,
        urgentReason: '违法行为正在扩大。',
        foundOn: '2025-09-30',
        foundTime: '09:30',
      }),
    );
    expect(created.deadline).toMatchObject({
      level: 'warning',
      dueAt: '2025-10-01T01:30:00.000Z',
      dueDate: null,
      rule: '涪陵府办〔2024〕1号 二(三)：24小时内移送（情况紧急）',
    });
  });
});
