import type { AsOf, CostData } from './data-schema.js';
import type { CentsRange } from './unit-price.js';
import { listFigures } from './figures.js';

/** Which amounts an estimate uses: the sources' own (published) or restated to the index's latest month (today). */
export type PriceBasis = 'today' | 'published';
export const PRICE_BASES = ['today', 'published'] as const;

/** The first and last year a figure describes. */
export function yearsOf(asOf: AsOf): { from: number; to: number } {
  return typeof asOf === 'number' ? { from: asOf, to: asOf } : { from: asOf.from, to: asOf.to };
}

/**
 * Restates cents from a year's prices into the index's latest month, rounded to the whole dollar
 * (half up): a restated price is an approximation, and cents would claim a precision it lacks.
 * Years in the latest month's year or after are today's prices already. Index values are scaled
 * to integers and the product is exact (BigInt), so the only rounding is the final one.
 */
export function restateCents(cents: number, year: number, index: CostData['priceIndex']): number {
  if (year >= Number(index.latestMonth.slice(0, 4))) return cents;
  const base = index.annualAverages[String(year)];
  // Validation guarantees a value for every year a figure names; this guards a caller's own year.
  if (base === undefined) throw new RangeError(`no price index value for ${year}`);
  const num = BigInt(Math.round(index.latestIndex * 1000));
  const den = BigInt(Math.round(base * 1000));
  return Number((BigInt(cents) * num * 2n + den * 100n) / (200n * den)) * 100;
}

/** Whole months from one YYYY-MM to another (negative when the first is later). */
export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** A price page read within this many months of the index month is today's price: it is not restated. */
export const CURRENT_READ_MONTHS = 12;

/** Whether a figure is a current price: read from a page within 12 months of the index's latest month. */
export function isCurrentPrice(read: string | undefined, index: CostData['priceIndex']): boolean {
  return read !== undefined && Math.abs(monthsBetween(read, index.latestMonth)) <= CURRENT_READ_MONTHS;
}

/**
 * A figure's range in today's dollars. A span widens honestly: the low end is restated from the
 * span's latest year, the high end from its earliest, the typical value from its middle year.
 */
export function restateRange(range: CentsRange, asOf: AsOf, index: CostData['priceIndex']): CentsRange {
  const { from, to } = yearsOf(asOf);
  const middle = Math.floor((from + to) / 2);
  return {
    low: restateCents(range.low, to, index),
    typical: range.typical === null ? null : restateCents(range.typical, middle, index),
    high: restateCents(range.high, from, index),
  };
}

/** The earliest and latest years of every figure in the data, older ones included. */
export function dataYears(data: CostData): { from: number; to: number } {
  const years = listFigures(data)
    .flatMap(({ figure }) => [figure.asOf, ...(figure.older ?? []).map((o) => o.asOf)])
    .map(yearsOf);
  return { from: Math.min(...years.map((y) => y.from)), to: Math.max(...years.map((y) => y.to)) };
}
