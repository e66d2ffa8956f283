import type { CostData } from './data-schema.js';
import type { ClinicRange, Coverable, Extra, FilingStatus, InsuranceKind, TechniqueId, TravelKind } from './ids.js';
import { field, type ScenarioField } from './scenario-fields.js';
import { MAX_PLAN_MONTHS, maxPlanSessions, sessionsForMonths, totalSessions, type PhaseSessions } from './outpatient-schedule.js';
import { parseQuote, quoteFromJson, type Quote } from './quote.js';
import { centsToDollars, exactCents, parseDollars } from './money.js';
import type { Problem } from './problems.js';
import { shown } from './escape.js';
import { nearestChoice } from './suggest.js';
import { text } from './text.js';

/** A scenario with every default applied: what the estimate is computed from. Quote in cents. */
export interface Scenario {
  technique: TechniqueId;
  clinicRange: ClinicRange;
  quote: Quote | null;
  boosters: number;
  preVisits: number;
  postVisits: number;
  travel: TravelKind;
  travelers: number;
  nights: number;
  sessions: number | null;
  /** More than `sessions` where the schedule gives a range ("once or twice every 3 months"). */
  sessionsHigh: number | null;
  months: number | null;
  /** Your share: how a health plan pays; the rest of these are null for self-pay. Amounts in cents, percents in hundredths. */
  insurance: InsuranceKind;
  coinsurance: number | null;
  copay: number | null;
  deductible: number | null;
  deductibleMet: number | null;
  oopMax: number | null;
  oopMet: number | null;
  covered: Coverable[] | null;
  hsaFsa: number | null;
  agi: number | null;
  otherMedical: number | null;
  taxRate: number | null;
  /** How and when you pay. */
  financeMonths: number | null;
  apr: number | null;
  promoMonths: number | null;
  saveMonths: number | null;
  workDays: number | null;
  dailyIncome: number | null;
  companionWorkDays: number | null;
  companionDailyIncome: number | null;
  /** Trips to the clinic when travelling; null: worked out by the estimate (1, plus one per booster for outpatient). */
  trips: number | null;
  /** Optional items priced on request: labs and ECG, a psychological evaluation, passports (abroad). */
  extras: Extra[] | null;
  /** Miles driven for a ride home, round trip, per treatment day. */
  rideMiles: number | null;
  /** The federal filing status for the tax saving (single when --agi is given without it). */
  filing: FilingStatus | null;
  /** Other itemised deductions (state and local tax, mortgage interest, gifts), in cents; 0 when --agi is given without it. */
  otherItemized: number | null;
}

/** The optional planning fields, null when not given (every one but insurance, which defaults to none). */
export const PLAN_FIELDS = [
  'coinsurance',
  'copay',
  'deductible',
  'deductibleMet',
  'oopMax',
  'oopMet',
  'covered',
  'hsaFsa',
  'agi',
  'otherMedical',
  'taxRate',
  'financeMonths',
  'apr',
  'promoMonths',
  'saveMonths',
  'workDays',
  'dailyIncome',
  'companionWorkDays',
  'companionDailyIncome',
  'trips',
  'extras',
  'rideMiles',
  'filing',
  'otherItemized',
] as const;
/** A planning field's value: a count, cents or hundredths, a choice, or a list. */
type PlanValue = number | string | readonly string[] | null;
type PlanField = (typeof PLAN_FIELDS)[number];
// The insurance details: every field of the insurance group but the kind of insurance itself.
const INSURANCE_DETAILS = PLAN_FIELDS.filter((k) => field(k).group === 'insurance');

/** Field values after reading, before defaults; null means "not given" for nullable fields. */
export type FieldValues = Partial<Scenario>;

export interface NormalisedScenario {
  scenario: Scenario;
  /** Sessions per phase when they were derived from a plan length in months. */
  schedule: PhaseSessions[] | null;
  /** Things the user should know about how the input was read. */
  notes: string[];
}

export type FieldResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads one field's raw value. Text (a flag, a CSV cell, a wizard answer) is parsed strictly;
 * JSON values must have the field's type. An empty text is a mistake, not a default.
 */
