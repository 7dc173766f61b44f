import { notifications, notificationsStore, type NotificationData } from '@mantine/notifications';

// How the app speaks up outside a page's own text: short notices in the lower left, over the
// navigation's empty lower part and the page's margin, never over 返回/保存 at the top right or a
// dialog's close button. Each closes by itself and has a ×. A notice about a problem (red, or
// yellow for something left undone) belongs to the page it was said on: it is taken away when the
// person goes to another page, and when the same action is tried again, so "未能保存" never stands
// beside "已保存".

/** How long a notice stays: a success is read at a glance, a refusal names a rule and needs longer. */
export const NOTICE_MS = { success: 5_000, problem: 12_000 } as const;

const PROBLEM_COLORS = new Set(['red', 'yellow', 'orange']);

function isProblem(notice: NotificationData): boolean {
  return typeof notice.color === 'string' && PROBLEM_COLORS.has(notice.color);
}

let counter = 0;

/**
 * Says a problem (red, with its ×, gone by itself after `autoClose` ms — a notice that never goes
 * would sit on the page); returns its id so the caller can take it away once it no longer holds.
 */
export function showProblem(title: string, message: string, autoClose: number | false = NOTICE_MS.problem): string {
  counter += 1;
  const id = `problem-${counter}`;
  notifications.show({ id, color: 'red', title, message, autoClose: autoClose || NOTICE_MS.problem });
  return id;
}

/** Takes away one notice if it is still there (a problem that the next try makes stale). */
export function hideNotice(id: string | null | undefined): void {
  if (!id) return;
  const { notifications: shown, queue } = notificationsStore.getState();
  if ([...shown, ...queue].some((notice) => notice.id === id)) notifications.hide(id);
}

/** Takes away every problem notice (on leaving a page); successes stay to be read on the next one. */
export function clearProblemNotices(): void {
  const { notifications: shown, queue } = notificationsStore.getState();
  const stale = [...shown, ...queue].filter(isProblem);
  for (const notice of stale) if (notice.id) notifications.hide(notice.id);
}
