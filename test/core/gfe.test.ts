import { describe, it, expect } from 'vitest';
import { addDays, checkBills, daysBetween, formatIsoDate, parseIsoDate, type CalendarDate } from '../../src/core/gfe.js';

const rule = { thresholdCents: 40_000, disputeDays: 120 };
const date = (y: number, m: number, d: number): CalendarDate => ({ y, m, d });

describe('parseIsoDate', () => {
  it.each([
    ['2026-01-15', date(2026, 1, 15)],
    ['2024-02-29', date(2024, 2, 29)],
    ['2000-02-29', date(2000, 2, 29)],
    ['1900-01-01', date(1900, 1, 1)],
    ['2200-12-31', date(2200, 12, 31)],
    ['2026-04-30', date(2026, 4, 30)],
  ])('reads %j', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29', // 1900 is not a leap year (divisible by 100, not 400)
    '2100-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '1899-12-31',
    '2201-01-01',
    '2026-1-15',
    '26-01-15',
    '2026/01/15',
    ' 2026-01-15',
    '2026-01-15T00:00:00Z',
    '',
    '２０２６-01-15',
  ])('refuses %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('addDays and daysBetween', () => {
  it('crosses a month end: 2026-01-15 + 120 days is 2026-05-15', () => {
    // Jan 31 is +16, Feb 28 +44, Mar 31 +75, Apr 30 +105, May 15 +120.
    expect(addDays(date(2026, 1, 15), 120)).toEqual(date(2026, 5, 15));
  });

  it('counts the leap day: 2024-01-15 + 120 days is 2024-05-14', () => {
    // Jan 31 is +16, Feb 29 +45, Mar 31 +76, Apr 30 +106, May 14 +120.
    expect(addDays(date(2024, 1, 15), 120)).toEqual(date(2024, 5, 14));
  });

  it('has no leap day in 2025: 2025-01-15 + 120 days is 2025-05-15', () => {
    expect(addDays(date(2025, 1, 15), 120)).toEqual(date(2025, 5, 15));
  });

  it('crosses a year end: 2025-10-01 + 120 days is 2026-01-29', () => {
    // Oct 31 is +30, Nov 30 +60, Dec 31 +91, Jan 29 +120.
    expect(addDays(date(2025, 10, 1), 120)).toEqual(date(2026, 1, 29));
  });

  it('goes backwards for negative days and stays put for zero', () => {
    // 2024 has 366 days.
    expect(addDays(date(2024, 12, 31), -366)).toEqual(date(2023, 12, 31));
    expect(addDays(date(2026, 3, 8), 0)).toEqual(date(2026, 3, 8));
  });

  it('knows which century years are leap years', () => {
    expect(addDays(date(1900, 2, 28), 1)).toEqual(date(1900, 3, 1));
    expect(addDays(date(2000, 2, 28), 1)).toEqual(date(2000, 2, 29));
    expect(addDays(date(2200, 12, 31), 1)).toEqual(date(2201, 1, 1));
  });

  it('counts whole days from a to b', () => {
    expect(daysBetween(date(2024, 2, 28), date(2024, 3, 1))).toBe(2);
    expect(daysBetween(date(2025, 2, 28), date(2025, 3, 1))).toBe(1);
    expect(daysBetween(date(2025, 3, 1), date(2025, 2, 28))).toBe(-1);
    expect(daysBetween(date(2026, 5, 15), date(2026, 5, 15))).toBe(0);
  });

  it('counts centuries: 36,524 days from 1900 to 2000 and 36,525 from 2000 to 2100', () => {
    // 100 × 365 plus 24 leap days (1904–1996; 1900 is not one), then plus 25 (2000–2096).
    expect(daysBetween(date(1900, 1, 1), date(2000, 1, 1))).toBe(36_524);
    expect(daysBetween(date(2000, 1, 1), date(2100, 1, 1))).toBe(36_525);
  });

  it('is unaffected by daylight-saving changes', () => {
    // US clocks change on 2026-03-08 and 2026-11-01; whole days must not drift.
    expect(daysBetween(date(2026, 3, 7), date(2026, 3, 9))).toBe(2);
    expect(daysBetween(date(2026, 10, 31), date(2026, 11, 2))).toBe(2);
  });

  it('refuses dates that do not exist and fractional days', () => {
    expect(() => addDays(date(2026, 2, 30), 1)).toThrow(RangeError);
    expect(() => addDays(date(2026, 1, 15), 1.5)).toThrow(RangeError);
    expect(() => daysBetween(date(2026, 1, 15), date(2025, 2, 29))).toThrow(RangeError);
  });
});

