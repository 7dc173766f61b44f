// The home page: what needs someone's attention, with its deadline and the rule that set it.
import { method } from './method';
import { noInput } from './fields';

export type AttentionLevel = 'info' | 'warning' | 'danger';

/** One line on the home page: something a person should act on, and why. */
export interface AttentionItem {
  kind: string;
  level: AttentionLevel;
  title: string;
  detail: string;
  /** In-app route to act on it, e.g. "/cases/12". */
  link: string;
  /** When it falls due (UTC ISO instant), so deadlines of every kind line up; null when no date applies. */
  dueAt: string | null;
}

export const homeMethods = {
  'home.attention': method<AttentionItem[]>()(noInput),
};
