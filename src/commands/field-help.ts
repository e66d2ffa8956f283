import { language } from '../core/lang.js';
import { fieldHelpEs, FIELD_LABELS_ES } from './field-help-es.js';
import type { CostData } from '../core/data-schema.js';
import { CLINIC_RANGES, COVERABLE, TECHNIQUES, TRAVEL_KINDS } from '../core/ids.js';
import type { FieldName, ScenarioField, SCENARIO_FIELDS } from '../core/scenario-fields.js';

/** "1", or "none; international for coma": a default that may differ by technique, read from the data. */
export function perTechnique(data: CostData, pick: (d: CostData['techniques'][keyof CostData['techniques']]) => unknown): string {
  const values = TECHNIQUES.map((id) => [id, pick(data.techniques[id])] as const).filter(([, v]) => v !== undefined);
  const counts = new Map<string, number>();
  for (const [, v] of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  const [usual = '', times = 0] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (times === 1 && values.length > 1) return values.map(([id, v]) => `${String(v)} for ${id}`).join(', ');
  const others = values.filter(([, v]) => String(v) !== usual).map(([id, v]) => `${String(v)} for ${id}`);
  return [usual, ...others].join('; ');
}

/** The --help words for each scenario field; defaults are read from the data, not written here. */
export function fieldHelp(name: Exclude<FieldName, 'sessionsHigh'>, data: CostData): string {
  if (language() === 'es') return fieldHelpEs(name, data);
  const def = (pick: Parameters<typeof perTechnique>[1]) => perTechnique(data, pick);
  switch (name) {
    case 'technique':
      return `treatment technique: ${TECHNIQUES.join(', ')}`;
    case 'clinicRange':
      return `which part of the published price range the clinic is in: ${CLINIC_RANGES.filter((r) => r !== 'quote').join(', ')} (full: low to high; lower: low to typical; upper: typical to high) (default: full, or quote when --quote is given)`;
    case 'quote':
      return "the clinic's own price, one amount (12000) or low-high (10000-15000); for outpatient, per infusion day; write 650 or '$650'";
    case 'boosters':
      return `booster infusions after the course (default: ${def((t) => t.defaults.boosters)})`;
    case 'preVisits':
      return `appointments before treatment (default: ${def((t) => t.defaults.preVisits)})`;
    case 'postVisits':
      return `appointments after treatment (default: ${def((t) => t.defaults.postVisits)})`;
    case 'travel':
      return `travel to the clinic: ${TRAVEL_KINDS.join(', ')} (default: ${def((t) => t.defaults.travel)})`;
    case 'travelers':
      return `people travelling, patient included (default when travelling: ${def((t) => t.defaults.travelers)})`;
    case 'nights':
      return `nights away from home (default when travelling: ${def((t) => t.defaults.nights)})`;
    case 'sessions':
      return 'outpatient only: number of infusion days';
    case 'months':
      return `outpatient only: plan length in months; sessions follow the example schedule (default: ${def((t) => t.defaults.months)})`;
    case 'insurance':
      return 'your share: none (self-pay), in-network, or out-of-network (you pay first and claim with a superbill) (default: none)';
    case 'coinsurance':
      return 'with insurance: your share of covered care after the deductible, in percent (default: 0)';
    case 'copay':
      return 'with insurance: your copay per covered visit, instead of deductible and coinsurance for visits';
    case 'deductible':
      return 'with insurance: the yearly deductible (default: 0)';
    case 'deductibleMet':
      return 'with insurance: how much of the deductible is already met this year (default: 0)';
    case 'oopMax':
      return 'with insurance: the out-of-pocket maximum for covered care (default: none)';
    case 'oopMet':
      return 'with insurance: how much counts toward the out-of-pocket maximum already this year (default: 0)';
    case 'covered':
      return `with insurance: what the plan pays for, from ${COVERABLE.join(', ')}; travel never (default: visits, as the treatment is usually denied as investigational)`;
    case 'hsaFsa':
      return 'money in a health savings or flexible spending account for this care';
    case 'agi':
      return 'adjusted gross income, for the US medical expense deduction (an estimate, not tax advice)';
    case 'otherMedical':
      return 'with --agi: other medical spending in the same tax year';
    case 'taxRate':
      return 'with --agi: your marginal tax rate in percent, to estimate the tax the deduction may save';
    case 'financeMonths':
      return 'borrow your share over this many months (needs --apr)';
    case 'apr':
      return 'annual percentage rate of a loan or card, for --finance-months and --promo-months';
    case 'promoMonths':
      return 'a deferred-interest offer of this many months (common on medical credit cards; needs --apr)';
    case 'saveMonths':
      return 'save up over this many months: how much to set aside each month for the high end';
    case 'workDays':
      return 'work days you will miss (with --daily-income): lost income, shown apart from the medical costs';
    case 'dailyIncome':
      return 'your income per work day (with --work-days)';
    case 'companionWorkDays':
      return "a companion's missed work days (with --companion-daily-income)";
    case 'companionDailyIncome':
      return "a companion's income per work day (with --companion-work-days)";
  }
}

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
