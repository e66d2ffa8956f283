import { parseDollars, formatDollars, exactCents } from './money.js';
import { text } from './text.js';

export interface Quote {
  /** cents */
  low: number;
  /** cents */
  high: number;
}

export type QuoteResult = { ok: true; quote: Quote } | { ok: false; message: string };

const MAX_QUOTE_CENTS = 1_000_000_000; // $10 million: anything above is a typo

/** Parses a clinic quote: one amount ("12000", "$12,000") or a range ("10000-15000", "10,000 to 15,000"). */
export function parseQuote(written: string): QuoteResult {
  const parts = written.trim().split(/\s*(?:-|–|—|\bto\b)\s*/);
  if (parts.length > 2 || parts.some((p) => p === '')) return { ok: false, message: text.notAnAmount(written) };
  const amounts = parts.map(parseDollars);
  if (amounts.some((a) => a === null)) return { ok: false, message: text.notAnAmount(written) };
  const [low, high = low] = amounts as [number, number?];
  return checkQuote({ low, high: high! });
}

/** A quote from a JSON value: an amount, a written amount or range, or {low, high} in dollars. */
export function quoteFromJson(value: unknown): QuoteResult {
  if (typeof value === 'string') return parseQuote(value);
  if (typeof value === 'number') {
    const cents = exactCents(value);
    return cents === null ? { ok: false, message: text.amountCents } : checkQuote({ low: cents, high: cents });
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const { low, high } = value as { low?: unknown; high?: unknown };
    if (keys.length === 2 && typeof low === 'number' && typeof high === 'number') {
      const [l, h] = [exactCents(low), exactCents(high)];
      return l === null || h === null ? { ok: false, message: text.amountCents } : checkQuote({ low: l, high: h });
    }
  }
  return { ok: false, message: text.quoteShape };
}

/** Checks a quote already in cents: positive, not absurd, low not above high. */
export function checkQuote(q: Quote): QuoteResult {
  if (q.low <= 0 || q.high <= 0) return { ok: false, message: text.quotePositive };
  if (q.high > MAX_QUOTE_CENTS) return { ok: false, message: text.quoteTooLarge(formatDollars(MAX_QUOTE_CENTS)) };
  if (q.low > q.high) return { ok: false, message: text.quoteBackwards(formatDollars(q.low), formatDollars(q.high)) };
  return { ok: true, quote: q };
}
