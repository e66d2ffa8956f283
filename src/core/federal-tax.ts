import type { CostData } from './data-schema.js';
import type { FilingStatus } from './ids.js';
import { dollarsToCents } from './money.js';

type TaxData = CostData['tax'];

/**
 * Federal income tax on a taxable income, in cents, with one filing status's brackets: each slice
 * of income at its own rate, rounded to the cent once, at the end.
 */
export function incomeTax(taxableCents: number, filing: FilingStatus, tax: TaxData): number {
  let owedTimes10000 = 0;
  let below = 0;
  for (const b of tax.brackets[filing]) {
    const top = b.upTo === null ? Infinity : dollarsToCents(b.upTo);
    if (taxableCents <= below) break;
    owedTimes10000 += (Math.min(taxableCents, top) - below) * Math.round(b.ratePercent * 100);
    below = top;
  }
  return Math.round(owedTimes10000 / 10_000);
}

export interface TaxSavingInput {
  /** Adjusted gross income, cents. */
  agi: number;
  /** The medical expenses above the AGI floor, cents: what itemising would deduct for them. */
  medicalDeduction: number;
  /** Other itemised deductions, cents. */
  otherItemized: number;
  filing: FilingStatus;
  /** A marginal rate in hundredths of a percent, given instead of the brackets; null to use the brackets. */
  rate: number | null;
}

/**
 * The federal income tax the medical deduction may save: the tax with the better of the standard
 * deduction and the other itemised deductions, less the tax once the medical deduction is added to
 * them. Never below 0, and never more than the tax owed. With a rate given, that rate times the
 * extra deduction, still capped at the tax owed.
 */
export function medicalTaxSaving(input: TaxSavingInput, tax: TaxData): number {
  const standard = dollarsToCents(tax.standardDeduction[input.filing]);
  const without = Math.max(standard, input.otherItemized);
  const withMedical = Math.max(standard, input.otherItemized + input.medicalDeduction);
  const owed = incomeTax(Math.max(0, input.agi - without), input.filing, tax);
  if (input.rate !== null) return Math.min(owed, Math.round(((withMedical - without) * input.rate) / 10_000));
  return Math.max(0, owed - incomeTax(Math.max(0, input.agi - withMedical), input.filing, tax));
}
