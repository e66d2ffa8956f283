import { localised } from './lang.js';
import { dataTextEs } from './data-text-es.js';

/** Every word `data validate` says about a data file, in one place. */
const dataTextEn = {
  empty: 'must not be empty',
  control: 'must not contain control characters (line breaks, tabs, escapes) or text direction overrides',
  bothLanguages: 'must give the text in both languages: {"en": "…", "es": "…"}',
  noAmount: 'must not write an amount ($…): amounts come from the figures, e.g. {gfe.threshold}',
  unknownPlaceholder: (name: string, known: string) => `unknown placeholder {${name}}; known: ${known}`,
  dollars: 'must be a number of dollars',
  notNegative: 'must not be negative',
  atMost: (max: number | string) => `must be at most ${max}`,
  atLeast: (min: number | string) => `must be at least ${min}`,
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
  yearKey: 'must be a year from 1990 to 2100',
  indexFar: (value: number, latest: number) => `(${value}) must be within a factor of 10 of latestIndex (${latest})`,
  duplicateSource: (id: string) => `duplicate source id ${id}`,
  unknownSource: (id: string) => `unknown source id ${id} (not in sources)`,
  missingIndexYears: (years: string, latest: number) =>
    `priceIndex.annualAverages has no value for ${years}: every year of a figure's date before ${latest} needs one`,
  duplicateChecklist: (id: string) => `duplicate checklist id ${id}`,
  schemaVersion:
    'this version of ketamine-cost reads schemaVersion 3: every text a person reads is given in English and Spanish, {"en": "…", "es": "…"} (version 2 files: the texts listed below need both; version 1 files also: asOfYear became asOf, and boosters, hospitalDays, goodFaithEstimate, insurance, tax and paying were added; see data/costs.json)',
  forbiddenKey: (key: string) => `the key "${key}" is not allowed`,
  tooDeep: (depth: number) => `is nested more than ${depth} levels deep`,
  codeShape: 'must be a service code of 5 capital letters or digits, like 96365 or J3490',
  unknownFigure: (path: string) => `unknown figure ${path}: name a price figure of this file, like techniques.outpatient.price or audit.figures.course`,
  unknownCategory: (id: string) => `unknown category ${id} (not in audit.categories)`,
  unknownUnit: (id: string) => `unknown unit ${id} (not in audit.units, nor none or each)`,
  missingCategory: (id: string) => `must define the category "${id}": the checks treat it in their own way`,
  duplicateId: (id: string) => `duplicate id ${id}`,
  expectedNothing: 'must name at least one category or keyword that mentions it',
  dataVersionLine: (version: string, schema: number, effective: string, currency: string) =>
    `Data version ${version} (schema ${schema}), effective ${effective}, amounts in ${currency}.`,
  latestChange: 'Latest change (data/CHANGELOG.md):',
  priceIndex: (name: string, month: string, value: number, year: string) =>
    `Price index: ${name}, ${month} = ${value}; estimates restate figures dated before ${year} to ${month} dollars.`,
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
