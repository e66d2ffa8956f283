import type { CostData } from './data-schema.js';
import type { Estimate, LineItem } from './estimate.js';
import { yourShare } from './your-share.js';

/** Low and high cents. */
export interface LowHigh {
  low: number;
  high: number;
}

/** Who pays each month of the cash plan. */
export interface MonthShare {
  month: number;
  patient: LowHigh;
  insurer: LowHigh;
  /** What the patient has paid by the end of this month. */
  cumulativePatient: LowHigh;
}

/**
 * The patient's and the insurer's part of each month of the timeline. The share rules run on what
 * has been spent by the end of each month, in order, so the deductible is met by the first bills and
 * the out-of-pocket maximum caps the later ones; each month's part is the change since the month
 * before, so the months sum exactly to the estimate's own share.
 */
export function timelineShare(est: Estimate, data: CostData): MonthShare[] {
  const spent = new Map<string, LowHigh>();
  let before = { patient: { low: 0, high: 0 }, insurer: { low: 0, high: 0 } };
  const out: MonthShare[] = [];
  for (const m of est.timeline) {
    for (const item of m.items) {
      const s = spent.get(item.id) ?? { low: 0, high: 0 };
      spent.set(item.id, { low: s.low + item.low, high: s.high + item.high });
    }
    const lines: LineItem[] = est.lineItems.map((l) => {
      const s = spent.get(l.id) ?? { low: 0, high: 0 };
      return { ...l, amount: { low: s.low, typical: null, high: s.high, openHigh: false } };
    });
    const share = yourShare(lines, est.scenario, data);
    const now = { patient: { low: share.patient.low, high: share.patient.high }, insurer: { low: share.insurer.low, high: share.insurer.high } };
    out.push({
      month: m.month,
      patient: { low: now.patient.low - before.patient.low, high: now.patient.high - before.patient.high },
      insurer: { low: now.insurer.low - before.insurer.low, high: now.insurer.high - before.insurer.high },
      cumulativePatient: now.patient,
    });
    before = now;
  }
  return out;
}
