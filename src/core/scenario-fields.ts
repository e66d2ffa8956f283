import { CLINIC_RANGES, COVERABLE, EXTRAS, FILING_STATUSES, INSURANCE_KINDS, TECHNIQUES, TRAVEL_KINDS } from './ids.js';

/** How a field's raw value is read: from text (flags, CSV cells, wizard answers) or from JSON values. */
export type FieldKind = 'choice' | 'count' | 'quote' | 'amount' | 'percent' | 'list';

export interface ScenarioField {
  /** The field's name in scenario files, NDJSON rows and the JSON output. */
  name: string;
  /** The flag without its dashes, and the batch CSV column: `pre-visits`. */
  flag: string;
  short?: string;
  /** The flag's argument as shown in --help. */
  arg: string;
  kind: FieldKind;
  choices?: readonly string[];
  /** Largest count or percent accepted: above it the input is almost surely a typo. */
  max?: number;
  /** The wizard step or output section the field belongs to. */
  group?: 'insurance' | 'tax' | 'paying' | 'income';
  /** Empty (JSON null) is the same as not given. */
  nullable?: boolean;
  /** Worked out by the tool and saved with the scenario, checked when read back; no flag or column. */
  derived?: boolean;
}

/**
 * The one table of scenario fields. Flags and their --help, the batch CSV header, the equivalent
 * `estimate` command and the names in error messages all come from it; the help words live in the
 * text module under the same name.
 */
export const SCENARIO_FIELDS = [
  { name: 'technique', flag: 'technique', short: 't', arg: '<id>', kind: 'choice', choices: TECHNIQUES },
  { name: 'clinicRange', flag: 'clinic-range', arg: '<part>', kind: 'choice', choices: CLINIC_RANGES },
  { name: 'quote', flag: 'quote', arg: '<amount>', kind: 'quote', nullable: true },
  { name: 'boosters', flag: 'boosters', arg: '<n>', kind: 'count', max: 100 },
  { name: 'preVisits', flag: 'pre-visits', arg: '<n>', kind: 'count', max: 50 },
  { name: 'postVisits', flag: 'post-visits', arg: '<n>', kind: 'count', max: 50 },
  { name: 'travel', flag: 'travel', arg: '<kind>', kind: 'choice', choices: TRAVEL_KINDS },
  { name: 'travelers', flag: 'travelers', arg: '<n>', kind: 'count', max: 20 },
  { name: 'nights', flag: 'nights', arg: '<n>', kind: 'count', max: 365 },
  { name: 'trips', flag: 'trips', arg: '<n>', kind: 'count', max: 100, nullable: true },
  { name: 'sessions', flag: 'sessions', arg: '<n>', kind: 'count', max: 1000, nullable: true },
  { name: 'months', flag: 'months', arg: '<n>', kind: 'count', max: 120, nullable: true },
  { name: 'extras', flag: 'extras', arg: '<list>', kind: 'list', choices: EXTRAS, nullable: true },
  { name: 'rideMiles', flag: 'ride-miles', arg: '<n>', kind: 'count', max: 1000, nullable: true },
  { name: 'insurance', flag: 'insurance', arg: '<kind>', kind: 'choice', choices: INSURANCE_KINDS, group: 'insurance' },
  { name: 'coinsurance', flag: 'coinsurance', arg: '<percent>', kind: 'percent', max: 100, group: 'insurance', nullable: true },
  { name: 'copay', flag: 'copay', arg: '<amount>', kind: 'amount', group: 'insurance', nullable: true },
  { name: 'deductible', flag: 'deductible', arg: '<amount>', kind: 'amount', group: 'insurance', nullable: true },
  { name: 'deductibleMet', flag: 'deductible-met', arg: '<amount>', kind: 'amount', group: 'insurance', nullable: true },
  { name: 'oopMax', flag: 'oop-max', arg: '<amount>', kind: 'amount', group: 'insurance', nullable: true },
  { name: 'oopMet', flag: 'oop-met', arg: '<amount>', kind: 'amount', group: 'insurance', nullable: true },
  { name: 'covered', flag: 'covered', arg: '<list>', kind: 'list', choices: COVERABLE, group: 'insurance', nullable: true },
  { name: 'hsaFsa', flag: 'hsa-fsa', arg: '<amount>', kind: 'amount', group: 'tax', nullable: true },
  { name: 'agi', flag: 'agi', arg: '<amount>', kind: 'amount', group: 'tax', nullable: true },
  { name: 'otherMedical', flag: 'other-medical', arg: '<amount>', kind: 'amount', group: 'tax', nullable: true },
  { name: 'taxRate', flag: 'tax-rate', arg: '<percent>', kind: 'percent', max: 100, group: 'tax', nullable: true },
  { name: 'filing', flag: 'filing', arg: '<status>', kind: 'choice', choices: FILING_STATUSES, group: 'tax', nullable: true },
  { name: 'otherItemized', flag: 'other-itemized', arg: '<amount>', kind: 'amount', group: 'tax', nullable: true },
  { name: 'financeMonths', flag: 'finance-months', arg: '<n>', kind: 'count', max: 120, group: 'paying', nullable: true },
  { name: 'apr', flag: 'apr', arg: '<percent>', kind: 'percent', max: 100, group: 'paying', nullable: true },
  { name: 'promoMonths', flag: 'promo-months', arg: '<n>', kind: 'count', max: 60, group: 'paying', nullable: true },
  { name: 'saveMonths', flag: 'save-months', arg: '<n>', kind: 'count', max: 120, group: 'paying', nullable: true },
  { name: 'workDays', flag: 'work-days', arg: '<n>', kind: 'count', max: 365, group: 'income', nullable: true },
  { name: 'dailyIncome', flag: 'daily-income', arg: '<amount>', kind: 'amount', group: 'income', nullable: true },
  { name: 'companionWorkDays', flag: 'companion-work-days', arg: '<n>', kind: 'count', max: 365, group: 'income', nullable: true },
  { name: 'companionDailyIncome', flag: 'companion-daily-income', arg: '<amount>', kind: 'amount', group: 'income', nullable: true },
  { name: 'sessionsHigh', flag: 'sessions-high', arg: '<n>', kind: 'count', max: 2000, nullable: true, derived: true },
] as const satisfies readonly ScenarioField[];

