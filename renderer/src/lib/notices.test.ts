import { afterEach, describe, expect, it } from 'vitest';
import { notifications, notificationsStore } from '@mantine/notifications';
import { clearProblemNotices, hideNotice, showProblem } from './notices';

const shown = () => [...notificationsStore.getState().notifications, ...notificationsStore.getState().queue];

afterEach(() => notifications.clean());

describe('notices', () => {
  it('a problem always closes by itself', () => {
    const id = showProblem('未能保存', '请填写案由', false);
    const notice = shown().find((item) => item.id === id);
    expect(notice?.color).toBe('red');
    expect(notice?.autoClose).toBeGreaterThan(0);
  });

  it('leaving a page takes the problems away and keeps the successes', () => {
    showProblem('未能保存', '请填写案由');
    notifications.show({ color: 'yellow', title: '第3项尚未作结论', message: '可随时回到本项' });
    notifications.show({ color: 'green', title: '已保存', message: '案件已保存' });
    clearProblemNotices();
    expect(shown().map((item) => item.title)).toEqual(['已保存']);
  });

  it('trying again takes away the refusal of the last try', () => {
    const id = showProblem('未能保存', '请填写案由');
    hideNotice(id);
    hideNotice(id);
    hideNotice(null);
    expect(shown()).toHaveLength(0);
  });
});
