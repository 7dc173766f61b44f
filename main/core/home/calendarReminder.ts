// The holiday calendar only knows the years it was given (DOMAIN §8), and the app is offline: the
// State Council's notice for next year (published around November) has to be loaded by the office.
// A deadline that needs an unknown year is red where it is shown; the home page also says which year
// to load — and, before any deadline runs into it, reminds the office from November on, since a
// 5-working-day answer period set in late December already ends in January.
import type { AttentionItem } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { officeCalendar } from '../calendar/officeYears';
import { endOfOfficeDay, officeDateOf } from '../calendar/officeTime';

const LINK = '/settings/calendar';
/** The notice usually appears in November: from then on next year is worth a line, and from December a warning. */
const REMIND_FROM_MONTH = 11;
const WARN_FROM_MONTH = 12;

function missingYearItem(year: number, detail: string): AttentionItem {
  return {
    kind: 'calendar-year-missing',
    level: 'danger',
    title: `节假日安排缺少 ${year} 年`,
    detail,
    link: LINK,
    dueAt: null,
  };
}

/** yearsNeeded: years that open deadlines need and the calendar does not know. */
export function calendarAttention(ctx: CoreContext, yearsNeeded: readonly number[]): AttentionItem[] {
  const calendar = officeCalendar(ctx.db);
  const today = officeDateOf(ctx.now().toISOString());
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const items = yearsNeeded.map((needed) =>
    missingYearItem(
      needed,
      `有期限需要按 ${needed} 年的工作日计算。请在“设置 › 节假日安排”中载入国务院办公厅公布的 ${needed} 年节假日安排，期限才能算出。`,
    ),
  );
  if (!calendar.knowsYear(year) && !yearsNeeded.includes(year)) {
    items.push(
      missingYearItem(
        year,
        `今年（${year} 年）的节假日安排尚未载入，按工作日计算的期限都无法算出。请在“设置 › 节假日安排”中载入国务院办公厅公布的 ${year} 年节假日安排。`,
      ),
    );
  }
  const next = year + 1;
  if (month >= REMIND_FROM_MONTH && !calendar.knowsYear(next) && !yearsNeeded.includes(next)) {
    items.push({
      kind: 'calendar-year-upcoming',
      level: month >= WARN_FROM_MONTH ? 'warning' : 'info',
      title: `尚未载入 ${next} 年节假日安排`,
      detail: `国务院办公厅通常在 11 月前后公布下一年的节假日安排。年底的期限会跨入 ${next} 年，载入前无法算出；公布后请在“设置 › 节假日安排”中载入。`,
      link: LINK,
      dueAt: endOfOfficeDay(`${year}-12-31`),
    });
  }
  return items;
}
