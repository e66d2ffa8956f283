import type { Figure } from './data-schema.js';
import type { ClinicRange } from './ids.js';
import type { Quote } from './quote.js';
import { dollarsToCents } from './money.js';

/** A price range in integer cents; typical is null where the data gives none. */
export interface CentsRange {
  low: number;
  typical: number | null;
  high: number;
}

/** A figure's published (or assumed) range, in cents. */
export function figureCents(figure: Figure): CentsRange {
  return {
    low: dollarsToCents(figure.low),
    typical: figure.typical === undefined ? null : dollarsToCents(figure.typical),
    high: dollarsToCents(figure.high),
  };
}

/**
 * The part of a figure's range a clinic falls in: full (low to high), lower (low to typical),
 * upper (typical to high), or the clinic's own quote. Without a typical value, lower and upper
 * split the range at its midpoint (rounded to the cent).
 */
export function clinicPrice(figure: Figure, range: ClinicRange, quote: Quote | null): CentsRange {
  const full = figureCents(figure);
  if (range === 'quote' && quote) return { low: quote.low, typical: quote.low === quote.high ? quote.low : null, high: quote.high };
  const split = full.typical ?? Math.round((full.low + full.high) / 2);
  if (range === 'lower') return { low: full.low, typical: null, high: split };
  if (range === 'upper') return { low: split, typical: null, high: full.high };
  return full;
}

/** A unit price times a quantity. */
export function times(price: CentsRange, quantity: number): CentsRange {
  return { low: price.low * quantity, typical: price.typical === null ? null : price.typical * quantity, high: price.high * quantity };
}