describe('formatIsoDate', () => {
  it('writes zero-padded YYYY-MM-DD', () => {
    expect(formatIsoDate(date(2026, 5, 15))).toBe('2026-05-15');
    expect(formatIsoDate(date(2024, 12, 1))).toBe('2024-12-01');
  });

  it('reads back what it writes', () => {
    expect(parseIsoDate(formatIsoDate(date(2024, 2, 29)))).toEqual(date(2024, 2, 29));
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatIsoDate(date(2026, 2, 30))).toThrow(RangeError);
  });
});

describe('checkBills', () => {
  const billDate = date(2026, 1, 15);

  it('finds a bill $400.00 over its estimate eligible and $399.99 over not', () => {
    const result = checkBills({
      providers: [
        { estimateCents: 100_000, billCents: 140_000 },
        { estimateCents: 100_000, billCents: 139_999 },
      ],
      billDate,
      today: date(2026, 2, 1),
      rule,
    });
    expect(result.providers).toEqual([
      { estimateCents: 100_000, billCents: 140_000, overByCents: 40_000, eligible: true },
      { estimateCents: 100_000, billCents: 139_999, overByCents: 39_999, eligible: false },
    ]);
  });

  it('keeps a bill under its estimate as a negative overage', () => {
    const result = checkBills({ providers: [{ estimateCents: 100_000, billCents: 90_000 }], billDate, today: date(2026, 2, 1), rule });
    expect(result.providers).toEqual([{ estimateCents: 100_000, billCents: 90_000, overByCents: -10_000, eligible: false }]);
  });

  it('uses the threshold it is given', () => {
    const result = checkBills({
      providers: [{ estimateCents: 0, billCents: 100 }],
      billDate,
      today: billDate,
      rule: { thresholdCents: 100, disputeDays: 120 },
    });
    expect(result.providers[0]?.eligible).toBe(true);
  });

  it('sets the deadline 120 days after the bill and counts the days left', () => {
    // Deadline 2026-05-15; from 2026-02-01: Feb 28 is +27, Mar 31 +58, Apr 30 +88, May 15 +103.
    const result = checkBills({ providers: [], billDate, today: date(2026, 2, 1), rule });
    expect(result).toEqual({ providers: [], deadline: date(2026, 5, 15), daysLeft: 103, passed: false, billInFuture: false });
  });

  it('has 0 days left on the deadline day, which has not passed', () => {
    const result = checkBills({ providers: [], billDate, today: date(2026, 5, 15), rule });
    expect(result.daysLeft).toBe(0);
    expect(result.passed).toBe(false);
  });

  it('has passed the day after the deadline, with days left negative', () => {
    const result = checkBills({ providers: [], billDate, today: date(2026, 5, 16), rule });
    expect(result.daysLeft).toBe(-1);
    expect(result.passed).toBe(true);
  });

  it('moves the deadline a day earlier when the window holds a leap day', () => {
    expect(checkBills({ providers: [], billDate: date(2024, 1, 15), today: date(2024, 1, 15), rule }).deadline).toEqual(date(2024, 5, 14));
    expect(checkBills({ providers: [], billDate: date(2025, 1, 15), today: date(2025, 1, 15), rule }).deadline).toEqual(date(2025, 5, 15));
  });

  it('flags a bill dated after today, not one dated today', () => {
    expect(checkBills({ providers: [], billDate: date(2026, 3, 2), today: date(2026, 3, 1), rule }).billInFuture).toBe(true);
    expect(checkBills({ providers: [], billDate: date(2026, 3, 1), today: date(2026, 3, 1), rule }).billInFuture).toBe(false);
  });

  it('counts 120 days left on the bill date and 121 the day before it', () => {
    expect(checkBills({ providers: [], billDate, today: billDate, rule }).daysLeft).toBe(120);
    expect(checkBills({ providers: [], billDate, today: date(2026, 1, 14), rule }).daysLeft).toBe(121);
  });

  it('refuses nonsense rule numbers, amounts and dates', () => {
    const ok = { providers: [], billDate, today: billDate, rule };
    expect(() => checkBills({ ...ok, rule: { thresholdCents: -1, disputeDays: 120 } })).toThrow(RangeError);
    expect(() => checkBills({ ...ok, rule: { thresholdCents: 40_000, disputeDays: 1.5 } })).toThrow(RangeError);
    expect(() => checkBills({ ...ok, providers: [{ estimateCents: 1.5, billCents: 100 }] })).toThrow(RangeError);
    expect(() => checkBills({ ...ok, billDate: date(2025, 2, 29) })).toThrow(RangeError);
    expect(() => checkBills({ ...ok, today: date(2026, 4, 31) })).toThrow(RangeError);
  });
});
