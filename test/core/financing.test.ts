import { describe, it, expect } from 'vitest';
import { amortise, deferredInterest, monthlySavings, promoToClear } from '../../src/core/financing.js';

// Expected schedule totals were worked independently: exact fractions, interest rounded half up each
// month, last payment = balance + interest (Python fractions/decimal, not this module).

describe('amortise', () => {
  it('pays $1,000 a month for $12,000 over 12 months at 0% APR', () => {
    // 1,200,000 / 12 = 100,000 exactly; no interest.
    expect(amortise(1_200_000, 12, 0)).toEqual({ monthlyPayment: 100_000, totalInterest: 0, totalPaid: 1_200_000 });
  });

  it('pays $470.73 a month for $10,000 over 24 months at 12% APR', () => {
    // r = 0.01; 1.01^24 = 1.2697346; 1,000,000 × 0.01 / (1 − 1/1.2697346) = 47,073.47 → 47,073.
    // Schedule: 23 × 47,073 = 1,082,679, last payment 47,086 → total 1,129,765, interest 129,765.
    expect(amortise(1_000_000, 24, 12)).toEqual({ monthlyPayment: 47_073, totalInterest: 129_765, totalPaid: 1_129_765 });
  });

  it('puts the leftover cent on the last payment at 0% APR', () => {
    // $1,000 / 3 = 333.33… → 333, 333, then 334.
    expect(amortise(100_000, 3, 0)).toEqual({ monthlyPayment: 33_333, totalInterest: 0, totalPaid: 100_000 });
  });

  it('makes the last payment smaller when the level payment was rounded up', () => {
    // $10,000, 360 months, 6%: level payment 5,995.51 → 5,996; last payment 5,509; total 2,158,073.
    expect(amortise(1_000_000, 360, 6)).toEqual({ monthlyPayment: 5_996, totalInterest: 1_158_073, totalPaid: 2_158_073 });
  });

  it('handles a fractional APR: $5,000 over 60 months at 7.5%', () => {
    // r = 0.00625; level payment 10,018.97 → 10,019; last payment 10,022; total 601,143.
    expect(amortise(500_000, 60, 7.5)).toEqual({ monthlyPayment: 10_019, totalInterest: 101_143, totalPaid: 601_143 });
  });

  it('charges one month of interest on a one-month loan', () => {
    // $1 at 12%: interest 1 cent, one payment of 101.
    expect(amortise(100, 1, 12)).toEqual({ monthlyPayment: 101, totalInterest: 1, totalPaid: 101 });
  });

  it('returns all zeros for a zero principal', () => {
    expect(amortise(0, 24, 12)).toEqual({ monthlyPayment: 0, totalInterest: 0, totalPaid: 0 });
    expect(amortise(0, 1, 0)).toEqual({ monthlyPayment: 0, totalInterest: 0, totalPaid: 0 });
  });

  it('never pays more than the principal on a tiny interest-free loan', () => {
    // 7 cents over 12 months: payment rounds to 1 cent, the loan is cleared after 7 months.
    expect(amortise(7, 12, 0)).toEqual({ monthlyPayment: 1, totalInterest: 0, totalPaid: 7 });
    // 1 cent over 12 months: payment rounds to 0, the last payment clears it.
    expect(amortise(1, 12, 0)).toEqual({ monthlyPayment: 0, totalInterest: 0, totalPaid: 1 });
  });

  it('stays finite at the extremes: $20,000 over 600 months at 100% APR', () => {
    // Interest round(2,000,000 / 12) = 166,667 equals the payment, so the balance never falls and the
    // last payment is 2,000,000 + 166,667; total = 599 × 166,667 + 2,166,667 = 102,000,200.
    expect(amortise(2_000_000, 600, 100)).toEqual({ monthlyPayment: 166_667, totalInterest: 100_000_200, totalPaid: 102_000_200 });
  });

  it('returns integer cents', () => {
    const result = amortise(1_234_567, 37, 19.99);
    for (const value of Object.values(result)) expect(Number.isSafeInteger(value)).toBe(true);
    expect(result.totalPaid - result.totalInterest).toBe(1_234_567);
  });

  it.each([
    [-1, 12, 5],
    [1.5, 12, 5],
    [Number.MAX_SAFE_INTEGER + 1, 12, 5],
    [Number.NaN, 12, 5],
    [1000, 0, 5],
    [1000, 601, 5],
    [1000, 12.5, 5],
    [1000, 12, -0.01],
    [1000, 12, 100.01],
    [1000, 12, Number.NaN],
    [1000, 12, Number.POSITIVE_INFINITY],
  ])('refuses amortise(%s, %s, %s) with a RangeError', (principal, months, apr) => {
    expect(() => amortise(principal, months, apr)).toThrow(RangeError);
  });

  it('accepts the edges of the valid ranges', () => {
    expect(() => amortise(1000, 1, 0)).not.toThrow();
    expect(() => amortise(1000, 600, 100)).not.toThrow();
  });
});

