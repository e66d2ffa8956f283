import type { CostData, Figure } from './data-schema.js';
import type { Scenario } from './scenario.js';
import { clinicPrice, figureCents, times, type CentsRange } from './unit-price.js';
import { selectChecklist, type ChecklistEntry } from './checklist.js';
import { sessionsForMonths, type PhaseSessions } from './outpatient-schedule.js';
import { restate } from './price-index.js';
import { formatRange } from './money.js';
import { text } from './text.js';

export const CATEGORIES = ['treatment', 'boosters', 'visits', 'travel'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LineItem {
  id: string;
  category: Category;
  label: string;
  quantity: number;
  unit: string;
  /** cents per unit */
  unitPrice: CentsRange;
  /** cents: unitPrice times quantity */
  amount: CentsRange;
  sourceIds: string[];
  asOfYear: number | null;
  basis: 'published' | 'assumption' | 'quote';
  /** What the figure includes or why it was chosen. */
  note: string | null;
}

export interface Estimate {
  scenario: Scenario;
  /** Sessions per phase of the outpatient schedule, when derived from months. */
  schedule: PhaseSessions[] | null;
  lineItems: LineItem[];
  /** cents; typical is null unless every line has a typical value */
  total: CentsRange;
  /** cents: each category's lines summed; a category without lines is zero */
  categories: Record<Category, CentsRange>;
  checklist: ChecklistEntry[];
  warnings: string[];
}

// Published prices this many years older than the price index's latest month get a restated range.
const RESTATE_AFTER_YEARS = 3;

/** Prices a normalised scenario against the data: line items, a total that is exactly their sum, the checklist and warnings. */
export function estimate(scenario: Scenario, data: CostData, notes: readonly string[] = []): Estimate {
  const technique = data.techniques[scenario.technique];
  const outpatient = data.techniques.outpatient;
  const lines: LineItem[] = [];
  const figures = new Map<LineItem, Figure>();

  const add = (id: string, category: Category, label: string, quantity: number, figure: Figure, unitPrice: CentsRange, isQuote: boolean) => {
    if (quantity <= 0) return;
    const line: LineItem = {
      id,
      category,
      label,
      quantity,
      unit: figure.unit,
      unitPrice,
      amount: times(unitPrice, quantity),
      sourceIds: isQuote ? [] : figure.sourceIds,
      asOfYear: isQuote ? null : figure.asOfYear,
      basis: isQuote ? 'quote' : figure.basis,
      note: isQuote ? text.quoteBasis : (figure.rationale ?? figure.note ?? null),
    };
    lines.push(line);
    if (!isQuote) figures.set(line, figure);
  };

  const isQuote = scenario.clinicRange === 'quote' && scenario.quote !== null;
  const treatmentPrice = clinicPrice(technique.price, scenario.clinicRange, scenario.quote);
  if (technique.pricing === 'course') {
    add('treatment', 'treatment', text.treatmentCourse(technique.label), 1, technique.price, treatmentPrice, isQuote);
  } else {
    add('treatment', 'treatment', text.treatmentSessions(technique.label), scenario.sessions ?? 0, technique.price, treatmentPrice, isQuote);
  }

  // A booster is one more outpatient infusion day; at an outpatient clinic, at that clinic's own price.
  const sameClinic = technique.pricing === 'per-session';
  const boosterPrice = sameClinic ? treatmentPrice : figureCents(outpatient.price);
  add('boosters', 'boosters', text.boosters, scenario.boosters, outpatient.price, boosterPrice, sameClinic && isQuote);

  add('pre-visits', 'visits', text.preVisits, scenario.preVisits, data.visits.pre, figureCents(data.visits.pre), false);
  add('post-visits', 'visits', text.postVisits, scenario.postVisits, data.visits.post, figureCents(data.visits.post), false);

  if (scenario.travel !== 'none') {
    const trip = data.travel[scenario.travel];
    add('travel-transport', 'travel', text.transport(scenario.travel), scenario.travelers, trip.transport, figureCents(trip.transport), false);
    add('travel-lodging', 'travel', text.lodging(scenario.travel), scenario.nights, trip.lodging, figureCents(trip.lodging), false);
    // Meals for each traveller on each day away: nights + 1 days.
    add('travel-meals', 'travel', text.meals(scenario.travel), scenario.travelers * (scenario.nights + 1), trip.meals, figureCents(trip.meals), false);
  }

  const total = sum(lines.map((l) => l.amount));
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, sum(lines.filter((l) => l.category === c).map((l) => l.amount))])) as Record<Category, CentsRange>;
  return {
    scenario,
    schedule: scenario.months !== null && technique.schedule ? sessionsForMonths(technique.schedule.phases, scenario.months) : null,
    lineItems: lines,
    total,
    categories,
    checklist: selectChecklist(data.checklist, scenario),
    warnings: [...technique.warnings, ...notes, ...computedWarnings(scenario, data, lines, figures)],
  };
}

/** Sums ranges; typical only when every part has one. */
export function sum(ranges: readonly CentsRange[]): CentsRange {
  let low = 0;
  let high = 0;
  let typical: number | null = 0;
  for (const r of ranges) {
    low += r.low;
    high += r.high;
    typical = typical === null || r.typical === null ? null : typical + r.typical;
  }
  return { low, typical, high };
}

function computedWarnings(scenario: Scenario, data: CostData, lines: LineItem[], figures: Map<LineItem, Figure>): string[] {
  const warnings: string[] = [];
  const technique = data.techniques[scenario.technique];
  if (scenario.quote && scenario.clinicRange === 'quote') {
    const published = figureCents(technique.price);
    const quoteText = formatRange(scenario.quote.low, scenario.quote.high);
    if (scenario.quote.high < published.low) warnings.push(text.quoteOutside(quoteText, published.low, published.high, true));
    else if (scenario.quote.low > published.high) warnings.push(text.quoteOutside(quoteText, published.low, published.high, false));
  }
  const latestYear = Number(data.priceIndex.latestMonth.slice(0, 4));
  const seen = new Set<Figure>();
  for (const line of lines) {
    const figure = figures.get(line);
    if (!figure || seen.has(figure) || figure.basis !== 'published' || latestYear - figure.asOfYear < RESTATE_AFTER_YEARS) continue;
    seen.add(figure);
    const now = restate(data.priceIndex, figure.asOfYear, line.unitPrice.low, line.unitPrice.high);
    if (now)
      warnings.push(text.inflation(line.label, figure.asOfYear, line.unitPrice.low, line.unitPrice.high, line.unit, text.month(now.month), now.low, now.high));
  }
  if (technique.pricing === 'per-session' && scenario.travel !== 'none') warnings.push(text.outpatientTravel(scenario.nights));
  if (technique.defaults.travel !== 'none' && scenario.travel === 'none') warnings.push(text.travelOmitted);
  return warnings;
}
