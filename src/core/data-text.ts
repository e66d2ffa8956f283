import { localised } from './lang.js';
import { dataTextEs } from './data-text-es.js';

/** Every word `data validate` says about a data file, in one place. */
const dataTextEn = {
  empty: 'must not be empty',
  control: 'must not contain control characters (line breaks, tabs, escapes) or invisible ones (direction marks, line separators)',
  bothLanguages: 'must give the text in both languages: {"en": "…", "es": "…"}',
  noAmount: 'must not write an amount ($…): amounts come from the figures, e.g. {gfe.threshold}',
  unknownPlaceholder: (name: string, known: string) => `unknown placeholder {${name}}; known: ${known}`,
  dollars: 'must be a number of dollars',
  notNegative: 'must not be negative',
  atMost: (max: number | string) => `must be at most ${max}`,
  atLeast: (min: number | string) => `must be at least ${min}`,
  moreThan: (min: number | string) => `must be more than ${min}`,
  lessThan: (max: number | string) => `must be less than ${max}`,
  tooManyItems: (max: number | string) => `has too many entries: at most ${max}`,
  tooFewItems: (min: number | string) => `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`,
  tooLongText: (max: number | string) => `is too long: at most ${max} characters`,
  tooShortText: (min: number | string) => `is too short: at least ${min} characters`,
  cents: 'must have at most 2 decimal places (cents)',
  number: 'must be a number',
  wholeYear: 'must be a whole year',
  yearFrom: 'must be 1990 or later',
  yearTo: 'must be 2100 or earlier',
  wholeNumber: 'must be a whole number',
  lowAboveHigh: (low: number, high: number) => `low (${low}) is above high (${high})`,
  typicalOutside: (typical: number, low: number, high: number) => `typical (${typical}) must lie between low (${low}) and high (${high})`,
  needsRationale: 'an assumption needs a one-line rationale',
  needsSource: 'a published figure must name at least one source',
  fromAfterTo: (from: number, to: number) => `from (${from}) is after to (${to})`,
  weeksMax: 'must be at most 520 (10 years)',
  sessionsHighBelow: (sessions: number) => `must be at least sessions (${sessions})`,
  idChars: 'must be lower-case letters, digits and hyphens',
  dataVersion: 'must look like 2026.11.0',
  date: 'must be a date like 2026-11-27',
  usd: 'only USD is supported',
  outpatientShape: 'outpatient must be priced per-session and have a schedule and defaults.months',
  month: 'must look like 2026-05',
  bracketsShape: 'tax brackets must rise from the lowest, each upTo above the one before, and only the last may have upTo null',
  yearKey: 'must be a year from 1990 to 2100',
  indexFar: (value: number, latest: number) => `(${value}) must be within a factor of 10 of latestIndex (${latest})`,
  duplicateSource: (id: string) => `duplicate source id ${id}`,
  unknownSource: (id: string) => `unknown source id ${id} (not in sources)`,
  missingIndexYears: (years: string, latest: number) =>
    `priceIndex.annualAverages has no value for ${years}: every year of a figure's date before ${latest} needs one`,
  duplicateChecklist: (id: string) => `duplicate checklist id ${id}`,
  schemaVersion:
    'this version of ketamine-cost reads schemaVersion 4: version 3 files need tax.standardDeduction, tax.brackets, tax.hsaLimit, tax.fsaLimit and tax.fsaCarryover (the 2026 federal rules), paying.careCreditAprPercent, careCreditSourceIds and careCreditAsOf, and extras (labs, psychEval, passport and the ride rate), copied from data/costs.json or your own sources; version 2 and older files also: every text a person reads is given in English and Spanish, {"en": "…", "es": "…"} (version 2 files: the texts listed below need both; version 1 files also: asOfYear became asOf, and boosters, hospitalDays, goodFaithEstimate, insurance, tax and paying were added; see data/costs.json)',
  forbiddenKey: (key: string) => `the key "${key}" is not allowed`,
  tooDeep: (depth: number) => `is nested more than ${depth} levels deep`,
  dataVersionLine: (version: string, schema: number, effective: string, currency: string) =>
    `Data version ${version} (schema ${schema}), effective ${effective}, amounts in ${currency}.`,
  latestChange: 'Latest change (data/CHANGELOG.md):',
  priceIndex: (name: string, month: string, value: number, year: string) =>
    `Price index: ${name}, ${month} = ${value}; estimates restate figures dated before ${year} to ${month} dollars. A figure read from a current price page within 12 months of ${month} is today's price and is not restated; only undated older figures are restated, as spans.`,
  read: (month: string) => `read from a current price page in ${month}: not restated`,
  periodEnds: (date: string) => `the rates' period ended on ${date}`,
  sources: 'Sources:',
  figures: 'Figures (as published; "today" restated with the price index):',
  figure: (range: string, unit: string, when: string, basis: string, sources: string, today: string) =>
    `${range} per ${unit}, ${when}, ${basis}${sources}; today ${today}`,
  basis: { published: 'published', assumption: 'assumption' } as Record<string, string>,
  span: (reason: string) => `dated as a span: ${reason}`,
  assumption: (why: string) => `assumption: ${why}`,
  older: 'older figure:',
  orMore: ' or more',
  typical: (amount: string) => `, typical ${amount}`,
  valid: (file: string, version: string, effective: string, sources: number) =>
    `${file} is valid: data ${version}, effective ${effective}, ${sources} sources.`,
};

/** The words above in the language chosen for this run. */
export const dataText: typeof dataTextEn = localised(dataTextEn, dataTextEs);
