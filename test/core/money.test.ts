import { describe, it, expect } from 'vitest';
import { dollarsToCents, formatDollars, formatRange, parseDollars } from '../../src/core/money.js';

describe('money', () => {
  it('turns data-file dollars into exact integer cents', () => {
    expect(dollarsToCents(125.18)).toBe(12518);
    expect(dollarsToCents(0.29)).toBe(29);
    expect(dollarsToCents(10000)).toBe(1_000_000);
  });

  it('formats whole dollars without cents and others with two digits', () => {
    expect(formatDollars(1_000_000)).toBe('$10,000');
    expect(formatDollars(1_000_050)).toBe('$10,000.50');
    expect(formatDollars(5)).toBe('$0.05');
    expect(formatRange(30000, 100000)).toBe('$300–$1,000');
    expect(formatRange(500, 500)).toBe('$5');
  });

  it.each([
    ['12000', 1_200_000],
    ['$12,000', 1_200_000],
    ['12000.5', 1_200_050],
    [' 99.99 ', 9999],
  ])('parses %j as an amount', (text, cents) => {
    expect(parseDollars(text)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '1.234', '12,00', '1e4', '$'])('refuses %j as an amount', (text) => {
    expect(parseDollars(text)).toBeNull();
  });
});
