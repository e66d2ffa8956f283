import type { CostData } from '../core/data-schema.js';
import type { Amount, Estimate, LineItem } from '../core/estimate.js';
import { formatDollars, formatRange } from '../core/money.js';
import type { PhaseSessions } from '../core/outpatient-schedule.js';
import { text } from '../core/text.js';
import { renderText as t } from './render-text.js';

/** The parts every human report shares (table, Markdown, HTML), as plain strings; each renderer only lays them out. */

/** "Ketamine infusion cost estimate, in May 2026 dollars". */
export function title(est: Estimate): string {
  return `${t.title}, ${est.prices.basis === 'today' ? t.inTodaysDollars(text.month(est.prices.month)) : t.publishedAmounts}`;
}

/** The sentence saying which prices the estimate uses. */
export function pricesLine(est: Estimate): string | null {
  const y = est.prices.years;
  if (!y) return null;
  return est.prices.basis === 'today' ? t.pricesToday(text.month(est.prices.month), est.prices.index, y.from, y.to) : t.pricesPublished(y.from, y.to);
}

/** Plain-words lines describing the scenario. */
export function scenarioSummary(est: Estimate, data: CostData): string[] {
  const s = est.scenario;
  const technique = data.techniques[s.technique];
  const price =
    s.clinicRange === 'quote' && s.quote
      ? t.quotePrice(formatRange(s.quote.low, s.quote.high), technique.pricing === 'per-session')
      : t.rangeParts[s.clinicRange];
  const lines = [t.technique(technique.label, technique.summary), t.clinicPrice(price)];
  if (s.sessions !== null) {
    const count = countText(s.sessions, s.sessionsHigh ?? s.sessions);
    lines.push(s.months !== null ? t.sessionsPlan(count, s.months, phaseList(est.schedule ?? [])) : t.sessions(count));
  }
  lines.push(t.boostersVisits(s.boosters, s.preVisits, s.postVisits));
  lines.push(s.travel === 'none' ? t.travelNone : t.travel(s.travel, s.travelers, s.nights));
  return lines;
}

/** "10" or "22-25". */
export function countText(low: number, high: number): string {
  return low === high ? String(low) : `${low}-${high}`;
}

/** "daily on weekdays for the first 2 weeks: 10; …" for the phases that have sessions. */
export function phaseList(phases: readonly PhaseSessions[]): string {
  return phases
    .filter((p) => p.sessionsHigh > 0)
    .map((p) => `${p.label}: ${countText(p.sessions, p.sessionsHigh)}`)
    .join('; ');
}

/** An amount for a table cell: "-" when unknown, "$88,712+" when the source leaves the top open. */
export function moneyCell(cents: number | null, open = false): string {
  if (cents === null) return '-';
  return open ? t.openCell(formatDollars(cents)) : formatDollars(cents);
}

/** "$14,139–$88,712 or more". */
export function amountText(a: Amount): string {
  const range = formatRange(a.low, a.high);
  return a.openHigh ? t.orMore(range) : range;
}

/** The sentence giving the total. */
export function totalLine(est: Estimate): string {
  return t.estimatedTotal(amountText(est.total), est.total.typical === null ? null : formatDollars(est.total.typical));
}

export interface ItemRow {
  item: string;
  qty: string;
  low: string;
  typical: string;
  high: string;
}

/** One row per line item, with source footnote markers, then nothing else: the total row is separate. */
export function itemRows(est: Estimate, notes: SourceNotes): ItemRow[] {
  return est.lineItems.map((l) => ({
    item: `${l.label}${notes.marker(l)}`,
    qty: countText(l.quantity, l.quantityHigh),
    low: moneyCell(l.amount.low),
    typical: moneyCell(l.amount.typical),
    high: moneyCell(l.amount.high, l.amount.openHigh),
  }));
}

const ALL_COLUMNS = ['item', 'qty', 'low', 'typical', 'high'] as const;
export type ItemColumn = (typeof ALL_COLUMNS)[number];

/** The item table's columns: Typical only where a line or the total has a typical value, as a column blank on every row says nothing. */
export function itemColumns(est: Estimate): ItemColumn[] {
  const typical = est.total.typical !== null || est.lineItems.some((l) => l.amount.typical !== null);
  return ALL_COLUMNS.filter((c) => typical || c !== 'typical');
}

/** A column's heading, in the run's language. */
export function columnHeading(c: ItemColumn): string {
  return t.columns[ALL_COLUMNS.indexOf(c)]!;
}

export function totalRow(est: Estimate): ItemRow {
  return { item: t.total, qty: '', low: moneyCell(est.total.low), typical: moneyCell(est.total.typical), high: moneyCell(est.total.high, est.total.openHigh) };
}

export interface SourceNotes {
  /** source id -> footnote number, in order of first use */
  numbers: Map<string, number>;
  /** "[1,2]" markers (plus "*" for assumptions) for a line */
  marker(line: LineItem): string;
}