export function readField(f: ScenarioField, raw: unknown, textual: boolean): FieldResult {
  if (raw === null && !textual && f.nullable) return { ok: true, value: null };
  if (typeof raw === 'string' && raw.trim() === '') return { ok: false, message: text.empty };
  switch (f.kind) {
    case 'choice': {
      const value = typeof raw === 'string' ? raw.trim() : raw;
      if (typeof value === 'string' && f.choices!.includes(value)) return { ok: true, value };
      return { ok: false, message: text.oneOf(f.choices!, shown(raw), typeof value === 'string' ? nearestChoice(value, f.choices!) : null) };
    }
    case 'count': {
      let n: number | null = null;
      if (textual && typeof raw === 'string') n = /^\s*\d{1,9}\s*$/.test(raw) ? Number(raw) : null;
      else if (!textual && typeof raw === 'number' && Number.isInteger(raw)) n = raw;
      return n !== null && n >= 0 && n <= f.max! ? { ok: true, value: n } : { ok: false, message: text.wholeNumber(f.max!, shown(raw)) };
    }
    case 'quote': {
      const r = textual ? (typeof raw === 'string' ? parseQuote(raw) : { ok: false as const, message: text.quoteShape }) : quoteFromJson(raw);
      return r.ok ? { ok: true, value: r.quote } : r;
    }
    case 'amount': {
      // Written text is read the same way from a file: "1500" and "$1,500" as well as 1500.
      const cents = typeof raw === 'string' ? parseDollars(raw) : typeof raw === 'number' && !textual ? exactCents(raw) : null;
      return cents !== null && cents <= MAX_AMOUNT_CENTS ? { ok: true, value: cents } : { ok: false, message: text.amountField(shown(raw)) };
    }
    case 'percent': {
      // Hundredths of a percent, so 12.5% is the whole number 1250.
      const hundredths = typeof raw === 'string' ? parsePercent(raw) : typeof raw === 'number' && !textual ? exactCents(raw) : null;
      return hundredths !== null && hundredths <= f.max! * 100
        ? { ok: true, value: hundredths }
        : { ok: false, message: text.percentField(f.max!, shown(raw)) };
    }
    case 'list': {
      const items = typeof raw === 'string' ? raw.split(',').map((x) => x.trim()) : Array.isArray(raw) && !textual ? raw : null;
      const ok =
        items !== null && items.length > 0 && items.every((x) => typeof x === 'string' && f.choices!.includes(x)) && new Set(items).size === items.length;
      if (ok) return { ok: true, value: items };
      const unknown = items?.find((x) => typeof x === 'string' && !f.choices!.includes(x));
      return { ok: false, message: text.listField(f.choices!, shown(raw), typeof unknown === 'string' ? nearestChoice(unknown, f.choices!) : null) };
    }
  }
}

const MAX_AMOUNT_CENTS = 1_000_000_000; // $10 million

