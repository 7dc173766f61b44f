import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { testBackend } from './testing/backend';
import { refusedUnchanged } from './testing/db-fingerprint';

// 举报、投诉、信访 under 首问责任 (周政办字〔2018〕18号 二(四)4; 郯政发〔2023〕1号 二(三)8).

let env: ReturnType<typeof testBackend> | undefined;
afterEach(() => env?.backend.close());

// Friday 19 September 2025, 10:00 office time.
const FRIDAY = '2025-09-19T02:00:00.000Z';

const COMPLAINT = {
  receivedOn: '2025-09-15',
  channel: 'hotline-12345' as const,
  complainantName: '李秀英',
  complainantContact: '13800001234',
  matter: '石桥村某砂石厂夜间生产噪声扰民',
  firstHandler: '赵敏',
  firstHandling: '登记后转综合执法大队核实',
};

describe('举报投诉 register', () => {
  it('numbers the register, counts 郯城’s 3 working days for feedback after a lead is passed on, then the final answer closes it', async () => {
    env = testBackend(FRIDAY);
    await env.call('profiles.setDefault', { id: 'tancheng' });
    const created = await env.call('complaints.create', COMPLAINT);
    expect(created.number).toBe('2025-001');
    expect(created.deadline?.rule).toContain('本单位设定');
    const verified = await env.call('complaints.verify', {
      id: created.id,
      verifiedOn: '2025-09-16',
      verification: '现场核实，噪声源属生态环境部门查处范围',
      finding: 'lead-transferred',
      leadTransferredOn: '2025-09-17',
    });
    expect(verified.deadline?.rule).toBe('郯政发〔2023〕1号 二(三)8：3个工作日内将移送信息反馈举报、投诉、信访人');
    expect(verified.deadline?.dueDate).toBe('2025-09-22');
    const home = await env.call('home.attention', {});
    const item = home.find((entry) => entry.link === `/registers/complaints/${created.id}`);
    expect(item?.detail).toContain('郯政发〔2023〕1号 二(三)8');
    // The complainant is named on the record page only: not in the list, the home page or the audit log.
    expect(JSON.stringify(await env.call('complaints.list', {}))).not.toContain('李秀英');
    expect(JSON.stringify(home)).not.toContain('李秀英');
    const db = new Database(join(env.dataDir, 'fashen.db'), { readonly: true });
    const audit = JSON.stringify(db.prepare("SELECT * FROM audit_log WHERE entity = 'complaint'").all());
    db.close();
    expect(audit).not.toContain('李秀英');
    expect(audit).not.toContain('13800001234');
    expect((await env.call('complaints.list', { search: '李秀英' })).length).toBe(0);

    await env.call('complaints.answer', {
      id: created.id,
      kind: 'feedback',
      answeredOn: '2025-09-18',
      method: 'phone',
      text: '已将线索移送区生态环境局',
    });
    const closed = await env.call('complaints.answer', {
      id: created.id,
      kind: 'final',
      answeredOn: '2025-09-19',
      method: 'letter',
      text: '经区生态环境局查处，已责令整改',
    });
    expect(closed.state).toBe('closed');
    expect(closed.deadline).toBeNull();
    expect(closed.answers.map((answer) => answer.kind)).toEqual(['feedback', 'final']);
    expect(await env.call('complaints.list', {})).toEqual([]);
    // The answer to the complainant is the one paper that names them.
    await env.call('office.save', { name: '青山镇人民政府', abbreviation: '青山' });
    const paper = await env.call('documents.issue', { kind: 'complaint-answer', id: created.id });
    expect(paper.docNumber).toBe('青山答〔2025〕1号');
    const text = (await env.call('documents.preview', { id: paper.id })).html.replace(/<[^>]+>/g, '');
    expect(text).toContain('李秀英：');
    expect(text).toContain('经区生态环境局查处，已责令整改。');
  });

  it('refuses bad input in Chinese and changes nothing', async () => {
    env = testBackend(FRIDAY);
    const created = await env.call('complaints.create', COMPLAINT);
    const noText = await refusedUnchanged(env, 'complaints.answer', {
      id: created.id,
      kind: 'final',
      answeredOn: '2025-09-18',
      method: 'phone',
      text: '',
    });
    expect(noText.message).toContain('请填写答复内容');
    const early = await refusedUnchanged(env, 'complaints.verify', {
      id: created.id,
      verifiedOn: '2025-09-12',
      verification: '已核实',
      finding: 'no-violation',
    });
    expect(early.message).toBe('核实日期（2025年9月12日）早于收到日期（2025年9月15日），请核对。');
    const unverified = await refusedUnchanged(env, 'complaints.answer', {
      id: created.id,
      kind: 'final',
      answeredOn: '2025-09-18',
      method: 'phone',
      text: '已处理',
    });
    expect(unverified.message).toBe('请先登记核实情况，再作最终答复。');
    const noLeadDate = await refusedUnchanged(env, 'complaints.verify', {
      id: created.id,
      verifiedOn: '2025-09-16',
      verification: '已核实',
      finding: 'lead-transferred',
    });
    expect(noLeadDate.message).toContain('请填写线索移送日期');
  });
});
