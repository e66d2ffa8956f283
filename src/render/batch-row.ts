import type { Estimate } from '../core/estimate.js';
import { CATEGORIES, sum } from '../core/estimate.js';
import { centsToDollars } from '../core/money.js';
import { scenarioToJson } from '../core/scenario.js';
import { rangeDollars } from './report-json.js';
import { neutralise } from './spreadsheet-safe.js';

/** The batch CSV header; documented in the README and changed only with a version bump. */
export const BATCH_CSV_HEADER = [
  'id',
  'technique',
  'clinic_range',
  'quote_low_usd',
  'quote_high_usd',
  'boosters',
  'pre_visits',
  'post_visits',
  'travel',
  'travelers',
  'nights',
  'sessions',
  'months',
  'total_low_usd',
  'total_typical_usd',
  'total_high_usd',
  ...CATEGORIES.flatMap((c) => [`${c}_low_usd`, `${c}_high_usd`]),
] as const;

/** Each category's lines summed; a category without lines is zero. */
export function categoryTotals(est: Estimate) {
  return Object.fromEntries(CATEGORIES.map((c) => [c, sum(est.lineItems.filter((l) => l.category === c).map((l) => l.amount))])) as Record<
    (typeof CATEGORIES)[number],
    ReturnType<typeof sum>
  >;
}

/** One batch result as an NDJSON object. */
export function batchJson(id: string, est: Estimate) {
  const categories = categoryTotals(est);
  return {
    id,
    scenario: scenarioToJson(est.scenario),
    total: rangeDollars(est.total),
    categories: Object.fromEntries(Object.entries(categories).map(([c, r]) => [c, rangeDollars(r)])),
  };
}

/** One batch result as CSV cells in BATCH_CSV_HEADER order. */
export function batchCsvRow(id: string, est: Estimate): (string | number)[] {
  const s = est.scenario;
  const categories = categoryTotals(est);
  const blank = (n: number | null) => (n === null ? '' : n);
  return [
    neutralise(id),
    s.technique,
    s.clinicRange,
    s.quote ? centsToDollars(s.quote.low) : '',
    s.quote ? centsToDollars(s.quote.high) : '',
    s.boosters,
    s.preVisits,
    s.postVisits,
    s.travel,
    s.travelers,
    s.nights,
    blank(s.sessions),
    blank(s.months),
    centsToDollars(est.total.low),
    est.total.typical === null ? '' : centsToDollars(est.total.typical),
    centsToDollars(est.total.high),
    ...CATEGORIES.flatMap((c) => [centsToDollars(categories[c].low), centsToDollars(categories[c].high)]),
  ];
}
