import { stringify } from 'csv-stringify/sync';
import type { Estimate } from '../core/estimate.js';
import { centsToDollars } from '../core/money.js';
import { neutralise } from './spreadsheet-safe.js';

/** The CSV header; documented in the README and changed only with a version bump. */
export const CSV_HEADER = ['item_id', 'category', 'label', 'quantity', 'unit', 'low_usd', 'typical_usd', 'high_usd', 'source_ids', 'as_of_year'] as const;

const dollars = (cents: number | null) => (cents === null ? '' : centsToDollars(cents));

/** RFC 4180 CSV: one row per line item, then a total row; numbers plain, formula-like text neutralised. */
export function renderCsv(est: Estimate): string {
  const rows: (string | number)[][] = est.lineItems.map((l) => [
    neutralise(l.id),
    neutralise(l.category),
    neutralise(l.label),
    l.quantity,
    neutralise(l.unit),
    dollars(l.amount.low),
    dollars(l.amount.typical),
    dollars(l.amount.high),
    neutralise(l.sourceIds.join(';')),
    l.asOfYear ?? '',
  ]);
  rows.push(['total', 'total', 'Total', '', '', dollars(est.total.low), dollars(est.total.typical), dollars(est.total.high), '', '']);
  return stringify([[...CSV_HEADER], ...rows], { record_delimiter: '\r\n' });
}
