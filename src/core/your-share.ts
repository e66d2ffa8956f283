import type { CostData } from './data-schema.js';
import type { Category, LineItem } from './estimate.js';
import type { Scenario } from './scenario.js';
import { medicalTaxSaving } from './federal-tax.js';
import type { FilingStatus } from './ids.js';

/** The three points of an estimate; typical is null where the estimate has none. */
export interface Points {
  low: number;
  typical: number | null;
  high: number;
}

/** What the patient pays, and how (cents at each point): see the README, "Your share". */
export interface YourShare {
  insurer: Points;
  patient: Points;
  /** What the patient pays before any reimbursement: out of network, the covered care too. */
  paidUpFront: Points;
  countedTowardOopMax: Points;
  /** Care the plan does not cover (and travel): paid in full, never counted toward the maximum. */
  notCounted: Points;
  /** The part of the patient's share that HSA or FSA money may pay: qualified medical expenses only (null without --hsa-fsa). */
  hsaFsaQualified: Points | null;
  hsaFsaCovered: Points;
  leftToFind: Points;
  /** Null without --agi. */
  medicalExpense: Points | null;
  deductibleAboveThreshold: Points | null;
  /** Null without --agi. */
  taxSaving: Points | null;
  /** How the tax figures were worked out (null without --agi): federal income tax only. */
  tax: TaxBasis | null;
}

export interface TaxBasis {
  year: number;
  filing: FilingStatus;
  /** `brackets`: the year's brackets and standard deduction; `rate`: the marginal rate given, capped at the tax owed. */
  method: 'brackets' | 'rate';
  /** Medical expenses count above this percent of AGI. */
  agiFloorPercent: number;
}

type Point = 'low' | 'typical' | 'high';

/** Applies a function at low, typical and high; typical stays null where any input is null. */
function at(f: (p: Point) => number | null): Points {
  const typical = f('typical');
  return { low: f('low')!, typical, high: f('high')! };
}

/** A percent given in hundredths (20% = 2000) of an amount in cents, rounded to the cent. */
const percentOf = (cents: number, hundredths: number) => Math.round((cents * hundredths) / 10_000);

/**
 * The patient's share of an estimate: the insurer pays covered care after the deductible,
 * coinsurance and copays, up to the out-of-pocket maximum; travel and uncovered care are the
 * patient's alone. Then HSA or FSA money, and the US medical expense deduction (IRS Publication 502).
 */