export type FieldName = (typeof SCENARIO_FIELDS)[number]['name'];
type Field = ScenarioField & { name: FieldName };

const BY_NAME = new Map<string, Field>(SCENARIO_FIELDS.map((f) => [f.name, f]));
// Made on first use: the entry point loads this table for the flags alone.
let byKey: Map<string, Field> | null = null;

/** The field a key names, written as a field name (`preVisits`), a flag or column (`pre-visits`) or `pre_visits`. */
export function fieldFor(key: string): Field | undefined {
  if (byKey === null) {
    byKey = new Map();
    // Each key as written in the table and in lower case: a key written as in the table (the common
    // case, a million times in a batch) is found without making a trimmed, lower-case copy.
    for (const f of SCENARIO_FIELDS) for (const k of [f.name, f.flag, f.flag.replaceAll('-', '_')]) byKey.set(k, f).set(k.toLowerCase(), f);
  }
  return byKey.get(key) ?? byKey.get(key.trim().toLowerCase());
}

/** The field of a given name. */
export function field(name: FieldName): Field {
  return BY_NAME.get(name)!;
}

/** `--pre-visits` for `preVisits`. */
export function flagOf(name: string): string {
  const f = BY_NAME.get(name);
  return f ? `--${f.flag}` : name;
}

/** The batch CSV input header: every field's column name. */
export const INPUT_COLUMNS = SCENARIO_FIELDS.filter((f) => !('derived' in f)).map((f) => f.flag);

/** The fields a person gives as flags (every field but the derived ones). */
export const FLAG_FIELDS = SCENARIO_FIELDS.filter((f): f is Exclude<(typeof SCENARIO_FIELDS)[number], { derived: true }> => !('derived' in f));
