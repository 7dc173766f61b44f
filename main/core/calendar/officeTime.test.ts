import { describe, it, expect } from 'vitest';
import { addClockHours, endOfOfficeDay, officeDateOf, parseUtcInstant } from './officeTime';
import { appErrorOf } from './testing/utils';

describe('endOfOfficeDay', () => {
  it('is 24:00 Asia/Shanghai, i.e. 16:00 UTC the same date', () => {
    expect(endOfOfficeDay('2025-10-10')).toBe('2025-10-10T16:00:00.000Z');
    expect(endOfOfficeDay('2025-12-31')).toBe('2025-12-31T16:00:00.000Z');
    expect(endOfOfficeDay('2024-02-29')).toBe('2024-02-29T16:00:00.000Z');
  });

  it('refuses a malformed date', () => {
    expect(appErrorOf(() => endOfOfficeDay('2025-02-30')).code).toBe('INVALID_DATE');
  });
});

describe('addClockHours', () => {
  it('adds plain clock hours, across midnight, month and year ends', () => {
    expect(addClockHours('2025-12-31T20:30:00.000Z', 24)).toBe('2026-01-01T20:30:00.000Z');
    expect(addClockHours('2025-01-27T16:00:00Z', 24)).toBe('2025-01-28T16:00:00.000Z'); // into 除夕
    expect(addClockHours('2025-10-01T00:00:00.000Z', 0)).toBe('2025-10-01T00:00:00.000Z');
  });

  it('refuses hours that are negative or fractional', () => {
    expect(appErrorOf(() => addClockHours('2025-10-01T00:00:00.000Z', -1)).code).toBe('INVALID_HOURS');
    expect(appErrorOf(() => addClockHours('2025-10-01T00:00:00.000Z', 1.5)).code).toBe('INVALID_HOURS');
  });

  it.each(['2025-10-01', '2025-10-01T08:00:00+08:00', '2025-02-30T00:00:00.000Z', 'yesterday', ''])(
    'refuses the instant %j',
    (instant) => {
      expect(appErrorOf(() => addClockHours(instant, 24)).code).toBe('INVALID_INSTANT');
    },
  );
});

describe('officeDateOf', () => {
  it('gives the Asia/Shanghai date of an instant', () => {
    expect(officeDateOf('2025-09-30T15:59:59.000Z')).toBe('2025-09-30');
    expect(officeDateOf('2025-09-30T16:00:00.000Z')).toBe('2025-10-01');
  });

  it('parses instants to epoch milliseconds', () => {
    expect(parseUtcInstant('1970-01-01T00:00:01Z')).toBe(1000);
  });
});
