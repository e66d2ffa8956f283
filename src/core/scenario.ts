import * as z from 'zod';
import type { CostData } from './data-schema.js';
import { TECHNIQUES, TRAVEL_KINDS, CLINIC_RANGES, COUNT_LIMITS, type ClinicRange, type CountField, type TechniqueId, type TravelKind } from './ids.js';
import { sessionsForMonths, totalSessions, type PhaseSessions } from './outpatient-schedule.js';
import { parseQuote, checkQuote, type Quote } from './quote.js';
import { dollarsToCents, centsToDollars } from './money.js';
import { InputError, problemsFromZod, type Problem } from './problems.js';
import { text } from './text.js';


/** "must be one of: a, b (got "x")": the accepted values and, when there was one, what was given. */
const oneOf = (values: readonly string[]) => (issue: { input?: unknown }) =>
  `must be one of: ${values.join(', ')}${issue.input === undefined ? '' : ` (got ${JSON.stringify(issue.input)})`}`;

const count = (field: CountField) =>
  z
    .int({ error: `must be a whole number from 0 to ${COUNT_LIMITS[field]}` })
    .min(0, { error: `must be a whole number from 0 to ${COUNT_LIMITS[field]}` })
    .max(COUNT_LIMITS[field], { error: `must be a whole number from 0 to ${COUNT_LIMITS[field]}` });

/** What every front door (flags, wizard, scenario file, batch row) produces before defaults. */
export const scenarioInputSchema = z.strictObject({
  technique: z.enum(TECHNIQUES, { error: oneOf(TECHNIQUES) }),
  clinicRange: z.enum(CLINIC_RANGES, { error: oneOf(CLINIC_RANGES) }).optional(),
  quote: z
    .union([z.string(), z.number(), z.strictObject({ low: z.number(), high: z.number() })], {
      error: 'must be an amount like 12000, a range like "10000-15000", or {"low": 10000, "high": 15000}',
    })
    .nullable()
    .optional(),
  boosters: count('boosters').optional(),
  preVisits: count('preVisits').optional(),
  postVisits: count('postVisits').optional(),
  travel: z.enum(TRAVEL_KINDS, { error: oneOf(TRAVEL_KINDS) }).optional(),
  travelers: count('travelers').optional(),
  nights: count('nights').optional(),
  sessions: count('sessions').nullable().optional(),
  months: count('months').nullable().optional(),
});
export type ScenarioInput = z.input<typeof scenarioInputSchema>;

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
  months: number | null;
}

export interface NormalisedScenario {
  scenario: Scenario;
  /** Sessions per phase when they were derived from a plan length in months. */
  schedule: PhaseSessions[] | null;
  /** Things the user should know about how the input was read. */
  notes: string[];
}

/** Validates raw input and applies the technique's defaults from the data; throws InputError listing every problem. */
export function normaliseScenario(raw: unknown, data: CostData): NormalisedScenario {
  const parsed = scenarioInputSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(problemsFromZod(parsed.error));
  const input = parsed.data;
  const problems: Problem[] = [];
  const notes: string[] = [];
  const technique = data.techniques[input.technique];
  const d = technique.defaults;

  const quote = readQuote(input.quote, problems);
  const clinicRange: ClinicRange = input.clinicRange ?? (quote ? 'quote' : 'full');
  if (quote && input.clinicRange && input.clinicRange !== 'quote')
    problems.push({ path: 'quote', message: text.quoteWithRange(input.clinicRange) });
  if (!quote && clinicRange === 'quote' && !problems.some((p) => p.path === 'quote'))
    problems.push({ path: 'clinicRange', message: text.rangeQuoteNeedsQuote });

  let sessions: number | null = null;
  let months: number | null = null;
  let schedule: PhaseSessions[] | null = null;
  const givenSessions = input.sessions ?? null;
  const givenMonths = input.months ?? null;
  if (technique.pricing !== 'per-session') {
    if (givenSessions !== null) problems.push({ path: 'sessions', message: text.noSessions(technique.label) });
    if (givenMonths !== null) problems.push({ path: 'months', message: text.noSessions(technique.label) });
  } else if (givenSessions !== null && givenMonths === null) {
    if (givenSessions < 1) problems.push({ path: 'sessions', message: text.atLeastOne });
    sessions = givenSessions;
  } else {
    months = givenMonths ?? d.months ?? 1;
    if (months < 1) problems.push({ path: 'months', message: text.atLeastOne });
    schedule = sessionsForMonths(technique.schedule?.phases ?? [], months);
    sessions = totalSessions(schedule);
    // A saved scenario carries both; they must agree.
    if (givenSessions !== null && givenSessions !== sessions) problems.push({ path: 'sessions', message: text.sessionsOrMonths(givenSessions, months, sessions) });
  }

  const travel = input.travel ?? d.travel;
  let travelers = 0;
  let nights = 0;
  if (travel === 'none') {
    if ((input.travelers ?? 0) > 0 || (input.nights ?? 0) > 0) notes.push(text.travelIgnored);
  } else {
    travelers = input.travelers ?? d.travelers;
    nights = input.nights ?? d.nights;
    if (travelers < 1) problems.push({ path: 'travelers', message: text.travelersAtLeastOne });
  }

  if (problems.length > 0) throw new InputError(problems);
  return {
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
      months,
    },
    schedule,
    notes,
  };
}

function readQuote(value: ScenarioInput['quote'], problems: Problem[]): Quote | null {
  if (value === undefined || value === null || value === '') return null;
  const result =
    typeof value === 'string'
      ? parseQuote(value)
      : typeof value === 'number'
        ? checkQuote({ low: dollarsToCents(value), high: dollarsToCents(value) })
        : checkQuote({ low: dollarsToCents(value.low), high: dollarsToCents(value.high) });
  if (result.ok) return result.quote;
  problems.push({ path: 'quote', message: result.message });
  return null;
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
    months: s.months,
  };
}
