import { describe, it, expect } from 'vitest';
import { parseQuote } from '../../src/core/quote.js';

describe('parseQuote', () => {
  it('reads one amount as a quote whose low and high are equal', () => {
    expect(parseQuote('12000')).toEqual({ ok: true, quote: { low: 1_200_000, high: 1_200_000 } });
  });

  it.each(['10000-15000', '$10,000 - $15,000', '10000–15000', '10000 to 15000'])('reads %j as a range', (text) => {
    expect(parseQuote(text)).toEqual({ ok: true, quote: { low: 1_000_000, high: 1_500_000 } });
  });

  it('refuses a range whose low end is above its high end, saying how to write it', () => {
    const r = parseQuote('15000-10000');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/above the high end.*low-high/);
  });

  it.each(['abc', '-5000', '0', '10000-', '1-2-3', ''])('refuses %j', (text) => {
    expect(parseQuote(text).ok).toBe(false);
  });
});
