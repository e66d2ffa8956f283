import { language } from '../core/lang.js';
import { fieldHelpEs } from './field-help-es.js';
import type { CostData } from '../core/data-schema.js';
import { CLINIC_RANGES, COVERABLE, TECHNIQUES, TRAVEL_KINDS } from '../core/ids.js';
import type { FieldName } from '../core/scenario-fields.js';

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

/**
 * The --help words for each scenario field; defaults are read from the data, not written here.
 * Each field's short label, as the reports list the answers, is beside this file: field-labels.ts.
 */
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
    case 'trips':
      return 'with travel: trips to the clinic, each booster counted (default: 1, plus one per booster for outpatient)';
    case 'extras':
      return 'items often left out, priced on request: labs (pre-treatment labs and ECG), psych-eval (a psychological evaluation), passport (abroad, one per traveller)';
    case 'rideMiles':
      return 'miles driven for a ride home, round trip, each treatment day (priced at the IRS medical mileage rate)';
    case 'filing':
      return 'with --agi: federal filing status, single, joint or head (of household), for the standard deduction and brackets (default: single)';
    case 'otherItemized':
      return 'with --agi: other itemised deductions (state and local tax, mortgage interest, gifts) (default: 0)';
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
