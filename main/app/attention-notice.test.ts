import { describe, it, expect, vi } from 'vitest';
import type { AttentionItem } from '../../shared/contract';
import type { Dispatch } from '../api/dispatch-types';
import { attentionSummary, showAttentionNotice } from './attention-notice';
import { createFakeElectron, fakeEvent } from './testing/fake-electron';
import type { Logger } from './log';

function item(level: AttentionItem['level'], title = '某综执罚〔2025〕12号 违法占道经营'): AttentionItem {
  return { kind: 'transfer-deadline', level, title, detail: '', link: '/cases/1', dueAt: null };
}

const logger: Logger = { file: '/tmp/main.log', log: vi.fn() };

function run(answer: Awaited<ReturnType<Dispatch>>, supported = true) {
  const electron = createFakeElectron();
  electron.Notification.supported = supported;
  const dispatch = vi.fn<Dispatch>(() => Promise.resolve(answer));
  const onClick = vi.fn();
  const notice = showAttentionNotice({ Notification: electron.Notification, dispatch, onClick, logger });
  return { electron, dispatch, onClick, notice };
}

describe('start-up attention notice', () => {
  it('counts danger and warning items, never info or setup reminders, and names no case', () => {
    const summary = attentionSummary([item('danger'), item('danger'), item('warning'), item('info')]);
    expect(summary).toEqual({
      title: '有 3 项事项需要处理',
      body: expect.stringContaining('其中 2 项期限今天到期或已逾期'),
    });
    expect(JSON.stringify(summary)).not.toContain('综执罚');
    expect(attentionSummary([item('warning')])?.title).toBe('有 1 项事项需要处理');
    expect(attentionSummary([item('info')])).toBeUndefined();
    expect(attentionSummary([{ ...item('warning'), kind: 'setup', title: '尚未设置本单位信息' }])).toBeUndefined();
    expect(attentionSummary([])).toBeUndefined();
    expect(attentionSummary(['junk', null, { level: 7 }])).toBeUndefined();
  });

  it('asks home.attention and shows one notification whose click brings the window forward', async () => {
    const { electron, dispatch, onClick, notice } = run({
      ok: true,
      value: [item('danger'), item('warning'), item('warning')],
    });
    const shown = await notice;
    expect(dispatch).toHaveBeenCalledWith('home.attention', {});
    expect(electron.Notification.created).toHaveLength(1);
    const [only] = electron.Notification.created;
    expect(shown).toBe(only);
    expect(only?.options?.title).toBe('有 3 项事项需要处理');
    expect(only?.show).toHaveBeenCalledTimes(1);
    only?.emit('click', fakeEvent());
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when nothing is urgent, when the call fails, or when the desktop has no notifications', async () => {
    const calm = run({ ok: true, value: [item('info')] });
    await expect(calm.notice).resolves.toBeUndefined();
    expect(calm.electron.Notification.created).toHaveLength(0);

    const failed = run({ ok: false, error: { code: 'INTERNAL', message: '程序内部错误' } });
    await expect(failed.notice).resolves.toBeUndefined();
    expect(failed.electron.Notification.created).toHaveLength(0);

    const unsupported = run({ ok: true, value: [item('danger')] }, false);
    await expect(unsupported.notice).resolves.toBeUndefined();
    expect(unsupported.dispatch).not.toHaveBeenCalled();
  });

  it('never throws, even when the backend does', async () => {
    const electron = createFakeElectron();
    const dispatch = vi.fn<Dispatch>(() => Promise.reject(new Error('closed')));
    await expect(
      showAttentionNotice({ Notification: electron.Notification, dispatch, onClick: vi.fn(), logger }),
    ).resolves.toBeUndefined();
  });
});
