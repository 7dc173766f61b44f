import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { testBackend } from './testing/backend';
import { refusedUnchanged } from './testing/db-fingerprint';

// 执法协助 (涪陵府办〔2024〕1号 二(二); 周政办字〔2018〕18号 二(四)3): requests both ways, answered within
// the profile's working days, the 协助函 and the 复函 issued from the register.

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

// Friday 19 September 2025, 10:00 office time.
const FRIDAY = '2025-09-19T02:00:00.000Z';

async function setUp() {
  env = testBackend(FRIDAY);
  await env.call('office.save', {
    name: '青山镇人民政府',
    abbreviation: '青山',
    contactPerson: '赵敏',
    phone: '023-72881234',
  });
  return env;
}

const OUT: InputOf<'assistance.create'> = {
  direction: 'out',
  counterpart: '某某区市场监督管理局',
  caseTitle: '陈某某无证经营食品案',
  ground: 'materials-held-elsewhere',
  needed: '提供陈某某2024年以来的食品经营许可申请及审批记录',
  reason: '审批材料由该局掌握，本机关难以自行收集',
  legalBasis: '《中华人民共和国食品安全法》第三十五条',
  returnItems: '审批记录复印件',
  requestedOn: '2025-09-18',
};

const IN: InputOf<'assistance.create'> = {
  direction: 'in',
  counterpart: '某某区生态环境局',
  letterNumber: '某环协〔2025〕7号',
  caseTitle: '某某砂石厂噪声扰民案',
  ground: 'other',
  needed: '派员配合现场检查',
  reason: '该厂位于本镇辖区',
  requestedOn: '2025-09-17',
};

describe('执法协助 register', () => {
  it('counts the answer period under the profile, names its rule, and shows it on the home page', async () => {
    const e = await setUp();
    const out = await e.call('assistance.create', OUT);
    expect(out.state).toBe('open');
    // 涪陵 sets no number (“及时”): the office's setting, 5 working days, said so.
    expect(out.rule).toContain('本单位设定');
    expect(out.deadline?.dueDate).toBe('2025-09-25');
    expect(out.history[0]?.summary).toContain('登记向某某区市场监督管理局请求协助');

    await e.call('profiles.setDefault', { id: 'zhoucun' });
    const received = await e.call('assistance.create', IN);
    expect(received.rule).toBe('周政办字〔2018〕18号 二(四)3：2个工作日内予以协助，或者告知不予协助并说明理由');
    // 17 Sep + 2 working days = Friday 19 Sep: today is the last day.
    expect(received.deadline?.dueDate).toBe('2025-09-19');
    expect(received.deadline?.level).toBe('warning');

    const home = await e.call('home.attention', {});
    const item = home.find((entry) => entry.link === `/registers/assistance/${received.id}`);
    expect(item?.detail).toContain('周政办字〔2018〕18号 二(四)3');

    e.setNow('2025-09-23T02:00:00.000Z');
    const late = await e.call('assistance.get', { id: received.id });
    expect(late.deadline?.level).toBe('danger');
    expect(late.deadline?.text).toContain('本单位已超过答复期限');
  });

  it('lists with filters and search', async () => {
    const e = await setUp();
    await e.call('assistance.create', OUT);
    const received = await e.call('assistance.create', IN);
    expect((await e.call('assistance.list', { direction: 'in' })).map((row) => row.id)).toEqual([received.id]);
    expect((await e.call('assistance.list', { search: '砂石厂' })).map((row) => row.id)).toEqual([received.id]);
    expect(await e.call('assistance.list', { search: '100%' })).toEqual([]);
    await e.call('assistance.answer', {
      id: received.id,
      outcome: 'assisted',
      answeredOn: '2025-09-18',
      text: '已派员配合',
    });
    expect(await e.call('assistance.list', { direction: 'in' })).toEqual([]);
    expect(await e.call('assistance.list', { direction: 'in', scope: 'all' })).toHaveLength(1);
  });

  it('issues the 行政执法协助函 from a request we send, with its answer-by date', async () => {
    const e = await setUp();
    const out = await e.call('assistance.create', OUT);
    const paper = await e.call('documents.issue', { kind: 'assistance-letter', id: out.id });
    expect(paper.docNumber).toBe('青山协〔2025〕1号');
    const { html } = await e.call('documents.preview', { id: paper.id });
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('行政执法协助函');
    expect(text).toContain('某某区市场监督管理局：');
    expect(text).toContain('所需要的案件材料为其他行政执法机关所掌握');
    expect(text).toContain('请于2025年9月25日前');
    expect(text).toContain('联系人：赵敏');
    const refusal = await e.fail('documents.issue', { kind: 'assistance-reply', id: out.id });
    expect(refusal.message).toContain('协助复函用于答复其他机关的协助请求');
  });

  it('issues the 复函 of a refusal with its reason, only after the answer is recorded', async () => {
    const e = await setUp();
    const received = await e.call('assistance.create', IN);
    expect((await e.fail('documents.issue', { kind: 'assistance-reply', id: received.id })).message).toContain(
      '请先登记答复',
    );
    await e.call('assistance.answer', {
      id: received.id,
      outcome: 'refused',
      refusalGround: 'outside-powers',
      answeredOn: '2025-09-18',
      text: '噪声监测不属于本镇职权，请你局自行组织',
    });
    const paper = await e.call('documents.issue', { kind: 'assistance-reply', id: received.id });
    const text = (await e.call('documents.preview', { id: paper.id })).html.replace(/<[^>]+>/g, '');
    expect(text).toContain('本机关不予协助。理由：协助事项不属于本机关职权范围。');
    expect(text).toContain('（某环协〔2025〕7号）');
    const view = await e.call('assistance.get', { id: received.id });
    expect(view.history.map((entry) => entry.summary)).toContain(
      '本单位不予协助（2025年9月18日）：协助事项不属于本机关职权范围',
    );
  });

  it('refuses bad input in Chinese and changes nothing', async () => {
    const e = await setUp();
    const out = await e.call('assistance.create', OUT);
    const early = await refusedUnchanged(e, 'assistance.answer', {
      id: out.id,
      outcome: 'assisted',
      answeredOn: '2025-09-17',
      text: '已提供',
    });
    expect(early.message).toBe('答复日期（2025年9月17日）早于请求日期（2025年9月18日）：答复不能早于请求。');
    const noReason = await refusedUnchanged(e, 'assistance.answer', {
      id: out.id,
      outcome: 'refused',
      answeredOn: '2025-09-18',
      text: '不予协助',
    });
    expect(noReason.message).toContain('不予协助的，应当说明理由');
    const noText = await refusedUnchanged(e, 'assistance.answer', {
      id: out.id,
      outcome: 'assisted',
      answeredOn: '2025-09-18',
      text: ' ',
    });
    expect(noText.message).toContain('答复内容');
    const future = await refusedUnchanged(e, 'assistance.create', { ...OUT, requestedOn: '2025-09-22' });
    expect(future.message).toContain('晚于今天');
    await e.call('assistance.answer', { id: out.id, outcome: 'assisted', answeredOn: '2025-09-19', text: '已提供' });
    const again = await refusedUnchanged(e, 'assistance.update', { id: out.id, ...OUT });
    expect(again.message).toBe('该协助请求已经答复，不能再修改请求内容。');
  });
});
