import type { Estimate } from '../core/estimate.js';
import { centsToDollars } from '../core/money.js';
import { csvRecord } from './csv-cells.js';

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
  out += csvRecord(['total', 'total', 'Total', null, null, dollars(est.total.low), dollars(est.total.typical), dollars(est.total.high), null, null, dollars(est.publishedTotal.low), dollars(est.publishedTotal.typical), dollars(est.publishedTotal.high), null, null, est.total.openHigh ? 'yes' : 'no']);
  return out;
}
