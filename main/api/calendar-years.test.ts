import { afterEach, describe, expect, it } from 'vitest';
import { seedCase, seedOrgs, seedStaff, transferInput, type Env } from '../core/transfers/testing/fixture';
import { testBackend } from './testing/backend';

let env: Env | undefined;
afterEach(() => env?.backend.close());

// A 2027 arrangement as an office would type it from the notice (invented for the test: the
// real notice is published late in 2026).
const YEAR_2027 = `year: 2027
source: 国务院办公厅关于2027年部分节假日安排的通知（测试用）
holidays:
  - { name: 元旦, from: 2027-01-01, to: 2027-01-03 }
  - { name: 春节, from: 2027-02-05, to: 2027-02-12 }
makeupWorkdays: [2027-02-14]
`;

describe('the working-day calendar through the API', () => {
  it('knows the built-in years, previews a typed year without storing it, then loads it on confirmation', async () => {
    env = testBackend('2026-11-23T02:00:00.000Z');
    const { years, today } = await env.call('calendar.years', {});
    expect(today).toBe('2026-11-23');
    expect(years.map((y) => [y.year, y.origin])).toEqual([
      [2024, 'built-in'],
      [2025, 'built-in'],
      [2026, 'built-in'],
    ]);

    const preview = await env.call('calendar.preview', { text: YEAR_2027 });
    expect(preview.existing).toBeNull();
    expect(preview.preview.holidays[1]?.text).toBe('春节：2月5日（周五）至2月12日（周五），共8天');
    expect(preview.preview.makeupWorkdays[0]?.text).toBe('2月14日（周日）上班');
    expect((await env.call('calendar.years', {})).years).toHaveLength(3);

    const mismatch = await env.fail('calendar.load', { text: YEAR_2027, year: 2028 });
    expect(mismatch.code).toBe('CALENDAR_CONFIRM_MISMATCH');
    const loaded = await env.call('calendar.load', { text: YEAR_2027, year: 2027 });
    expect(loaded.at(-1)).toMatchObject({ year: 2027, origin: 'office', loadedBy: '未指定使用人' });
    const detail = await env.call('calendar.year', { year: 2027 });
    expect(detail.sourceText).toBe(YEAR_2027);
  });

  it('refuses a bad file naming the line to fix, and a built-in year unless replacing it is asked for', async () => {
    env = testBackend();
    const bad = await env.fail('calendar.preview', { text: YEAR_2027.replace('2027-02-12', '2027-02-30') });
    expect(bad).toMatchObject({ code: 'CALENDAR_FILE_INVALID', field: 'holidays.1.to' });
    expect(bad.message).toContain('第 2 个放假时段的结束日期');
    const builtIn =
      'year: 2025\nsource: 自行录入的2025年安排\nholidays:\n  - { name: 元旦, from: 2025-01-01, to: 2025-01-01 }\nmakeupWorkdays: []\n';
    expect((await env.fail('calendar.load', { text: builtIn, year: 2025 })).code).toBe('CALENDAR_YEAR_BUILT_IN');
    expect((await env.fail('calendar.remove', { year: 2025 })).message).toContain('内置安排');
    const replaced = await env.call('calendar.load', { text: builtIn, year: 2025, replaceBuiltIn: true });
    expect(replaced.find((y) => y.year === 2025)).toMatchObject({
      origin: 'office',
      replacesBuiltIn: true,
      source: '自行录入的2025年安排',
    });
    const restored = await env.call('calendar.remove', { year: 2025 });
    expect(restored.find((y) => y.year === 2025)).toMatchObject({ origin: 'built-in' });
  });

  it('shows a deadline in a year it does not know as red, never a guess, until the office loads that year', async () => {
    env = testBackend('2026-12-28T02:00:00.000Z');
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler], '2026-12-28');
    const created = await env.call(
      'transfers.out.create',
      transferInput(record.id, orgs.cityAdmin, { foundOn: '2026-12-28' }),
    );
    expect(created.deadline).toMatchObject({ level: 'danger', dueAt: null, unknownYear: 2027 });
    expect(created.deadline?.text).toContain('日历中没有 2027 年的节假日安排');
    const missing = (await env.call('home.attention', {})).find((item) => item.kind === 'calendar-year-missing');
    expect(missing).toMatchObject({ level: 'danger', title: '节假日安排缺少 2027 年', link: '/settings/calendar' });

    await env.call('calendar.load', { text: YEAR_2027, year: 2027 });
    // 29, 30, 31 December, then 1–3 January off: 4 and 5 January 2027.
    const after = await env.call('transfers.out.get', { id: created.id });
    expect(after.deadline).toMatchObject({ level: 'info', dueDate: '2027-01-05', unknownYear: null });
    expect((await env.call('home.attention', {})).some((item) => item.kind === 'calendar-year-missing')).toBe(false);
    const history = await env.call('calendar.remove', { year: 2027 });
    expect(history.map((y) => y.year)).toEqual([2024, 2025, 2026]);
  });
  it('reminds the office of next year from November, warns in December, and says so once a deadline needs it', async () => {
    env = testBackend('2026-10-31T02:00:00.000Z');
    const calendarItems = async () =>
      (await env!.call('home.attention', {})).filter((item) => item.link === '/settings/calendar');
    expect(await calendarItems()).toEqual([]);
    env.setNow('2026-11-23T02:00:00.000Z');
    expect(await calendarItems()).toEqual([
      expect.objectContaining({ kind: 'calendar-year-upcoming', level: 'info', title: '尚未载入 2027 年节假日安排' }),
    ]);
    env.setNow('2026-12-01T02:00:00.000Z');
    expect(await calendarItems()).toEqual([
      expect.objectContaining({ kind: 'calendar-year-upcoming', level: 'warning' }),
    ]);

    // A transfer whose deadline runs into 2027: one red item for the year, not a reminder beside it.
    env.setNow('2026-12-28T02:00:00.000Z');
    const orgs = await seedOrgs(env);
    const staff = await seedStaff(env);
    const record = await seedCase(env, [staff.handler], '2026-12-28');
    await env.call('transfers.out.create', transferInput(record.id, orgs.cityAdmin, { foundOn: '2026-12-28' }));
    expect(await calendarItems()).toEqual([
      expect.objectContaining({ kind: 'calendar-year-missing', level: 'danger', title: '节假日安排缺少 2027 年' }),
    ]);

    await env.call('calendar.load', { text: YEAR_2027, year: 2027 });
    expect(await calendarItems()).toEqual([]);
    // In 2027 itself nothing is missing; in 2028, with no arrangement for it, every deadline would fail.
    env.setNow('2028-03-01T02:00:00.000Z');
    expect(await calendarItems()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'calendar-year-missing', title: '节假日安排缺少 2028 年' }),
      ]),
    );
  });
});
