import { language } from '../core/lang.js';
import type { FieldName, ScenarioField, SCENARIO_FIELDS } from '../core/scenario-fields.js';
import { FIELD_LABELS_ES } from './field-labels-es.js';

/** A scenario field's group, as the table names it; fields without one are the plan itself. */
export type FieldGroup = NonNullable<ScenarioField['group']> | 'plan';

/**
 * The words the reports use to list the answers an estimate assumes: each field's short name, each
 * group's heading and the words for choice values. A field added to the table without its label is
 * a compile-time error here (and in the Spanish twin), so every report lists it.
 */
export interface FieldLabels {
  fields: Record<Exclude<FieldName, DerivedField>, string>;
  groups: Record<FieldGroup, string>;
  /** Words for choice and list values, by `field:value` or by value; a value without one is shown as written. */
  values: Readonly<Record<string, string>>;
  notGiven: string;
  yes: string;
  perInfusionDay: string;
  perCourse: string;
}

/** Fields worked out by the tool: shown with the field they come from (sessionsHigh with sessions). */
export type DerivedField = Extract<(typeof SCENARIO_FIELDS)[number], { derived: true }>['name'];

const FIELD_LABELS_EN: FieldLabels = {
  fields: {
    technique: 'Technique',
    clinicRange: 'Clinic price',
    quote: "Clinic's quote",
    boosters: 'Boosters',
    preVisits: 'Appointments before',
    postVisits: 'Appointments after',
    travel: 'Travel',
    travelers: 'People travelling',
    nights: 'Nights away',
    sessions: 'Infusion days',
    months: 'Plan length, months',
    insurance: 'Insurance',
    coinsurance: 'Coinsurance',
    copay: 'Copay per visit',
    deductible: 'Deductible',
    deductibleMet: 'Deductible met so far',
    oopMax: 'Out-of-pocket maximum',
    oopMet: 'Counted toward the maximum so far',
    covered: 'The plan covers',
    hsaFsa: 'HSA or FSA money',
    agi: 'Adjusted gross income',
    otherMedical: 'Other medical spending',
    taxRate: 'Marginal tax rate',
    financeMonths: 'Borrow over, months',
    apr: 'APR',
    promoMonths: 'Deferred-interest offer, months',
    saveMonths: 'Save over, months',
    workDays: 'Work days missed',
    dailyIncome: 'Income per work day',
    companionWorkDays: "Companion's work days missed",
    companionDailyIncome: "Companion's income per work day",
    trips: 'Trips to the clinic',
    extras: 'Costs often left out, added',
    rideMiles: 'Ride home, miles a day',
    filing: 'Federal filing status',
    otherItemized: 'Other itemised deductions',
  },
  groups: { plan: 'Treatment and travel', insurance: 'Insurance', tax: 'HSA, FSA and taxes', paying: 'Paying', income: 'Income while away' },
  values: {
    full: 'the full published range',
    lower: 'the lower part of the published range',
    upper: 'the upper part of the published range',
    quote: "the clinic's quote",
    none: 'none',
    'insurance:none': 'none (self-pay)',
    domestic: 'within the USA',
    international: 'abroad',
    'in-network': 'in network',
    'out-of-network': 'out of network (pay first, claim with a superbill)',
    treatment: 'treatment',
    boosters: 'boosters',
    visits: 'visits',
    single: 'single',
    joint: 'married filing jointly',
    head: 'head of household',
    labs: 'labs and ECG',
    'psych-eval': 'psychological evaluation',
    passport: 'passports',
  },
  notGiven: 'not given',
  yes: 'yes',
  perInfusionDay: 'per infusion day',
  perCourse: 'for the course',
};

/** The field labels in the run's language. */
export function fieldLabels(): FieldLabels {
  return language() === 'es' ? FIELD_LABELS_ES : FIELD_LABELS_EN;
}
