import type { CostData } from './data-schema.js';
import type { ClinicRange, TechniqueId, TravelKind } from './ids.js';
import { SCENARIO_FIELDS, type FieldName, type ScenarioField } from './scenario-fields.js';
import { sessionsForMonths, totalSessions, type PhaseSessions } from './outpatient-schedule.js';
import { parseQuote, quoteFromJson, type Quote } from './quote.js';
import { centsToDollars } from './money.js';
import type { Problem } from './problems.js';
import { shown } from './escape.js';
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
}

/** Field values after reading, before defaults; null means "not given" for nullable fields. */
export type FieldValues = Partial<{
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
  sessionsHigh: number | null;
}>;

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
      return typeof value === 'string' && f.choices!.includes(value) ? { ok: true, value } : { ok: false, message: text.oneOf(f.choices!, shown(raw)) };
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
  }
}

/**
 * Validates field values across fields and applies the technique's defaults from the data.
 * Problems are named by field name; the caller names them as the user wrote them.
 */
export function normaliseScenario(input: FieldValues & { technique: TechniqueId }, data: CostData): { ok: true; normalised: NormalisedScenario } | { ok: false; problems: Problem[] } {
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
    if (givenSessions !== null && givenSessions !== sessions) problems.push({ path: 'sessions', message: text.sessionsOrMonths(givenSessions, months, sessions) });
  }
  const givenHigh = input.sessionsHigh ?? null;
  if (givenHigh !== null && givenHigh !== sessionsHigh) problems.push({ path: 'sessionsHigh', message: text.sessionsHighMismatch(sessionsHigh) });

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
      },
      schedule,
      notes,
    },
  };
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
  };
}

/** Field names in table order, for iterating. */
export const FIELD_NAMES: readonly FieldName[] = SCENARIO_FIELDS.map((f) => f.name);
