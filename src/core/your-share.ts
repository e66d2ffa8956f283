import type { CostData } from './data-schema.js';
import type { Category, LineItem } from './estimate.js';
import type { Scenario } from './scenario.js';

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
  hsaFsaCovered: Points;
  leftToFind: Points;
  /** Null without --agi. */
  medicalExpense: Points | null;
  deductibleAboveThreshold: Points | null;
  /** Null without --agi or --tax-rate. */
  taxSaving: Points | null;
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
      hsaFsaCovered: zero,
      leftToFind: all,
      medicalExpense: null,
      deductibleAboveThreshold: null,
      taxSaving: null,
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
  const visitCount = scenario.preVisits + scenario.postVisits;

  const sharing = at((p) => {
    const viaDeductible = sumOf(p, (l) => covered.has(l.category) && !(copayVisits && l.category === 'visits'));
    const visits = copayVisits ? sumOf(p, (l) => l.category === 'visits') : 0;
    if (viaDeductible === null || visits === null) return null;
    const deductibleLeft = Math.max(0, (scenario.deductible ?? 0) - (scenario.deductibleMet ?? 0));
    const deductiblePaid = Math.min(viaDeductible, deductibleLeft);
    const coinsurance = percentOf(viaDeductible - deductiblePaid, scenario.coinsurance ?? 0);
    const copays = copayVisits ? Math.min(visits, scenario.copay! * visitCount) : 0;
    const owed = deductiblePaid + coinsurance + copays;
    return scenario.oopMax === null ? owed : Math.min(owed, Math.max(0, scenario.oopMax - (scenario.oopMet ?? 0)));
  });
  const coveredTotal = at((p) => sumOf(p, (l) => covered.has(l.category)));
  const total = at((p) => sumOf(p, () => true));
  const insurer = at((p) => nullable(coveredTotal[p], sharing[p], (c, s) => c - s));
  const patient = at((p) => nullable(total[p], insurer[p], (t, i) => t - i));
  const paidUpFront = scenario.insurance === 'out-of-network' ? total : patient;
  const notCounted = at((p) => nullable(total[p], coveredTotal[p], (t, c) => t - c));
  const hsa = scenario.hsaFsa ?? 0;
  const hsaFsaCovered = at((p) => nullable(patient[p], 0, (pt) => Math.min(hsa, pt)));
  const leftToFind = at((p) => nullable(patient[p], hsaFsaCovered[p], (pt, h) => pt - h));

  let medicalExpense: Points | null = null;
  let deductibleAboveThreshold: Points | null = null;
  let taxSaving: Points | null = null;
  if (scenario.agi !== null) {
    const tax = data.tax;
    const lodgingCounts = (tax.lodgingCountsFor as string[]).includes(scenario.technique);
    // The patient and one companion who is needed: other travellers' fares and lodging do not count.
    const counted = Math.min(2, Math.max(1, scenario.travelers));
    const perNightCap = Math.round(tax.lodgingPerNightPerPerson * 100) * counted;
    medicalExpense = at((p) => {
      const travel = sumOf(p, (l) => l.category === 'travel');
      const fareLine = lines.find((l) => l.id === 'travel-transport');
      const fare = fareLine ? fareLine.unitPrice[p] : 0;
      const transport = fareLine && fare !== null ? fare * Math.min(counted, fareLine.quantity) : 0;
      const lodgingLine = lines.find((l) => l.id === 'travel-lodging');
      const unit = lodgingLine ? lodgingLine.unitPrice[p] : 0;
      if (patient[p] === null || travel === null || unit === null) return null;
      const lodging = lodgingCounts && lodgingLine ? Math.min(unit, perNightCap) * lodgingLine.quantity : 0;
      // Money paid tax-free from an HSA or FSA cannot be deducted again.
      return Math.max(0, patient[p]! - travel + transport + lodging - hsaFsaCovered[p]!);
    });
    const threshold = Math.round((scenario.agi * tax.agiThresholdPercent) / 100);
    // A deduction cannot be more than the income it is taken from.
    deductibleAboveThreshold = at((p) =>
      nullable(medicalExpense![p], 0, (m) => Math.min(scenario.agi!, Math.max(0, m + (scenario.otherMedical ?? 0) - threshold))),
    );
    if (scenario.taxRate !== null) taxSaving = at((p) => nullable(deductibleAboveThreshold![p], 0, (d) => percentOf(d, scenario.taxRate!)));
  }
  return {
    insurer,
    patient,
    paidUpFront,
    countedTowardOopMax: sharing,
    notCounted,
    hsaFsaCovered,
    leftToFind,
    medicalExpense,
    deductibleAboveThreshold,
    taxSaving,
  };
}

function nullable(a: number | null, b: number | null, f: (a: number, b: number) => number): number | null {
  return a === null || b === null ? null : f(a, b);
}
