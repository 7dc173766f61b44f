// One desktop notification when the app starts, if the home page's attention list holds anything
// urgent (level danger or warning): a reviewer who opens the app and goes straight to a case
// still learns that a deadline is due today or already passed. The notice names no case: Windows
// keeps notifications in its Action Center, where anyone at the desk can read them.

import type { AttentionItem } from '../../shared/contract';
import type { Dispatch } from '../api/dispatch-types';
import type { Notification, NotificationConstructor } from './electron-api';
import type { Logger } from './log';

export interface AttentionSummary {
  title: string;
  body: string;
}

function isAttentionItem(value: unknown): value is Pick<AttentionItem, 'level' | 'kind'> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'level' in value &&
    typeof value.level === 'string' &&
    'kind' in value &&
    typeof value.kind === 'string'
  );
}

/**
 * The notice's text, or undefined when nothing is urgent. Info items never notify, and neither do
 * the setup reminders (尚未设置本单位信息, …): the first-run wizard already asks for those, and a
 * notice about them at every start of a new install would teach staff to ignore the notice.
 */
export function attentionSummary(items: readonly unknown[]): AttentionSummary | undefined {
  const levels = items
    .filter(isAttentionItem)
    .filter((item) => item.kind !== 'setup')
    .map((item) => item.level);
  const danger = levels.filter((level) => level === 'danger').length;
  const warning = levels.filter((level) => level === 'warning').length;
  const total = danger + warning;
  if (total === 0) return undefined;
  return {
    title: `有 ${total} 项事项需要处理`,
    body:
      danger > 0
        ? `其中 ${danger} 项期限今天到期或已逾期（或执法证已失效）。点击打开法审工作台查看。`
        : '包括即将到期的期限和待办事项。点击打开法审工作台查看。',
  };
}

export interface AttentionNoticeOptions {
  Notification: NotificationConstructor;
  dispatch: Dispatch;
  /** Brings the main window to the front. */
  onClick: () => void;
  logger: Logger;
}

/**
 * Asks the backend for the attention list and shows at most one notification. Returns it so the
 * caller can keep a reference: Electron drops the click handler of a garbage-collected notice.
 * Never throws: a missing notification service (some Linux desktops) is not an error.
 */
export async function showAttentionNotice(options: AttentionNoticeOptions): Promise<Notification | undefined> {
  try {
    if (!options.Notification.isSupported()) {
      options.logger.log('info', 'desktop notifications are not supported here; no start-up notice');
      return undefined;
    }
    const envelope = await options.dispatch('home.attention', {});
    if (!envelope.ok) {
      options.logger.log('warn', `home.attention failed: ${envelope.error.code} ${envelope.error.message}`);
      return undefined;
    }
    const summary = attentionSummary(Array.isArray(envelope.value) ? envelope.value : []);
    if (!summary) return undefined;
    const notice = new options.Notification({ title: summary.title, body: summary.body });
    notice.on('click', () => options.onClick());
    notice.show();
    return notice;
  } catch (error) {
    options.logger.log('warn', 'start-up notice failed', error);
    return undefined;
  }
}
