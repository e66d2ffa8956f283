import type { Estimate } from '../core/estimate.js';
import { CATEGORIES } from '../core/estimate.js';
import { centsToDollars } from '../core/money.js';
import { givesPlan, PLAN_FIELDS, planValueToJson, type Scenario } from '../core/scenario.js';
import type { Points } from '../core/your-share.js';
import type { CentsRange } from '../core/unit-price.js';
import { payingJson, shareJson } from './report-json.js';

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

// A batch NDJSON row is written field by field rather than built as an object for JSON.stringify:
// the same text (test/render/batch-row.test.ts holds it to JSON.stringify of the estimate JSON's
// own parts), several times faster over a million rows.
const d = (cents: number) => String(centsToDollars(cents));
const q = JSON.stringify;
const range = (r: Points | CentsRange) => `{"low":${d(r.low)},"typical":${r.typical === null ? 'null' : d(r.typical)},"high":${d(r.high)}}`;
const rangeOrNull = (r: Points | null) => (r === null ? 'null' : range(r));
const PLAN_KEYS = PLAN_FIELDS.map((k) => `,${q(k)}:`);
const NO_PAYING = '"financing":null,"savings":null,"lostIncome":null';

let lastPrices: Estimate['prices'] | null = null;
let lastPricesJson = '';
/** The prices object, the same for every row of a run: written once. */
function pricesJson(p: Estimate['prices']): string {
  if (lastPrices === null || p.basis !== lastPrices.basis || p.index !== lastPrices.index || p.month !== lastPrices.month || p.value !== lastPrices.value) {
    lastPrices = p;
    lastPricesJson = q({ basis: p.basis, index: p.index, month: p.month, value: p.value });
  }
  return lastPricesJson;
}

/** The planning fields, from `,"coinsurance":` to the scenario's closing brace; the same text for every row that gives none. */
function planJson(s: Scenario): string {
  let out = '';
  for (let i = 0; i < PLAN_FIELDS.length; i++) {
    const v = planValueToJson(PLAN_FIELDS[i]!, s[PLAN_FIELDS[i]!]);
    out += PLAN_KEYS[i] + (v === null ? 'null' : typeof v === 'number' ? String(v) : q(v));
  }
  return `${out}}`;
}
const NO_PLAN_JSON = planJson(Object.fromEntries(PLAN_FIELDS.map((k) => [k, null])) as unknown as Scenario);

/** The scenario as scenarioToJson gives it. */
function scenarioJson(s: Scenario): string {
  return (
    `{"technique":${q(s.technique)},"clinicRange":${q(s.clinicRange)},"quote":${s.quote ? `{"low":${d(s.quote.low)},"high":${d(s.quote.high)}}` : 'null'}` +
    `,"boosters":${s.boosters},"preVisits":${s.preVisits},"postVisits":${s.postVisits},"travel":${q(s.travel)},"travelers":${s.travelers},"nights":${s.nights}` +
    `,"sessions":${s.sessions},"sessionsHigh":${s.sessionsHigh},"months":${s.months},"insurance":${q(s.insurance)}` +
    (s.insurance === 'none' && !givesPlan(s) ? NO_PLAN_JSON : planJson(s))
  );
}

/** One batch result as an NDJSON line (without its line end): id, prices, scenario, total, categories, yourShare and the paying plan. */
export function batchJsonLine(id: string, est: Estimate): string {
  const t = est.total;
  const c = est.categories;
  const y = est.yourShare;
  const p = est.paying;
  // Self-pay shares one range for what the patient pays and one for what others pay: written once each.
  const patient = range(y.patient);
  const insurer = range(y.insurer);
  const same = (r: Points) => (r === y.patient ? patient : r === y.insurer ? insurer : range(r));
  const paying = p.financing === null && p.promotion === null && p.savings === null && p.lostIncome === null ? NO_PAYING : q(payingJson(est)).slice(1, -1);
  return (
    `{"id":${q(id)},"prices":${pricesJson(est.prices)},"scenario":${scenarioJson(est.scenario)}` +
    `,"total":{"low":${d(t.low)},"typical":${t.typical === null ? 'null' : d(t.typical)},"high":${d(t.high)},"openHigh":${t.openHigh}}` +
    `,"categories":{"treatment":${range(c.treatment)},"boosters":${range(c.boosters)},"visits":${range(c.visits)},"travel":${range(c.travel)}}` +
    `,"yourShare":{"insurer":${insurer},"patient":${patient},"paidUpFront":${same(y.paidUpFront)}` +
    `,"countedTowardOopMax":${same(y.countedTowardOopMax)},"notCounted":${same(y.notCounted)},"hsaFsaQualified":${y.hsaFsaQualified === null ? 'null' : same(y.hsaFsaQualified)},"hsaFsaCovered":${same(y.hsaFsaCovered)}` +
    `,"leftToFind":${same(y.leftToFind)},"medicalExpense":${rangeOrNull(y.medicalExpense)}` +
    `,"deductibleAboveThreshold":${rangeOrNull(y.deductibleAboveThreshold)},"taxSaving":${rangeOrNull(y.taxSaving)},"tax":${y.tax === null ? 'null' : q(shareJson(est).tax)}},${paying}}`
  );
}

/** One batch result as CSV cells in BATCH_CSV_HEADER order; text cells are made safe by the CSV writer. */
export function batchCsvRow(id: string, est: Estimate): (string | number | null)[] {
  const s = est.scenario;
  const d = centsToDollars;
  const cells: (string | number | null)[] = [
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
  ];
  for (const c of CATEGORIES) cells.push(d(est.categories[c].low), d(est.categories[c].high));
  cells.push(
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
  );
  return cells;
}