/** "20", "20%" or "12.5" to hundredths of a percent; null when it is not one. */
function parsePercent(written: string): number | null {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(written);
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

/**
 * Validates field values across fields and applies the technique's defaults from the data.
 * Problems are named by field name; the caller names them as the user wrote them.
 */
export function normaliseScenario(
  input: FieldValues & { technique: TechniqueId },
  data: CostData,
): { ok: true; normalised: NormalisedScenario } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const technique = data.techniques[input.technique];
  const d = technique.defaults;

  const quote = input.quote ?? null;
  const clinicRange: ClinicRange = input.clinicRange ?? (quote ? 'quote' : 'full');
  if (quote && input.clinicRange && input.clinicRange !== 'quote') problems.push({ path: 'quote', message: text.quoteWithRange(input.clinicRange) });
  if (!quote && clinicRange === 'quote') problems.push({ path: 'clinicRange', message: text.rangeQuoteNeedsQuote });

  let sessions: number | null = null;
  let sessionsHigh: number | null = null;
  let months: number | null = null;
  let schedule: PhaseSessions[] | null = null;
  const givenSessions = input.sessions ?? null;
  const givenMonths = input.months ?? null;
  if (technique.pricing !== 'per-session') {
    if (givenSessions !== null) problems.push({ path: 'sessions', message: text.noSessions(technique.label) });
    if (givenMonths !== null) problems.push({ path: 'months', message: text.noSessions(technique.label) });
  } else if (givenSessions !== null && givenMonths === null) {
    if (givenSessions < 1) problems.push({ path: 'sessions', message: text.atLeastOne });
    const most = maxPlanSessions(technique.schedule?.phases ?? []);
    if (givenSessions > most) problems.push({ path: 'sessions', message: text.sessionsTooMany(most, MAX_PLAN_MONTHS) });
    sessions = givenSessions;
    sessionsHigh = givenSessions;
  } else {
    months = givenMonths ?? d.months ?? 1;
    if (months < 1) problems.push({ path: 'months', message: text.atLeastOne });
    schedule = sessionsForMonths(technique.schedule?.phases ?? [], months);
    const total = totalSessions(schedule);
    sessions = total.low;
    sessionsHigh = total.high;
    // A saved scenario carries both; they must agree.
    if (givenSessions !== null && givenSessions !== sessions)
      problems.push({ path: 'sessions', message: text.sessionsOrMonths(givenSessions, months, sessions) });
  }
  const givenHigh = input.sessionsHigh ?? null;
  if (givenHigh !== null && givenHigh !== sessionsHigh) problems.push({ path: 'sessionsHigh', message: text.sessionsHighMismatch(sessionsHigh) });

  const travel = input.travel ?? d.travel;
  let travelers = 0;
  let nights = 0;
  let trips: number | null = null;
  if (travel === 'none') {
    if ((input.travelers ?? 0) > 0 || (input.nights ?? 0) > 0 || (input.trips ?? 0) > 0) notes.push(text.travelIgnored);
  } else {
    travelers = input.travelers ?? d.travelers;
    nights = input.nights ?? d.nights;
    trips = input.trips ?? null;
    if (travelers < 1) problems.push({ path: 'travelers', message: text.travelersAtLeastOne });
    if (trips !== null && trips < 1) problems.push({ path: 'trips', message: text.tripsAtLeastOne });
  }
  if (input.extras?.includes('passport') && travel !== 'international') notes.push(text.passportIgnored);

  const insurance = input.insurance ?? 'none';
  // Self-pay with no planning field given, the common batch row, skips the planning rules: each is about a field given.
  let plan: Pick<Scenario, PlanField> = NO_PLAN;
  if (insurance !== 'none' || givesPlan(input)) {
    const given = {} as Record<PlanField, unknown>;
    for (const k of PLAN_FIELDS) given[k] = input[k] ?? null;
    plan = given as Pick<Scenario, PlanField>;
    checkPlan(plan, insurance, problems);
  }
  if (insurance !== 'none') {
    plan.coinsurance ??= 0;
    plan.deductible ??= 0;
    plan.deductibleMet ??= 0;
    // What is paid toward the deductible counts toward the out-of-pocket maximum too (when there is one).
    if (plan.oopMax !== null) plan.oopMet ??= plan.deductibleMet;
    plan.covered ??= [...data.insurance.defaultCovered];
  }
  if (plan.agi !== null) {
    plan.filing ??= 'single';
    plan.otherItemized ??= 0;
  }
  // Trips exist only with travel: without it they are ignored (and said so above).
  if (plan !== NO_PLAN) plan.trips = trips;

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    normalised: {
      scenario: {
        technique: input.technique,
        clinicRange,
        quote,
        boosters: input.boosters ?? d.boosters,
        preVisits: input.preVisits ?? d.preVisits,
        postVisits: input.postVisits ?? d.postVisits,
        travel,
        travelers,
        nights,
        sessions,
        sessionsHigh,
        months,
        insurance,
        // Written out rather than spread: the same object shape for every scenario, much faster in batch.
        coinsurance: plan.coinsurance,
        copay: plan.copay,
        deductible: plan.deductible,
        deductibleMet: plan.deductibleMet,
        oopMax: plan.oopMax,
        oopMet: plan.oopMet,
        covered: plan.covered,
        hsaFsa: plan.hsaFsa,
        agi: plan.agi,
        otherMedical: plan.otherMedical,
        taxRate: plan.taxRate,
        financeMonths: plan.financeMonths,
        apr: plan.apr,
        promoMonths: plan.promoMonths,
        saveMonths: plan.saveMonths,
        workDays: plan.workDays,
        dailyIncome: plan.dailyIncome,
        companionWorkDays: plan.companionWorkDays,
        companionDailyIncome: plan.companionDailyIncome,
        trips: plan.trips,
        extras: plan.extras,
        rideMiles: plan.rideMiles,
        filing: plan.filing,
        otherItemized: plan.otherItemized,
      },
      schedule,
      notes,
    },
  };
}

const PLAN_FIELD_NAMES: ReadonlySet<string> = new Set(PLAN_FIELDS);
const NO_PLAN = Object.freeze(Object.fromEntries(PLAN_FIELDS.map((k) => [k, null]))) as unknown as Pick<Scenario, PlanField>;

/** Whether any planning field is given (a value other than null), in field values or a scenario; looks only at the keys present. */
export function givesPlan(input: FieldValues): boolean {
  for (const k in input) if (PLAN_FIELD_NAMES.has(k) && input[k as PlanField] != null) return true;
  return false;
}

