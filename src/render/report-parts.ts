import type { CostData } from '../core/data-schema.js';
import type { Amount, Estimate, LineItem } from '../core/estimate.js';
import { formatDollars, formatRange } from '../core/money.js';
import type { PhaseSessions } from '../core/outpatient-schedule.js';
import { text } from '../core/text.js';
import { renderText as t } from './render-text.js';
import { SCENARIO_FIELDS, type FieldName, type ScenarioField } from '../core/scenario-fields.js';
import { timelineShare } from '../core/timeline-share.js';
import { fieldLabels, type DerivedField, type FieldGroup } from '../commands/field-labels.js';

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

/** Plain-words lines describing the scenario; `brief`: only the technique and the sessions (the answers list the rest). */
export function scenarioSummary(est: Estimate, data: CostData, opts: { brief?: boolean } = {}): string[] {
  const s = est.scenario;
  const technique = data.techniques[s.technique];
  const price =
    s.clinicRange === 'quote' && s.quote
      ? t.quotePrice(formatRange(s.quote.low, s.quote.high), technique.pricing === 'per-session')
      : t.rangeParts[s.clinicRange];
  const lines = [t.technique(technique.label, technique.summary)];
  if (!opts.brief) lines.push(t.clinicPrice(price));
  if (s.sessions !== null && (!opts.brief || s.months !== null)) {
    const count = countText(s.sessions, s.sessionsHigh ?? s.sessions);
    lines.push(s.months !== null ? t.sessionsPlan(count, s.months, phaseList(est.schedule ?? [])) : t.sessions(count));
  }
  if (opts.brief) return lines;
  lines.push(t.boostersVisits(s.boosters, s.preVisits, s.postVisits));
  lines.push(s.travel === 'none' ? t.travelNone : t.travel(s.travel, s.travelers, s.nights, est.trips));
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

/** "Label (years): rationale" for each line that is our assumption. */
export function assumptionLines(est: Estimate): string[] {
  return est.lineItems.filter((l) => l.basis === 'assumption').map((l) => t.assumption(l.label, l.asOf ? t.years(l.asOf.from, l.asOf.to) : '', l.note ?? ''));
}

/** One group of answers: its heading and each field's label and value; `given` is false when none of its fields was given. */
export interface AnswerGroup {
  name: string;
  given: boolean;
  rows: { label: string; value: string }[];
}

/**
 * Every answer the figures depend on, read from the one table of scenario fields and grouped as it
 * groups them, each with its normalised value (defaults applied), and the price basis first: a new
 * field shows here without any change to the reports. A group where nothing was given is one row.
 */
export function answerGroups(est: Estimate, data: CostData): AnswerGroup[] {
  const L = fieldLabels();
  const s = est.scenario as unknown as Record<string, unknown>;
  const perSession = data.techniques[est.scenario.technique].pricing === 'per-session';
  const groups = new Map<FieldGroup, AnswerGroup>();
  const group = (g: FieldGroup) => {
    let out = groups.get(g);
    if (!out) groups.set(g, (out = { name: L.groups[g], given: g === 'plan', rows: [] }));
    return out;
  };
  const y = est.prices.years;
  const years = y ? t.years(y.from, y.to) : '';
  group('plan').rows.push({
    label: t.pricesLabel,
    value: est.prices.basis === 'today' ? t.pricesValue(text.month(est.prices.month), est.prices.index, years) : t.pricesPublishedValue(years),
  });
  for (const f of SCENARIO_FIELDS as readonly ScenarioField[]) {
    if (f.derived) continue;
    const name = f.name as Exclude<FieldName, DerivedField>;
    const g = group(f.group ?? 'plan');
    // Trips not given are worked out (one, plus one per outpatient booster): the count priced is shown.
    const value = f.name === 'trips' && s.trips === null && est.trips > 0 ? est.trips : s[f.name];
    if (value === null || value === undefined) {
      if (f.group !== undefined) g.rows.push({ label: L.fields[name], value: L.notGiven });
      continue;
    }
    // A choice of "none" (self-pay) gives nothing more: the group is as if not given.
    if (!(f.kind === 'choice' && value === 'none' && f.group !== undefined)) g.given = true;
    g.rows.push({ label: L.fields[name], value: answerValue(f.kind, name, value, est, data, perSession) });
  }
  // A group where nothing was given is one row: its choice ("Insurance: none"), or the group not given.
  return [...groups.values()].map((g) => {
    if (g.given) return g;
    const rows = g.rows.filter((r) => r.value !== L.notGiven);
    return { ...g, rows: rows.length > 0 ? rows : [{ label: g.name, value: L.notGiven }] };
  });
}

function answerValue(kind: string, name: string, value: unknown, est: Estimate, data: CostData, perSession: boolean): string {
  const L = fieldLabels();
  const word = (v: string) => L.values[`${name}:${v}`] ?? L.values[v] ?? v;
  switch (kind) {
    case 'choice':
      return name === 'technique' ? data.techniques[value as keyof CostData['techniques']].label : word(value as string);
    case 'quote': {
      const q = value as { low: number; high: number };
      return `${formatRange(q.low, q.high)} ${perSession ? L.perInfusionDay : L.perCourse}`;
    }
    case 'amount':
      return formatDollars(value as number);
    case 'percent':
      return `${(value as number) / 100}%`;
    case 'list':
      return (value as string[]).map(word).join(', ');
    default:
      // A count; sessions are shown as the range the plan gives (its derived high end beside it).
      return name === 'sessions' ? countText(value as number, est.scenario.sessionsHigh ?? (value as number)) : String(value);
  }
}

/** "Prepared on 2026-11-28 with ketamine-cost 0.4.1, data 2026.11.2." */
export function preparedLine(meta: ReportMeta, data: CostData): string {
  return t.prepared(meta.preparedOn, meta.tool.name, meta.tool.version, data.dataVersion);
}

/** What a report to keep says about itself: the day it was made and the tool that made it. */
export interface ReportMeta {
  /** YYYY-MM-DD, read from the clock by the command. */
  preparedOn: string;
  tool: { name: string; version: string };
}

/** The month-by-month plan of who pays, as table rows: month, you pay, your plan pays, you so far. */
export function shareTimelineRows(est: Estimate, data: CostData): string[][] {
  return timelineShare(est, data).map((m) => [
    t.monthName(m.month),
    formatRange(m.patient.low, m.patient.high),
    formatRange(m.insurer.low, m.insurer.high),
    formatRange(m.cumulativePatient.low, m.cumulativePatient.high),
  ]);
}

/** Whether the month-by-month plan shows who pays: with insurance (HSA money and taxes do not split a month). */
export function showsShareTimeline(est: Estimate): boolean {
  return est.scenario.insurance !== 'none';
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
