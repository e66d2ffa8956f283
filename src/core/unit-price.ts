import type { CostData, Figure, OlderFigure } from './data-schema.js';
import type { ClinicRange } from './ids.js';
import type { Quote } from './quote.js';
import { dollarsToCents } from './money.js';
import { isCurrentPrice, restateRange, type PriceBasis } from './price-index.js';

/** A price range in integer cents; typical is null where the data gives none. */
export interface CentsRange {
  low: number;
  typical: number | null;
  high: number;
}

/** A figure's range as published, in cents. */
export function publishedCents(figure: Figure | OlderFigure): CentsRange {
  return {
    low: dollarsToCents(figure.low),
    typical: figure.typical === undefined ? null : dollarsToCents(figure.typical),
    high: dollarsToCents(figure.high),
  };
}

// Figures are restated once per data file and basis: batch prices a million rows from the same few figures.
const cache: Record<PriceBasis, WeakMap<object, CentsRange>> = { today: new WeakMap(), published: new WeakMap() };

/** A figure's range in cents on the chosen basis: as published, or restated to today's dollars. */
export function figureCents(figure: Figure | OlderFigure, index: CostData['priceIndex'], basis: PriceBasis): CentsRange {
  let range = cache[basis].get(figure);
  if (!range) {
    const published = publishedCents(figure);
    // A page read within 12 months of the index month gives today's price already: restating it would inflate it.
    range = basis === 'published' || isCurrentPrice(figure.read, index) ? published : restateRange(published, figure.asOf, index);
    cache[basis].set(figure, range);
  }
  return range;
}

/**
 * The part of a range a clinic falls in: full (low to high), lower (low to typical), upper
 * (typical to high), or the clinic's own quote. Without a typical value, lower and upper split the
 * range at its midpoint (rounded to the cent).
 */
export function clinicPrice(full: CentsRange, range: ClinicRange, quote: Quote | null): CentsRange {
  if (range === 'quote' && quote) return { low: quote.low, typical: quote.low === quote.high ? quote.low : null, high: quote.high };
  const split = full.typical ?? Math.round((full.low + full.high) / 2);
  if (range === 'lower') return { low: full.low, typical: null, high: split };
  if (range === 'upper') return { low: split, typical: null, high: full.high };
  return full;
}

/** A unit price times a quantity that may be a range (low count for the low end, high count for the high end). */
export function times(price: CentsRange, quantity: number, quantityHigh = quantity): CentsRange & { openHigh: boolean } {
  return {
    low: price.low * quantity,
    typical: price.typical === null || quantity !== quantityHigh ? null : price.typical * quantity,
    high: price.high * quantityHigh,
    openHigh: false,
  };
}