/** Cross-field rules of the planning fields; problems are named by field. */
function checkPlan(p: Readonly<Record<PlanField, PlanValue>>, insurance: InsuranceKind, problems: Problem[]): void {
  if (insurance === 'none') for (const k of INSURANCE_DETAILS) if (p[k] !== null) problems.push({ path: k, message: text.needsInsurance });
  const n = (k: PlanField) => p[k] as number | null;
  if (n('deductibleMet') !== null && n('deductibleMet')! > (n('deductible') ?? 0))
    problems.push({ path: 'deductibleMet', message: text.metAbove('deductible') });
  if (n('oopMet') !== null && n('oopMax') !== null && n('oopMet')! > n('oopMax')!)
    problems.push({ path: 'oopMet', message: text.metAbove('out-of-pocket maximum') });
  if (n('oopMet') !== null && n('deductibleMet') !== null && n('oopMet')! < n('deductibleMet')!)
    problems.push({ path: 'oopMet', message: text.oopBelowDeductible });
  if (n('oopMet') !== null && n('oopMax') === null && insurance !== 'none') problems.push({ path: 'oopMet', message: text.needs('oopMax') });
  for (const k of ['otherMedical', 'taxRate', 'filing', 'otherItemized'] as const)
    if (p[k] !== null && p.agi === null) problems.push({ path: k, message: text.needs('agi') });
  for (const k of ['financeMonths', 'promoMonths'] as const) {
    if (p[k] !== null && n(k)! < 1) problems.push({ path: k, message: text.atLeastOneMonth });
    if (p[k] !== null && p.apr === null) problems.push({ path: k, message: text.needs('apr') });
  }
  // A deferred-interest offer runs within the loan it is part of: a longer one would promise months no payment is due.
  if (p.promoMonths !== null && p.financeMonths !== null && n('promoMonths')! > n('financeMonths')!)
    problems.push({ path: 'promoMonths', message: text.promoLongerThanLoan(n('promoMonths')!, n('financeMonths')!) });
  if (p.copay !== null && insurance !== 'none' && p.covered !== null && !(p.covered as Coverable[]).includes('visits'))
    problems.push({ path: 'copay', message: text.copayWithoutVisits });
  if (p.apr !== null && p.financeMonths === null && p.promoMonths === null) problems.push({ path: 'apr', message: text.aprAlone });
  if (p.saveMonths !== null && n('saveMonths')! < 1) problems.push({ path: 'saveMonths', message: text.atLeastOneMonth });
  for (const [days, income] of [
    ['workDays', 'dailyIncome'],
    ['companionWorkDays', 'companionDailyIncome'],
  ] as const) {
    if (p[days] !== null && p[income] === null) problems.push({ path: days, message: text.needs(income) });
    if (p[income] !== null && p[days] === null) problems.push({ path: income, message: text.needs(days) });
  }
}

/** The normalised scenario as plain JSON, amounts in dollars: the scenario file format and the JSON output's `scenario`. */
export function scenarioToJson(s: Scenario) {
  return {
    technique: s.technique,
    clinicRange: s.clinicRange,
    quote: s.quote ? { low: centsToDollars(s.quote.low), high: centsToDollars(s.quote.high) } : null,
    boosters: s.boosters,
    preVisits: s.preVisits,
    postVisits: s.postVisits,
    travel: s.travel,
    travelers: s.travelers,
    nights: s.nights,
    sessions: s.sessions,
    sessionsHigh: s.sessionsHigh,
    months: s.months,
    insurance: s.insurance,
    ...planToJson(s),
  };
}

// Plan fields written as dollars or percents (stored as cents or hundredths): looked up once, not per row.
const IN_HUNDREDTHS = new Set<PlanField>(PLAN_FIELDS.filter((k) => field(k).kind === 'amount' || field(k).kind === 'percent'));

/** One plan field as a person writes it in a scenario file: an amount in dollars, a percent as a percent. */
export function planValueToJson(k: PlanField, v: PlanValue): PlanValue {
  return typeof v !== 'number' || !IN_HUNDREDTHS.has(k) ? v : centsToDollars(v);
}

/** The plan fields as a person writes them in a scenario file. */
function planToJson(s: Scenario): Record<PlanField, PlanValue> {
  const out = {} as Record<PlanField, PlanValue>;
  for (const k of PLAN_FIELDS) out[k] = planValueToJson(k, s[k]);
  return out;
}