export function yourShare(lines: readonly LineItem[], scenario: Scenario, data: CostData, estimateTotal?: Points): YourShare {
  // Self-pay with no HSA or tax inputs, the common case: the patient pays the total, nothing else to work out.
  if (estimateTotal && scenario.insurance === 'none' && scenario.hsaFsa === null && scenario.agi === null) {
    const all: Points = { low: estimateTotal.low, typical: estimateTotal.typical, high: estimateTotal.high };
    const zero: Points = { low: 0, typical: all.typical === null ? null : 0, high: 0 };
    return {
      insurer: zero,
      patient: all,
      paidUpFront: all,
      countedTowardOopMax: zero,
      notCounted: all,
      hsaFsaQualified: null,
      hsaFsaCovered: zero,
      leftToFind: all,
      medicalExpense: null,
      deductibleAboveThreshold: null,
      taxSaving: null,
      tax: null,
    };
  }
  const covered = new Set<Category>(scenario.insurance === 'none' ? [] : (scenario.covered ?? []));
  const sumOf = (p: Point, keep: (l: LineItem) => boolean) => {
    let total = 0;
    for (const l of lines) {
      if (!keep(l)) continue;
      const v = l.amount[p];
      if (v === null) return null;
      total += v;
    }
    return total;
  };
  const copayVisits = scenario.copay !== null && covered.has('visits');

  const sharing = at((p) => {
    const viaDeductible = sumOf(p, (l) => covered.has(l.category) && !(copayVisits && l.category === 'visits'));
    // Each covered visit costs the patient its copay, or the visit's own price where that is less.
    const copays = copayVisits ? copaysOf(lines, p, scenario.copay!) : 0;
    if (viaDeductible === null || copays === null) return null;
    const deductibleLeft = Math.max(0, (scenario.deductible ?? 0) - (scenario.deductibleMet ?? 0));
    const deductiblePaid = Math.min(viaDeductible, deductibleLeft);
    const coinsurance = percentOf(viaDeductible - deductiblePaid, scenario.coinsurance ?? 0);
    const owed = deductiblePaid + coinsurance + copays;
    return scenario.oopMax === null ? owed : Math.min(owed, Math.max(0, scenario.oopMax - (scenario.oopMet ?? 0)));
  });
  const coveredTotal = at((p) => sumOf(p, (l) => covered.has(l.category)));
  const total = at((p) => sumOf(p, () => true));
  const insurer = at((p) => nullable(coveredTotal[p], sharing[p], (c, s) => c - s));
  const patient = at((p) => nullable(total[p], insurer[p], (t, i) => t - i));
  const paidUpFront = scenario.insurance === 'out-of-network' ? total : patient;
  const notCounted = at((p) => nullable(total[p], coveredTotal[p], (t, c) => t - c));
  // HSA and FSA money pays only qualified medical expenses: the same the deduction counts (IRS Publication 502).
  const qualified = at((p) => {
    const travel = sumOf(p, (l) => l.category === 'travel');
    const qualifiedTravel = qualifiedTravelOf(lines, scenario, data, p);
    return patient[p] === null || travel === null || qualifiedTravel === null ? null : patient[p]! - travel + qualifiedTravel;
  });
  const hsa = scenario.hsaFsa ?? 0;
  const hsaFsaCovered = at((p) => nullable(qualified[p], 0, (q) => Math.min(hsa, q)));
  const leftToFind = at((p) => nullable(patient[p], hsaFsaCovered[p], (pt, h) => pt - h));

  let medicalExpense: Points | null = null;
  let deductibleAboveThreshold: Points | null = null;
  let taxSaving: Points | null = null;
  let tax: TaxBasis | null = null;
  if (scenario.agi !== null) {
    const agi = scenario.agi;
    // Money paid tax-free from an HSA or FSA cannot be deducted again.
    medicalExpense = at((p) => nullable(qualified[p], hsaFsaCovered[p], (q, h) => q - h));
    const threshold = Math.round((agi * data.tax.agiThresholdPercent) / 100);
    // A deduction cannot be more than the income it is taken from.
    deductibleAboveThreshold = at((p) => nullable(medicalExpense![p], 0, (m) => Math.min(agi, Math.max(0, m + (scenario.otherMedical ?? 0) - threshold))));
    const filing = scenario.filing ?? 'single';
    tax = { year: data.tax.year, filing, method: scenario.taxRate === null ? 'brackets' : 'rate', agiFloorPercent: data.tax.agiThresholdPercent };
    taxSaving = at((p) =>
      nullable(deductibleAboveThreshold![p], 0, (medicalDeduction) =>
        medicalTaxSaving({ agi, medicalDeduction, otherItemized: scenario.otherItemized ?? 0, filing, rate: scenario.taxRate }, data.tax),
      ),
    );
  }
  return {
    insurer,
    patient,
    paidUpFront,
    countedTowardOopMax: sharing,
    notCounted,
    hsaFsaQualified: scenario.hsaFsa === null ? null : qualified,
    hsaFsaCovered,
    leftToFind,
    medicalExpense,
    deductibleAboveThreshold,
    taxSaving,
    tax,
  };
}

/** The copays of the covered visits at one point: each visit the copay, or its own price where that is less. */
function copaysOf(lines: readonly LineItem[], p: Point, copay: number): number | null {
  let total = 0;
  for (const l of lines) {
    if (l.category !== 'visits') continue;
    const unit = l.unitPrice[p];
    if (unit === null) return null;
    total += Math.min(copay, unit) * (p === 'high' ? l.quantityHigh : l.quantity);
  }
  return total;
}

/**
 * The qualified part of the travel lines at one point (IRS Publication 502): the fares of the patient
 * and one needed companion on every trip; lodging up to the per-night limit for each of them, only for
 * care in a licensed hospital, and never the patient's on nights spent in hospital; rides home. Never
 * meals or passports.
 */
function qualifiedTravelOf(lines: readonly LineItem[], s: Scenario, data: CostData, p: Point): number | null {
  const tax = data.tax;
  const counted = Math.min(2, Math.max(1, s.travelers));
  let total = 0;
  for (const l of lines) {
    if (l.category !== 'travel') continue;
    const unit = l.unitPrice[p];
    if (unit === null) return null;
    if (l.id === 'travel-transport') {
      const trips = s.travelers > 0 ? l.quantity / s.travelers : 0;
      total += unit * Math.min(counted, s.travelers) * trips;
    } else if (l.id === 'travel-lodging' && (tax.lodgingCountsFor as string[]).includes(s.technique)) {
      const cap = Math.round(tax.lodgingPerNightPerPerson * 100);
      const hospitalNights = Math.min(data.techniques[s.technique].hospitalDays, l.quantity);
      total += Math.min(unit, cap * (counted - 1)) * hospitalNights + Math.min(unit, cap * counted) * (l.quantity - hospitalNights);
    } else if (l.id === 'rides') total += p === 'high' ? l.amount.high : l.amount.low;
  }
  return total;
}

function nullable(a: number | null, b: number | null, f: (a: number, b: number) => number): number | null {
  return a === null || b === null ? null : f(a, b);
}
