import type { Estimate } from '../core/estimate.js';
import { centsToDollars } from '../core/money.js';
import { csvRecord } from './csv-cells.js';
import { hasShareInputs, shareLabel } from './report-parts.js';
import { renderText } from './render-text.js';

/** The CSV header; documented in the README and changed only with a version bump. Columns are only ever added at the end. */
export const CSV_HEADER = [
  'item_id',
  'category',
  'label',
  'quantity',
  'unit',
  'low_usd',
  'typical_usd',
  'high_usd',
  'source_ids',
  'as_of_year',
  'published_low_usd',
  'published_typical_usd',
  'published_high_usd',
  'quantity_high',
  'as_of_from',
  'open_high',
] as const;

const dollars = (cents: number | null) => (cents === null ? null : centsToDollars(cents));

/** RFC 4180 CSV: one row per line item, then a total row; numbers plain, text cells quoted and formula-safe. */
export function renderCsv(est: Estimate): string {
  let out = csvRecord(CSV_HEADER);
  for (const l of est.lineItems)
    out += csvRecord([
      l.id,
      l.category,
      l.label,
      l.quantity,
      l.unit,
      dollars(l.amount.low),
      dollars(l.amount.typical),
      dollars(l.amount.high),
      l.sourceIds.join(';'),
      l.asOf?.to ?? null,
      dollars(l.published.low),
      dollars(l.published.typical),
      dollars(l.published.high),
      l.quantityHigh,
      l.asOf?.from ?? null,
      l.amount.openHigh ? 'yes' : 'no',
    ]);
  out += csvRecord([
    'total',
    'total',
    renderText.total,
    null,
    null,
    dollars(est.total.low),
    dollars(est.total.typical),
    dollars(est.total.high),
    null,
    null,
    dollars(est.publishedTotal.low),
    dollars(est.publishedTotal.typical),
    dollars(est.publishedTotal.high),
    null,
    null,
    est.total.openHigh ? 'yes' : 'no',
  ]);
  return out + extraRows(est);
}

/** With your-share or paying inputs, one row each after the total (category `your-share` or `paying`); none otherwise. */
function extraRows(est: Estimate): string {
  let out = '';
  const row = (id: string, category: string, label: string, p: { low: number; typical?: number | null; high: number }) =>
    csvRecord([id, category, label, null, null, dollars(p.low), dollars(p.typical ?? null), dollars(p.high), null, null, null, null, null, null, null, null]);
  if (hasShareInputs(est)) {
    const y = est.yourShare as unknown as Record<string, { low: number; typical: number | null; high: number } | null>;
    for (const key of [
      'insurer',
      'patient',
      'paidUpFront',
      'countedTowardOopMax',
      'notCounted',
      'hsaFsaQualified',
      'hsaFsaCovered',
      'leftToFind',
      'medicalExpense',
      'deductibleAboveThreshold',
      'taxSaving',
    ] as const) {
      const p = y[key];
      if (p) out += row(`share-${key}`, 'your-share', shareLabel(key, est), p);
    }
  }
  const { financing: f, promotion: pr, savings: s, lostIncome: l } = est.paying;
  if (f)
    out +=
      row('financing-monthly-payment', 'paying', renderText.paying, f.monthlyPayment) +
      row('financing-total-interest', 'paying', renderText.paying, f.totalInterest);
  if (pr)
    out +=
      row('promo-monthly-to-clear', 'paying', renderText.paying, pr.promoMonthlyToClear) +
      row('promo-deferred-interest', 'paying', renderText.paying, pr.deferredInterestIfNotCleared);
  if (s) out += row('savings-monthly', 'paying', renderText.paying, s.monthly);
  if (l) out += row('lost-income', 'paying', renderText.paying, { low: l.total, high: l.total });
  return out;
}

/** The month-by-month cash plan as CSV (with --timeline): one row per month. */
export const TIMELINE_HEADER = ['month', 'low_usd', 'high_usd', 'cumulative_low_usd', 'cumulative_high_usd', 'item_ids'] as const;

export function renderTimelineCsv(est: Estimate): string {
  let out = csvRecord(TIMELINE_HEADER);
  for (const m of est.timeline)
    out += csvRecord([m.month, dollars(m.low), dollars(m.high), dollars(m.cumulativeLow), dollars(m.cumulativeHigh), m.items.map((i) => i.id).join(';')]);
  return out;
}
