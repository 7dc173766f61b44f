import { afterEach, describe, expect, it } from 'vitest';
import { as, reviewAll, setUpOffice, signOff, submit, type Office } from '../core/review/testing/fixture';
import { seedOrgs, seedStaff, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';
import { refusedUnchanged } from './testing/db-fingerprint';

// 信息共享 (涪陵府办〔2024〕1号 二(一); 周政办字〔2018〕18号 二(四)5, 二(四)3(4); 郯政发〔2023〕1号 二(三)10):
// a penalty decision opens its 抄告 in the decision's transaction; the period comes from the case's
// profile with its provenance; the letter is issued from the record; bad input changes nothing.

let office: Office | undefined;
let env: Env | undefined;
afterEach(() => {
  office?.env.backend.close();
  env?.backend.close();
  office = undefined;
  env = undefined;
});

async function decide(o: Office) {
  const round = await submit(o);
  await reviewAll(o, round.id);
  await signOff(o, round.id, 1);
  await as(o, o.decider);
  return o.env.call('review.recordDecision', {
    roundId: round.id,
    agrees: true,
    decisionNumber: '青山综执罚决〔2025〕2号',
    decisionDate: '2025-06-02',
  });
}

describe('信息共享 register', () => {
  it('opens the 抄告 of a penalty decision, shows its period on the home page, and issues the 抄告函', async () => {
    office = await setUpOffice();
    const { env: e } = office;
    await e.call('office.save', {
      name: '青山镇人民政府',
      abbreviation: '青山',
      contactPerson: '赵敏',
      phone: '023-72881234',
    });
    await decide(office);
    const [item] = await e.call('sharing.list', { scope: 'open' });
    expect(item).toMatchObject({ direction: 'out', kind: 'penalty-decision', org: null, formedOn: '2025-06-02' });
    const view = await e.call('sharing.get', { id: item!.id });
    expect(view.origin).toBe('penalty-decision');
    expect(view.linkedCase?.id).toBe(office.caseId);
    // 涪陵 sets no number: the office's setting, never presented as the document's rule.
    expect(view.rule).toMatch(
      /^本单位设定（涪陵府办〔2024〕1号 二\(一\)4.*未规定天数）：5个工作日内将行政处罚决定抄告相关行政管理部门$/,
    );
    const home = await e.call('home.attention', {});
    const due = home.find((entry) => entry.link === `/registers/sharing/${item!.id}`);
    expect(due?.detail).toContain('本单位设定');
    const links = await e.call('registers.forCase', { caseId: office.caseId });
    expect(links).toEqual([expect.objectContaining({ register: 'sharing', link: `/registers/sharing/${item!.id}` })]);

    // No recipient yet: no letter, no sharing recorded.
    expect((await e.fail('documents.issue', { kind: 'sharing-letter', id: item!.id })).message).toContain(
      '接收信息的单位',
    );
    const noOrg = await refusedUnchanged(e, 'sharing.share', {
      id: item!.id,
      sharedOn: '2025-06-02',
      method: 'letter',
    });
    expect(noOrg.message).toContain('请先修改记录，填写接收信息的单位');

    const market = await e.call('orgs.create', { name: '区市场监督管理局', kind: 'department' });
    await e.call('sharing.update', {
      id: item!.id,
      direction: 'out',
      mode: 'notify',
      kind: 'penalty-decision',
      subject: view.subject,
      orgId: market.id,
      caseId: office.caseId,
      formedOn: '2025-06-02',
    });
    const paper = await e.call('documents.issue', { kind: 'sharing-letter', id: item!.id });
    expect(paper.docNumber).toBe('青山抄〔2025〕1号');
    const text = (await e.call('documents.preview', { id: paper.id })).html.replace(/<[^>]+>/g, '');
    expect(text).toContain('行政处罚决定抄告函');
    expect(text).toContain('区市场监督管理局：');
    expect(text).toContain('青山综执罚决〔2025〕2号');

    const early = await refusedUnchanged(e, 'sharing.share', {
      id: item!.id,
      sharedOn: '2025-06-01',
      method: 'letter',
    });
    expect(early.message).toBe('共享日期（2025年6月1日）早于信息形成（收到、提出要求）日期（2025年6月2日），请核对。');
    const shared = await e.call('sharing.share', { id: item!.id, sharedOn: '2025-06-02', method: 'letter' });
    expect(shared).toMatchObject({ state: 'shared', deadline: null });
    expect(shared.history.map((entry) => entry.summary)).toEqual([
      expect.stringContaining('已共享'),
      expect.stringContaining('修改共享记录'),
      expect.stringContaining('自动登记'),
    ]);
    const again = await refusedUnchanged(e, 'sharing.share', {
      id: item!.id,
      sharedOn: '2025-06-02',
      method: 'letter',
    });
    expect(again.code).toBe('SHARING_DONE');
  });

  it('runs a data request by the 周村 profile’s 3 working days, cited from the document', async () => {
    env = testBackend('2025-09-19T02:00:00.000Z');
    const orgs = await seedOrgs(env);
    await seedStaff(env);
    await env.call('profiles.setDefault', { id: 'zhoucun' });
    const item = await env.call('sharing.create', {
      direction: 'out',
      mode: 'request',
      kind: 'statistics',
      subject: '2025年1—8月占道经营行政处罚案件数据',
      orgId: orgs.cityAdmin,
      formedOn: '2025-09-16',
    });
    expect(item.rule).toBe('周政办字〔2018〕18号 二(四)5：3个工作日内向提出要求的部门提供数据材料');
    expect(item.deadline).toMatchObject({ dueDate: '2025-09-19' });
    const noOrg = await refusedUnchanged(env, 'sharing.create', {
      direction: 'in',
      mode: 'notify',
      kind: 'permits',
      subject: '许可信息',
      formedOn: '2025-09-16',
    });
    expect(noOrg.message).toBe('请选择提供信息的单位。');
    const future = await refusedUnchanged(env, 'sharing.create', {
      direction: 'in',
      mode: 'notify',
      kind: 'permits',
      subject: '许可信息',
      orgId: orgs.cityAdmin,
      formedOn: '2025-09-20',
    });
    expect(future.message).toContain('晚于今天');
  });
});
