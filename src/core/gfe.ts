/** No Surprises Act Good Faith Estimate check: which bills may be disputed, and by when. Dates are plain calendar days. */

/** A calendar date with no time of day and no time zone. */
export interface CalendarDate {
  y: number;
  m: number;
  d: number;
}

/** The rule's numbers, taken from the data file rather than fixed here. */
export interface GfeRule {
  thresholdCents: number;
  disputeDays: number;
}

/** One provider's estimate and bill, in cents. */
export interface ProviderAmounts {
  estimateCents: number;
  billCents: number;
}

/** One provider's result; overByCents is negative when the bill came in under the estimate. */
export interface ProviderCheck extends ProviderAmounts {
  overByCents: number;
  eligible: boolean;
}

/** Everything checkBills needs. */
export interface GfeInput {
  providers: readonly ProviderAmounts[];
  billDate: CalendarDate;
  today: CalendarDate;
  rule: GfeRule;
}

/** The result of checkBills. */
export interface GfeResult {
  providers: ProviderCheck[];
  deadline: CalendarDate;
  daysLeft: number;
  passed: boolean;
  billInFuture: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function isRealDate(date: CalendarDate): boolean {
  const { y, m, d } = date;
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Guard only: a rolled-over date such as 30 February would silently shift every result.
function checkDate(date: CalendarDate): void {
  if (!isRealDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
}

// Days since 1970-01-01 by integer arithmetic (H. Hinnant's days_from_civil); Date would bring local time into it.
function dayNumber(date: CalendarDate): number {
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (date.m + (date.m > 2 ? -3 : 9)) + 2) / 5) + date.d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

// The inverse of dayNumber (civil_from_days).
function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** A strict YYYY-MM-DD date that exists, with a year from 1900 to 2200; null otherwise. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  if (date.y < 1900 || date.y > 2200 || !isRealDate(date)) return null;
  return date;
}

/** The date a whole number of calendar days later (earlier when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  checkDate(date);
  if (!Number.isSafeInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar days from a to b (b − a): positive when b is later. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  checkDate(a);
  checkDate(b);
  return dayNumber(b) - dayNumber(a);
}

/** YYYY-MM-DD. */
export function formatIsoDate(date: CalendarDate): string {
  checkDate(date);
  if (date.y < 0 || date.y > 9999) throw new RangeError(`year outside 0..9999: ${date.y}`);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

function checkProvider(p: ProviderAmounts, thresholdCents: number): ProviderCheck {
  if (!Number.isSafeInteger(p.estimateCents) || !Number.isSafeInteger(p.billCents)) throw new RangeError('provider amounts must be integer cents');
  const overByCents = p.billCents - p.estimateCents;
  return { estimateCents: p.estimateCents, billCents: p.billCents, overByCents, eligible: overByCents >= thresholdCents };
}

/**
 * Which providers billed at least the rule's threshold over their estimate, and the dispute deadline:
 * the rule's number of calendar days after the bill date.
 */
export function checkBills(input: GfeInput): GfeResult {
  const { thresholdCents, disputeDays } = input.rule;
  if (!Number.isSafeInteger(thresholdCents) || thresholdCents < 0) throw new RangeError(`thresholdCents must be a non-negative integer, got ${thresholdCents}`);
  if (!Number.isSafeInteger(disputeDays) || disputeDays < 0) throw new RangeError(`disputeDays must be a non-negative integer, got ${disputeDays}`);
  const deadline = addDays(input.billDate, disputeDays);
  const daysLeft = daysBetween(input.today, deadline);
  return {
    providers: input.providers.map((p) => checkProvider(p, thresholdCents)),
    deadline,
    daysLeft,
    passed: daysLeft < 0,
    billInFuture: daysBetween(input.today, input.billDate) > 0,
  };
}
