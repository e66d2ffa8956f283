import type { CostData } from './data-schema.js';

export interface Restated {
  /** cents in the index's latest month */
  low: number;
  high: number;
  month: string;
}

/**
 * Restates a range of cents from a past year's prices into the index's latest month, rounded to
 * whole dollars (it is an approximation), or null when the data has no annual average for that
 * year. Index values are scaled to integers so the only rounding is the final one.
 */
export function restate(index: CostData['priceIndex'], year: number, low: number, high: number): Restated | null {
  const base = index.annualAverages[String(year)];
  if (base === undefined) return null;
  const num = Math.round(index.latestIndex * 1000);
  const den = Math.round(base * 1000);
  const toDollar = (cents: number) => Math.round((cents * num) / den / 100) * 100;
  return { low: toDollar(low), high: toDollar(high), month: index.latestMonth };
}
