import { language } from './lang.js';

/** Money is integer cents in the core; these are the only conversions. */

/** Dollars as written in a data file (at most 2 decimals) to integer cents. */
export function dollarsToCents(dollars: number): number {
  return Math.round(dollars * 100);
}

/** Dollars from a JSON value to integer cents, or null unless it is a finite, non-negative amount with at most 2 decimals. */
export function exactCents(dollars: number): number | null {
  if (!Number.isFinite(dollars) || dollars < 0 || dollars > 1e12) return null;
  const cents = Math.round(dollars * 100);
  return Math.abs(dollars * 100 - cents) < 1e-6 ? cents : null;
}

/** Integer cents to a dollar number for machine output (2 decimals at most). */
export function centsToDollars(cents: number): number {
  return cents / 100;
}

/** "$10,000" for whole dollars, "$10,000.50" otherwise. */
export function formatDollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  // Grouped by hand: toLocaleString would load ICU data, about 10 ms of start-up.
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = abs % 100;
  // Spanish readers in the US write US dollars as US$10,000.50: the same digits, a clear currency.
  return `${sign}${language() === 'es' ? 'US$' : '$'}${whole}${rest === 0 ? '' : `.${String(rest).padStart(2, '0')}`}`;
}

/** "$300–$1,000", or one amount when both ends are equal. */
export function formatRange(low: number, high: number): string {
  return low === high ? formatDollars(low) : `${formatDollars(low)}–${formatDollars(high)}`;
}

const AMOUNT = /^(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;
// The dollar written before the amount ($650, US$650, USD 650) or after it (650 US$, 650 USD), as
// people write it and as the tool writes it in Spanish; not both.
const BEFORE = /^(?:US\s?\$|USD|\$)\s*/i;
const AFTER = /\s*(?:US\s?\$|USD|\$)$/i;

/** Parses "12000", "$12,000", "12000.50", "US$650" or "650 US$" to cents; null when it is not an amount. */
export function parseDollars(text: string): number | null {
  let t = text.trim();
  const before = BEFORE.exec(t);
  if (before) t = t.slice(before[0].length);
  else {
    const after = AFTER.exec(t);
    if (after) t = t.slice(0, t.length - after[0].length);
  }
  const m = AMOUNT.exec(t);
  if (!m) return null;
  const whole = Number(m[1]!.replaceAll(',', ''));
  const cents = m[3] ? Number(m[3].slice(1).padEnd(2, '0')) : 0;
  return whole * 100 + cents;
}