describe('promoToClear', () => {
  it('pays $500 a month to clear $6,000 in a 12-month promotion', () => {
    expect(promoToClear(600_000, 12)).toBe(50_000);
  });

  it('rounds up so the balance is cleared in time', () => {
    // $1,000 / 3 = 333.33… → 334 (3 × 333 = 999 would leave a cent).
    expect(promoToClear(100_000, 3)).toBe(33_334);
    // 1 cent over 12 months still needs 1 cent.
    expect(promoToClear(1, 12)).toBe(1);
  });

  it('is zero for a zero balance', () => {
    expect(promoToClear(0, 12)).toBe(0);
  });

  it('stays exact for the largest safe amount', () => {
    // (2^53 − 1) = 9,007,199,254,740,991; / 7 = 1,286,742,750,677,284.43 → …285 (× 7 = …995 ≥ target, …284 × 7 = …988 < target).
    expect(promoToClear(Number.MAX_SAFE_INTEGER, 7)).toBe(1_286_742_750_677_285);
  });

  it.each([
    [-1, 12],
    [100.5, 12],
    [1000, 0],
    [1000, 601],
    [1000, 2.5],
  ])('refuses promoToClear(%s, %s) with a RangeError', (principal, months) => {
    expect(() => promoToClear(principal, months)).toThrow(RangeError);
  });
});

describe('deferredInterest', () => {
  it('charges back $120 on $1,000 after 12 months at 12% APR: simple interest, not compounded (CFPB)', () => {
    // $1,000 x 12% / 12 = $10 a month, for 12 months = $120 (monthly compounding would say $126.83).
    expect(deferredInterest(100_000, 12, 12)).toBe(12_000);
  });

  it('charges back $1,619.40 on $6,000 after 12 months at 26.99% APR: about 27% of the balance, not 30.6%', () => {
    // $6,000 x 26.99% / 12 = $134.95 a month; x 12 = $1,619.40.
    expect(deferredInterest(600_000, 12, 26.99)).toBe(161_940);
  });

  it('charges back $202.43 on $1,000 after 9 months at 26.99% APR, rounded to the cent', () => {
    // $1,000 x 26.99% x 9 / 12 = $202.425 -> $202.43 (half a cent rounds up).
    expect(deferredInterest(100_000, 9, 26.99)).toBe(20_243);
  });

  it('charges nothing at 0% APR or on a zero balance', () => {
    expect(deferredInterest(600_000, 12, 0)).toBe(0);
    expect(deferredInterest(0, 12, 26.99)).toBe(0);
  });

  it('rounds a sub-cent charge to the cent', () => {
    // 1 cent for one month at 100%: 0.0833 cents → 0.
    expect(deferredInterest(1, 1, 100)).toBe(0);
  });

  it('stays finite for the longest promotion at the highest rate', () => {
    const result = deferredInterest(1_000_000, 600, 100);
    expect(Number.isFinite(result)).toBe(true);
    expect(Number.isInteger(result)).toBe(true);
  });

  it.each([
    [-1, 12, 20],
    [1000, 0, 20],
    [1000, 12, -1],
    [1000, 12, 101],
  ])('refuses deferredInterest(%s, %s, %s) with a RangeError', (principal, months, apr) => {
    expect(() => deferredInterest(principal, months, apr)).toThrow(RangeError);
  });
});

describe('monthlySavings', () => {
  it('sets aside $500 a month to have $6,000 after 12 months', () => {
    expect(monthlySavings(600_000, 12)).toBe(50_000);
  });

  it('rounds up so the target is reached', () => {
    // $5,000 / 7 = 71,428.57 → 71,429 (7 × 71,429 = 500,003; 7 × 71,428 = 499,996 falls short).
    expect(monthlySavings(500_000, 7)).toBe(71_429);
  });

  it('is zero for a zero target', () => {
    expect(monthlySavings(0, 6)).toBe(0);
  });

  it.each([
    [-100, 12],
    [100, 0],
    [100, 1.5],
  ])('refuses monthlySavings(%s, %s) with a RangeError', (target, months) => {
    expect(() => monthlySavings(target, months)).toThrow(RangeError);
  });
});
