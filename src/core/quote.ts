import { parseDollars, formatDollars } from './money.js';

export interface Quote {
  /** cents */
  low: number;
  /** cents */
  high: number;
}

export type QuoteResult = { ok: true; quote: Quote } | { ok: false; message: string };

const MAX_QUOTE_CENTS = 1_000_000_000; // $10 million: anything above is a typo

/** Parses a clinic quote: one amount ("12000", "$12,000") or a range ("10000-15000", "10,000 to 15,000"). */
export function parseQuote(text: string): QuoteResult {
  const parts = text.trim().split(/\s*(?:-|–|—|\bto\b)\s*/);
  if (parts.length > 2 || parts.some((p) => p === '')) return fail(text);
  const amounts = parts.map(parseDollars);
  if (amounts.some((a) => a === null)) return fail(text);
  const [low, high = low] = amounts as [number, number?];
  return checkQuote({ low, high: high! });
}

/** Checks a quote already in cents: positive, not absurd, low not above high. */
export function checkQuote(q: Quote): QuoteResult {
  if (q.low <= 0 || q.high <= 0) return { ok: false, message: 'a quote must be more than $0' };
  if (q.high > MAX_QUOTE_CENTS) return { ok: false, message: `a quote must be at most ${formatDollars(MAX_QUOTE_CENTS)}` };
  if (q.low > q.high)
    return { ok: false, message: `the low end (${formatDollars(q.low)}) is above the high end (${formatDollars(q.high)}): write low-high` };
  return { ok: true, quote: q };
}

function fail(text: string): QuoteResult {
  return { ok: false, message: `"${text}" is not an amount: write 12000, or a range like 10000-15000` };
}
