import type { CostData, Figure } from './data-schema.js';
import type { Scenario } from './scenario.js';
import { clinicPrice, figureCents, publishedCents, times, type CentsRange } from './unit-price.js';
import { selectChecklist, type ChecklistEntry } from './checklist.js';
import { sessionsForMonths, type PhaseSessions } from './outpatient-schedule.js';
import { yearsOf, type PriceBasis } from './price-index.js';
import { formatDollars, formatRange } from './money.js';
import { text } from './text.js';
import { yourShare, type YourShare } from './your-share.js';
import { paying, type Paying } from './paying.js';
import { timeline, type Month } from './timeline.js';

export const CATEGORIES = ['treatment', 'boosters', 'visits', 'travel'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A range of cents that may be open at the top ("$50,000 or more"). */
export interface Amount extends CentsRange {
  openHigh: boolean;
}

export interface LineItem {
  id: string;
  category: Category;
  label: string;
  quantity: number;
  /** More than `quantity` where the plan gives a range of sessions. */
  quantityHigh: number;
  unit: string;
  /** cents per unit, on the estimate's price basis */
  unitPrice: CentsRange;
  /** cents: unitPrice times quantity (the low count for low, the high count for high) */
  amount: Amount;
  /** cents: the same line at the sources' own published prices */
  published: CentsRange;
  sourceIds: string[];
  /** The years the figure describes; null for a quote (and in a lean estimate). */
  asOf: { from: number; to: number } | null;
  basis: 'published' | 'assumption' | 'quote';
  /** What the figure includes or why it was chosen. */
  note: string | null;
}

/** The price basis of an estimate, for every output to state. */
export interface Prices {
  basis: PriceBasis;
  index: string;
  month: string;
  value: number;
  /** The earliest and latest years of the figures used (quotes aside). */
  years: { from: number; to: number } | null;
}

export interface EstimateOptions {
  prices?: PriceBasis;
  /** Where the estimate is shown: the wizard words its advice as questions, not flags. */
  door?: 'command' | 'wizard';
  /** Batch output uses no checklist, warnings, timeline, schedule, published amounts, or line labels, notes and years: skip them (the input notes stay). */
  lean?: boolean;
}

export interface Estimate {
  scenario: Scenario;
  /** Trips to the clinic priced: the given --trips or the worked-out default; 0 without travel. */
  trips: number;
  prices: Prices;
  /** Sessions per phase of the outpatient schedule, when derived from months. */
  schedule: PhaseSessions[] | null;
  lineItems: LineItem[];
  /** cents; typical is null unless every line has a typical value */
  total: Amount;
  /** cents: the total at the sources' own published prices */
  publishedTotal: CentsRange;
  /** cents: each category's lines summed; a category without lines is zero */
  categories: Record<Category, Amount>;
  checklist: ChecklistEntry[];
  /** Cautions: legal status and risks, travel left out, a quote outside the published range. */
  warnings: string[];
  /** Things to know: inputs dropped or ignored, older published figures with their value today. */
  notes: string[];
  /** What the patient pays, and how: insurance, HSA/FSA and the tax deduction. */
  yourShare: YourShare;
  /** Borrowing, a deferred-interest offer, saving, and income lost: apart from the medical total. */
  paying: Paying;
  /** When the money goes out, month by month (empty in lean estimates). */
  timeline: Month[];
}

/** Prices a normalised scenario against the data: line items, a total that is exactly their sum, the checklist, warnings and notes. */
export function estimate(scenario: Scenario, data: CostData, inputNotes: readonly string[] = [], options: EstimateOptions = {}): Estimate {
  const basis = options.prices ?? 'today';
  const technique = data.techniques[scenario.technique];
  const index = data.priceIndex;
  const lines: LineItem[] = [];
  const used: Figure[] = [];
  // The line labels each figure priced, for notes that name the lines.
  const labels = new Map<Figure, string[]>();
  const cents = (f: Figure) => figureCents(f, index, basis);
  const lean = options.lean === true;

  const add = (
    id: string,
    category: Category,
    label: string,
    quantity: number,
    figure: Figure,
    unitPrice: CentsRange,
    isQuote: boolean,
    quantityHigh = quantity,
    extra?: { note?: string; published?: CentsRange; open?: boolean },
  ) => {
    if (quantityHigh <= 0) return;
    const amount = times(unitPrice, quantity, quantityHigh) as Amount;
    amount.openHigh = !isQuote && (extra?.open ?? figure.openHigh === true);
    // Batch output shows no published amounts: a lean estimate does not work them out.
    const published = lean ? amount : times(isQuote ? unitPrice : (extra?.published ?? figureCents(figure, index, 'published')), quantity, quantityHigh);
    lines.push({
      id,
      category,
      label,
      quantity,
      quantityHigh,
      unit: figure.unit,
      unitPrice,
      amount,
      published,
      sourceIds: isQuote ? [] : figure.sourceIds,
      asOf: isQuote || lean ? null : yearsOfFigure(figure),
      basis: isQuote ? 'quote' : figure.basis,
      note: extra?.note ?? (lean ? null : isQuote ? text.quoteBasis : (figure.rationale ?? figure.note ?? null)),
    });
    if (!isQuote && !lean && !used.includes(figure)) used.push(figure);
    if (!isQuote && !lean) labels.set(figure, [...(labels.get(figure) ?? []), label]);
  };

  const isQuote = scenario.clinicRange === 'quote' && scenario.quote !== null;
  const treatmentPrice = clinicPrice(cents(technique.price), scenario.clinicRange, scenario.quote);
  // The published amounts of the same part of the range; the lower part ends at the typical value, so it is never open at the top.
  const treatment = {
    published: clinicPrice(figureCents(technique.price, index, 'published'), scenario.clinicRange, scenario.quote),
    open: technique.price.openHigh === true && (scenario.clinicRange === 'full' || scenario.clinicRange === 'upper'),
  };
  if (technique.pricing === 'course')
    add('treatment', 'treatment', lean ? '' : text.treatmentCourse(technique.label), 1, technique.price, treatmentPrice, isQuote, 1, treatment);
  else
    add(
      'treatment',
      'treatment',
      lean ? '' : text.treatmentSessions(technique.label),
      scenario.sessions ?? 0,
      technique.price,
      treatmentPrice,
      isQuote,
      scenario.sessionsHigh ?? scenario.sessions ?? 0,
      treatment,
    );

  // A booster at an outpatient clinic that quoted its infusion price costs that price; otherwise the published booster figure.
  const quotedClinic = technique.pricing === 'per-session' && isQuote;
  add('boosters', 'boosters', text.boosters, scenario.boosters, data.boosters, quotedClinic ? treatmentPrice : cents(data.boosters), quotedClinic);

  add('pre-visits', 'visits', text.preVisits, scenario.preVisits, data.visits.pre, cents(data.visits.pre), false);
  add('post-visits', 'visits', text.postVisits, scenario.postVisits, data.visits.post, cents(data.visits.post), false);

  const extras = scenario.extras ?? [];
  if (extras.includes('labs')) add('labs', 'visits', text.labs, 1, data.extras.labs, cents(data.extras.labs), false);
  if (extras.includes('psych-eval')) add('psych-eval', 'visits', text.psychEval, 1, data.extras.psychEval, cents(data.extras.psychEval), false);

  const trips = tripsOf(scenario, technique.pricing);
  if (scenario.travel !== 'none') {
    const trip = data.travel[scenario.travel];
    add('travel-transport', 'travel', lean ? '' : text.transport(scenario.travel), scenario.travelers * trips, trip.transport, cents(trip.transport), false);
    add('travel-lodging', 'travel', lean ? '' : text.lodging(scenario.travel), scenario.nights, trip.lodging, cents(trip.lodging), false);
    // Meals for each traveller on each day away (the nights, plus the last day of each trip), but not the patient's on hospital days: the hospital feeds them.
    const days = scenario.nights + trips;
    const hospital = Math.min(technique.hospitalDays, days);
    const mealDays = scenario.travelers * days - hospital;
    add('travel-meals', 'travel', lean ? '' : text.meals(scenario.travel), mealDays, trip.meals, cents(trip.meals), false, mealDays, {
      note: lean ? undefined : text.mealDays(scenario.travelers, days, hospital, mealDays),
    });
    if (scenario.travel === 'international' && extras.includes('passport'))
      add('passports', 'travel', text.passports, scenario.travelers, data.extras.passport, cents(data.extras.passport), false);
  }
  if (scenario.rideMiles !== null && scenario.rideMiles > 0) {
    // Each treatment day (a course is one ride home, at discharge) and each booster.
    const days = (technique.pricing === 'per-session' ? (scenario.sessions ?? 0) : 1) + scenario.boosters;
    const daysHigh = (technique.pricing === 'per-session' ? (scenario.sessionsHigh ?? scenario.sessions ?? 0) : 1) + scenario.boosters;
    const perDay = Math.round(scenario.rideMiles * data.extras.rideCentsPerMile);
    add(
      'rides',
      'travel',
      lean ? '' : text.rides(scenario.rideMiles),
      days,
      rideFigure(data),
      { low: perDay, typical: perDay, high: perDay },
      false,
      daysHigh,
      {
        note: lean ? undefined : text.rideNote(data.extras.rideCentsPerMile, yearsOf(data.extras.rideAsOf).to),
        published: { low: perDay, typical: perDay, high: perDay },
      },
    );
  }

  const total = sum(lines, (l) => l.amount);
  const share = yourShare(lines, scenario, data, total);
  const categories = categoryTotals(lines);
  const months = lean ? [] : timeline(lines, scenario, technique.schedule?.phases);
  return {
    scenario,
    trips: scenario.travel === 'none' ? 0 : trips,
    prices: pricesOf(used, data, basis),
    schedule: !lean && scenario.months !== null && technique.schedule ? sessionsForMonths(technique.schedule.phases, scenario.months) : null,
    lineItems: lines,
    total,
    publishedTotal: lean ? total : sum(lines, (l) => l.published),
    categories,
    checklist: lean ? [] : selectChecklist(data, scenario),
    warnings: lean ? [] : [...technique.warnings, ...computedWarnings(scenario, data, basis, options.door ?? 'command')],
    notes: lean
      ? [...inputNotes]
      : [...inputNotes, ...olderFigureNotes(used, data, basis), ...endedNotes(used, labels, data), ...planNotes(scenario, data, share, months.length - 1)],
    yourShare: share,
    paying: paying(share.leftToFind, scenario),
    timeline: months,
  };
}

/** Each category's lines summed in one pass; a category without lines is zero. */
function categoryTotals(lines: readonly LineItem[]): Record<Category, Amount> {
  const out: Record<Category, Amount> = {
    treatment: { low: 0, typical: 0, high: 0, openHigh: false },
    boosters: { low: 0, typical: 0, high: 0, openHigh: false },
    visits: { low: 0, typical: 0, high: 0, openHigh: false },
    travel: { low: 0, typical: 0, high: 0, openHigh: false },
  };
  for (const l of lines) {
    // Chosen by comparison rather than out[l.category]: a lookup by a changing key is slow over a million rows.
    const c = l.category;
    const t = c === 'treatment' ? out.treatment : c === 'boosters' ? out.boosters : c === 'visits' ? out.visits : c === 'travel' ? out.travel : unknown(c);
    t.low += l.amount.low;
    t.high += l.amount.high;
    t.typical = t.typical === null || l.amount.typical === null ? null : t.typical + l.amount.typical;
    t.openHigh ||= l.amount.openHigh;
  }
  return out;
}

/** A category the sums above do not know: a compile-time error when one is added to CATEGORIES. */
function unknown(category: never): never {
  throw new Error(`no sum for the category ${String(category)}`);
}

const figureYears = new WeakMap<Figure, { from: number; to: number }>();
/** A figure's years, worked out once per figure: batch prices many rows from the same figures. */
function yearsOfFigure(figure: Figure): { from: number; to: number } {
  let years = figureYears.get(figure);
  if (!years) figureYears.set(figure, (years = yearsOf(figure.asOf)));
  return years;
}

/** Sums ranges (or the range `pick` takes from each item); typical only when every part has one; open at the top when any part is. */
export function sum<T = CentsRange & { openHigh?: boolean }>(
  items: readonly T[],
  pick: (item: T) => CentsRange & { openHigh?: boolean } = (x) => x as CentsRange,
): Amount {
  let low = 0;
  let high = 0;
  let typical: number | null = 0;
  let openHigh = false;
  for (const item of items) {
    const r = pick(item);
    low += r.low;
    high += r.high;
    typical = typical === null || r.typical === null ? null : typical + r.typical;
    openHigh ||= r.openHigh === true;
  }
  return { low, typical, high, openHigh };
}

function pricesOf(used: readonly Figure[], data: CostData, basis: PriceBasis): Prices {
  const years = used.map((f) => yearsOf(f.asOf));
  return {
    basis,
    index: data.priceIndex.name,
    month: data.priceIndex.latestMonth,
    value: data.priceIndex.latestIndex,
    years: years.length === 0 ? null : { from: Math.min(...years.map((y) => y.from)), to: Math.max(...years.map((y) => y.to)) },
  };
}

function computedWarnings(scenario: Scenario, data: CostData, basis: PriceBasis, door: 'command' | 'wizard'): string[] {
  const warnings: string[] = [];
  const technique = data.techniques[scenario.technique];
  if (scenario.quote && scenario.clinicRange === 'quote') {
    const range = figureCents(technique.price, data.priceIndex, basis);
    const quoteText = formatRange(scenario.quote.low, scenario.quote.high);
    if (scenario.quote.high < range.low) warnings.push(text.quoteOutside(quoteText, range.low, range.high, true));
    else if (scenario.quote.low > range.high) warnings.push(text.quoteOutside(quoteText, range.low, range.high, false));
  } else warnings.push(door === 'wizard' ? text.getQuoteQuestion : text.getQuoteFlag);
  if (technique.pricing === 'per-session' && scenario.travel !== 'none') warnings.push(text.outpatientTravel(scenario.nights));
  if (technique.defaults.travel !== 'none' && scenario.travel === 'none') warnings.push(text.travelOmitted);
  return warnings;
}

/** Trips to the clinic: the given --trips, or one for the treatment plus, for outpatient, one per booster. */
export function tripsOf(scenario: Pick<Scenario, 'trips' | 'boosters'>, pricing: 'course' | 'per-session'): number {
  return scenario.trips ?? 1 + (pricing === 'per-session' ? scenario.boosters : 0);
}

/** The ride figure: a rate per mile, not a price range; it stands in for the line's sources and date. */
function rideFigure(data: CostData): Figure {
  const e = data.extras;
  let f = rideFigures.get(e);
  if (!f) {
    f = { low: 0, high: 0, unit: text.rideUnit, sourceIds: e.rideSourceIds, asOf: e.rideAsOf, basis: 'published' } as Figure;
    rideFigures.set(e, f);
  }
  return f;
}
const rideFigures = new WeakMap<object, Figure>();

/** Notes for figures whose period has ended before the data's effective date (a fiscal year's per diem, a year's average fare). */
function endedNotes(used: readonly Figure[], labels: ReadonlyMap<Figure, string[]>, data: CostData): string[] {
  // Lines of one source and one end date share a note.
  const groups = new Map<string, { ends: string; source: string; lines: string[] }>();
  for (const figure of used) {
    if (figure.periodEnds === undefined || figure.periodEnds >= data.effectiveDate) continue;
    const source = figure.sourceIds.map((id) => data.sources.find((s) => s.id === id)?.publisher ?? id).join('; ');
    const key = `${figure.periodEnds}\n${source}`;
    const group = groups.get(key) ?? { ends: figure.periodEnds, source, lines: [] };
    group.lines.push(...(labels.get(figure) ?? []));
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => text.periodEnded(g.lines.join('; '), g.ends, g.source));
}

/** Notes for the planning inputs: self-pay assumed, trips, HSA/FSA limits and what they pay, one plan year, the tax basis, card APRs, leave under FMLA. */
function planNotes(scenario: Scenario, data: CostData, share: YourShare, planMonths: number): string[] {
  const notes: string[] = [];
  if (scenario.insurance === 'none') notes.push(text.selfPay);
  const tax = data.tax;
  if (scenario.hsaFsa !== null) {
    const fsa = Math.round(tax.fsaLimit * 100);
    if (scenario.hsaFsa > fsa) notes.push(text.fsaAboveLimit(formatDollars(fsa), formatDollars(Math.round(tax.fsaCarryover * 100)), tax.year));
    const q = share.hsaFsaQualified;
    // Said where the account could pay more than it may: the rest of the share is not qualified.
    if (q !== null && share.patient.high > q.high && scenario.hsaFsa > q.low)
      notes.push(text.hsaNotQualified(formatRange(share.patient.low - q.low, share.patient.high - q.high)));
  }
  if (planMonths > 1 && (scenario.insurance !== 'none' || scenario.agi !== null)) notes.push(text.oneYear(planMonths, `${data.tax.agiThresholdPercent}%`));
  if (scenario.agi !== null)
    notes.push(text.taxBasis(tax.year, text.filingNames[scenario.filing ?? 'single'] ?? '', scenario.taxRate === null ? null : `${scenario.taxRate / 100}%`));
  if (scenario.promoMonths !== null || scenario.financeMonths !== null) {
    const p = data.paying;
    const y = yearsOf(p.aprAsOf);
    notes.push(
      text.careCreditApr(
        `${p.medicalCardAprPercent}%`,
        y.from === y.to ? String(y.to) : `${y.from}-${y.to}`,
        `${p.careCreditAprPercent}%`,
        yearsOf(p.careCreditAsOf).to,
      ),
    );
  }
  if (scenario.workDays !== null || scenario.companionWorkDays !== null) {
    const f = data.paying.fmla;
    notes.push(text.fmla(f.weeks, f.monthsWithEmployer, f.hoursWorked, f.employeesWithin75Miles));
  }
  return notes;
}

/** Older published figures for the figures used, with their value on the estimate's basis, so a person sees the spread of sources. */
function olderFigureNotes(used: readonly Figure[], data: CostData, basis: PriceBasis): string[] {
  const notes: string[] = [];
  for (const figure of used)
    for (const older of figure.older ?? []) {
      const published = publishedCents(older);
      const today = figureCents(older, data.priceIndex, 'today');
      const source = older.sourceIds.map((id) => data.sources.find((s) => s.id === id)?.publisher.split(' ')[0] ?? id).join(', ');
      const { from, to } = yearsOf(older.asOf);
      notes.push(
        text.olderFigure(
          figure.unit,
          formatRange(published.low, published.high),
          source,
          from,
          to,
          formatRange(today.low, today.high),
          text.month(data.priceIndex.latestMonth),
          basis,
          to < yearsOf(figure.asOf).from,
        ),
      );
    }
  return notes;
}