/** Numbers the sources the estimate's lines cite, for footnotes. */
export function sourceNotes(est: Estimate): SourceNotes {
  const numbers = new Map<string, number>();
  for (const line of est.lineItems) for (const id of line.sourceIds) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return {
    numbers,
    marker(line) {
      const refs = line.sourceIds.map((id) => numbers.get(id)).join(',');
      return `${refs ? ` [${refs}]` : ''}${line.basis === 'assumption' ? ' *' : ''}${line.basis === 'quote' ? t.quoteMarker : ''}`;
    },
  };
}

/** "[n] Title. Publisher. Figures: year." for each cited source, numbered. */
export function sourceLines(est: Estimate, data: CostData, notes: SourceNotes): { n: number; text: string }[] {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  const out: { n: number; text: string }[] = [];
  for (const [id, n] of notes.numbers) {
    const s = byId.get(id);
    if (!s) continue;
    const years = est.lineItems.filter((l) => l.sourceIds.includes(id) && l.asOf).map((l) => l.asOf!);
    const from = Math.min(...years.map((y) => y.from), s.year);
    const to = Math.max(...years.map((y) => y.to), from);
    out.push({ n, text: t.source(s.title, s.publisher, t.years(from, to)) });
  }
  return out;
}

/** "Label: rationale" for each line that is our assumption. */
export function assumptionLines(est: Estimate): string[] {
  return est.lineItems.filter((l) => l.basis === 'assumption').map((l) => t.assumption(l.label, l.note ?? ''));
}

export function footer(data: CostData): string {
  return t.footer(data.dataVersion, data.effectiveDate, data.currency);
}

/** Whether the estimate has any your-share input: without one, the report is as for self-pay. */
export function hasShareInputs(est: Estimate): boolean {
  const s = est.scenario;
  return s.insurance !== 'none' || s.hsaFsa !== null || s.agi !== null;
}

/** "Your share" rows: a label and the low to high amount (typical where known). */
export function shareRows(est: Estimate): { label: string; amount: string }[] {
  const share = est.yourShare;
  const s = est.scenario;
  const rows: (keyof typeof t.shareRows)[] = [];
  if (s.insurance !== 'none') rows.push('insurer', 'patient');
  if (s.insurance === 'out-of-network') rows.push('paidUpFront');
  if (s.insurance !== 'none') rows.push('countedTowardOopMax', 'notCounted');
  if (s.hsaFsa !== null) rows.push('hsaFsaQualified', 'hsaFsaCovered', 'leftToFind');
  if (share.medicalExpense) rows.push('medicalExpense', 'deductibleAboveThreshold');
  if (share.taxSaving) rows.push('taxSaving');
  // A typical value only where the total has one: an insurer's typical beside a patient's blank would not add up.
  const typical = est.total.typical !== null;
  return rows.map((k) => {
    const p = share[k]!;
    return {
      label: shareLabel(k, est),
      amount: `${formatRange(p.low, p.high)}${!typical || p.typical === null || p.low === p.high ? '' : ` (${formatDollars(p.typical)})`}`,
    };
  });
}

/** The words for one "Your share" figure; the tax rows name the data's own AGI floor and tax year. */
export function shareLabel(k: keyof typeof t.shareRows, est: Estimate): string {
  const label = t.shareRows[k];
  const tax = est.yourShare.tax;
  if (k === 'deductibleAboveThreshold') return t.shareRows.deductibleAboveThreshold(`${tax?.agiFloorPercent ?? ''}%`);
  if (k === 'taxSaving') return t.shareRows.taxSaving(tax?.year ?? 0);
  return label as string;
}

/** Sentences for borrowing, a deferred-interest offer, saving and lost income, as asked. */
export function payingLines(est: Estimate): string[] {
  const p = est.paying;
  const r = (x: { low: number; high: number }) => formatRange(x.low, x.high);
  const pct = (hundredths: number) => `${hundredths / 100}%`;
  const out: string[] = [];
  if (p.financing)
    out.push(t.financing(p.financing.months, pct(p.financing.apr), r(p.financing.monthlyPayment), r(p.financing.totalInterest), r(p.financing.totalPaid)));
  if (p.promotion)
    out.push(t.promotion(p.promotion.months, r(p.promotion.promoMonthlyToClear), pct(p.promotion.apr), r(p.promotion.deferredInterestIfNotCleared)));
  if (p.savings) out.push(t.savings(p.savings.months, r(p.savings.monthly)));
  if (p.lostIncome) out.push(t.lostIncome(formatDollars(p.lostIncome.patient), formatDollars(p.lostIncome.companion), formatDollars(p.lostIncome.total)));
  return out;
}

/** The month-by-month cash plan as table rows. */
export function timelineRows(est: Estimate): string[][] {
  return est.timeline.map((m) => [
    t.monthName(m.month),
    formatDollars(m.low),
    formatDollars(m.high),
    formatDollars(m.cumulativeLow),
    formatDollars(m.cumulativeHigh),
  ]);
}
