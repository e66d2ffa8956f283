import type { Estimate } from '../core/estimate.js';
import { CATEGORIES } from '../core/estimate.js';
import { centsToDollars } from '../core/money.js';
import { scenarioToJson } from '../core/scenario.js';
import { payingJson, rangeDollars, shareJson } from './report-json.js';

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
  'sessions_high',
  'prices_basis',
  'prices_month',
  'total_open_high',
  'insurance',
  'insurer_low_usd',
  'insurer_high_usd',
  'patient_low_usd',
  'patient_high_usd',
  'left_to_find_low_usd',
  'left_to_find_high_usd',
  'tax_saving_low_usd',
  'tax_saving_high_usd',
  'monthly_payment_low_usd',
  'monthly_payment_high_usd',
  'savings_monthly_low_usd',
  'savings_monthly_high_usd',
  'lost_income_usd',
] as const;

/** One batch result as an NDJSON object. */
export function batchJson(id: string, est: Estimate) {
  return {
    id,
    prices: { basis: est.prices.basis, index: est.prices.index, month: est.prices.month, value: est.prices.value },
    scenario: scenarioToJson(est.scenario),
    total: { ...rangeDollars(est.total), openHigh: est.total.openHigh },
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, rangeDollars(est.categories[c])])),
    yourShare: shareJson(est),
    ...payingJson(est),
  };
}

/** One batch result as CSV cells in BATCH_CSV_HEADER order; text cells are made safe by the CSV writer. */
export function batchCsvRow(id: string, est: Estimate): (string | number | null)[] {
  const s = est.scenario;
  const d = centsToDollars;
  return [
    id,
    s.technique,
    s.clinicRange,
    s.quote ? d(s.quote.low) : null,
    s.quote ? d(s.quote.high) : null,
    s.boosters,
    s.preVisits,
    s.postVisits,
    s.travel,
    s.travelers,
    s.nights,
    s.sessions,
    s.months,
    d(est.total.low),
    est.total.typical === null ? null : d(est.total.typical),
    d(est.total.high),
    ...CATEGORIES.flatMap((c) => [d(est.categories[c].low), d(est.categories[c].high)]),
    s.sessionsHigh,
    est.prices.basis,
    est.prices.month,
    est.total.openHigh ? 'yes' : 'no',
    s.insurance,
    d(est.yourShare.insurer.low),
    d(est.yourShare.insurer.high),
    d(est.yourShare.patient.low),
    d(est.yourShare.patient.high),
    d(est.yourShare.leftToFind.low),
    d(est.yourShare.leftToFind.high),
    est.yourShare.taxSaving ? d(est.yourShare.taxSaving.low) : null,
    est.yourShare.taxSaving ? d(est.yourShare.taxSaving.high) : null,
    est.paying.financing ? d(est.paying.financing.monthlyPayment.low) : null,
    est.paying.financing ? d(est.paying.financing.monthlyPayment.high) : null,
    est.paying.savings ? d(est.paying.savings.monthly.low) : null,
    est.paying.savings ? d(est.paying.savings.monthly.high) : null,
    est.paying.lostIncome ? d(est.paying.lostIncome.total) : null,
  ];
}
