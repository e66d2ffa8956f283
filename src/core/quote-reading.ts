import type { CostData } from './data-schema.js';
import type { Scenario } from './scenario.js';
import type { PriceBasis } from './price-index.js';
import { figureCents } from './unit-price.js';
import { formatDollars, formatRange } from './money.js';
import { text } from './text.js';

/** How far above the data's highest price per infusion a quote read per infusion must be before it is questioned. */
export const SERIES_FACTOR = 3;

/**
 * The data's highest price of one infusion when a per-infusion quote is more than three times it:
 * such a quote is most likely the price of the whole series. Null when the quote is plausible, or
 * when the technique is priced per course (a course quote is the whole price already).
 */
export function implausiblePerInfusion(scenario: Pick<Scenario, 'technique' | 'clinicRange' | 'quote'>, data: CostData, basis: PriceBasis): number | null {
  const technique = data.techniques[scenario.technique];
  if (technique.pricing !== 'per-session' || !scenario.quote) return null;
  const high = figureCents(technique.price, data.priceIndex, basis).high;
  return scenario.quote.low > SERIES_FACTOR * high ? high : null;
}

/** The warning that goes first when such a quote is read per infusion: the reading used, and what to give instead. */
export function quoteReadingWarning(scenario: Scenario, data: CostData, basis: PriceBasis): string | null {
  if (scenario.clinicRange !== 'quote' || !scenario.quote || scenario.sessions === null) return null;
  const high = implausiblePerInfusion(scenario, data, basis);
  if (high === null) return null;
  const q = scenario.quote;
  const low = scenario.sessions;
  const top = scenario.sessionsHigh ?? low;
  const sessions = low === top ? String(low) : `${low}-${top}`;
  const perInfusion = (cents: number, n: number) => Math.round(cents / n) / 100;
  const per = q.low === q.high && low === top ? String(perInfusion(q.low, low)) : `${perInfusion(q.low, top)}-${perInfusion(q.high, low)}`;
  return text.quoteReadPerInfusion(formatRange(q.low, q.high), sessions, formatRange(q.low * low, q.high * top), formatDollars(high), per);
}
