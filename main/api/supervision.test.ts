import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from './testing/backend';
import { refusedUnchanged } from './testing/db-fingerprint';

// 执法监督 received (衢政办发〔2022〕16号 第十六条、第十七条): the notice's period on the home page, the
// 整改情况报告 issued from the record, and no report once the matter is closed.

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

const FRIDAY = '2025-09-19T02:00:00.000Z';

const NOTICE = {
  kind: 'notice' as const,
  issuer: '某某区司法局',
  docNumber: '某司监通〔2025〕3号',
  receivedOn: '2025-09-10',
  matters: '行政处罚决定书未载明当事人陈述、申辩的采纳情况',
  correctBy: '2025-09-22',
};

describe('执法监督 register', () => {
  it('shows the notice’s period with its rule, issues the 整改情况报告, and closes', async () => {
    env = testBackend(FRIDAY);
    await env.call('office.save', {
      name: '青山镇人民政府',
      abbreviation: '青山',
      contactPerson: '赵敏',
      phone: '023-72881234',
    });
    const created = await env.call('supervision.create', NOTICE);
    expect(created.deadline?.level).toBe('info');
    expect(created.deadline?.rule).toContain('衢政办发〔2022〕16号 第十六条');
    const home = await env.call('home.attention', {});
    expect(home.some((item) => item.link === `/registers/supervision/${created.id}`)).toBe(true);
    expect((await env.fail('documents.issue', { kind: 'supervision-report', id: created.id })).message).toContain(
      '请先登记整改情况',
    );

    const reported = await env.call('supervision.report', {
      id: created.id,
      reportedOn: '2025-09-19',
      reportText: '已补充制作陈述申辩复核意见，并开展文书规范培训',
    });
    expect(reported.state).toBe('reported');
    expect(reported.deadline).toBeNull();
    const paper = await env.call('documents.issue', { kind: 'supervision-report', id: created.id });
    expect(paper.docNumber).toBe('青山报〔2025〕1号');
    const text = (await env.call('documents.preview', { id: paper.id })).html.replace(/<[^>]+>/g, '');
    expect(text).toContain('某某区司法局：');
    expect(text).toContain('《行政执法监督通知书》（某司监通〔2025〕3号）');
    expect(text).toContain('要求于2025年9月22日前纠正');

    const closed = await env.call('supervision.close', { id: created.id, closedOn: '2025-09-19' });
    expect(closed.state).toBe('closed');
    expect(closed.history.map((entry) => entry.summary)).toHaveLength(3);
  });

  it('shows an overdue notice in red', async () => {
    env = testBackend(FRIDAY);
    const created = await env.call('supervision.create', { ...NOTICE, correctBy: '2025-09-18' });
    expect(created.deadline?.level).toBe('danger');
    expect(created.deadline?.text).toContain('已超过整改期限');
  });

  it('refuses bad input in Chinese and changes nothing', async () => {
    env = testBackend(FRIDAY);
    const created = await env.call('supervision.create', NOTICE);
    const early = await refusedUnchanged(env, 'supervision.report', {
      id: created.id,
      reportedOn: '2025-09-09',
      reportText: '已整改',
    });
    expect(early.message).toBe('报告日期（2025年9月9日）早于收到监督文书的日期（2025年9月10日），请核对。');
    const notReported = await refusedUnchanged(env, 'supervision.close', { id: created.id, closedOn: '2025-09-19' });
    expect(notReported.message).toBe('请先报送整改情况报告，再登记办结。');
    await env.call('supervision.report', { id: created.id, reportedOn: '2025-09-18', reportText: '已整改' });
    await env.call('supervision.close', { id: created.id, closedOn: '2025-09-19' });
    const afterClose = await refusedUnchanged(env, 'supervision.report', {
      id: created.id,
      reportedOn: '2025-09-19',
      reportText: '补充报告',
    });
    expect(afterClose.message).toBe('该监督事项已于2025年9月19日办结，不能再报送整改情况报告。');
    const backwards = await refusedUnchanged(env, 'supervision.create', { ...NOTICE, correctBy: '2025-09-01' });
    expect(backwards.message).toContain('整改期限（2025年9月1日）早于收到日期');
  });
});
