import { describe, it, expect } from 'vitest';
import { estimateFor, realData } from '../helpers/data.js';
import { timelineShare } from '../../src/core/timeline-share.js';

const data = realData();

const CASES: [string, Record<string, unknown>][] = [
  ['self-pay outpatient', { technique: 'outpatient', months: 6, boosters: 2 }],
  ['visits covered, a deductible', { technique: 'outpatient', months: 3, insurance: 'in-network', coinsurance: 20, deductible: 1000 }],
  [
    'everything covered, a maximum reached',
    {
      technique: 'outpatient',
      months: 12,
      boosters: 3,
      insurance: 'in-network',
      coinsurance: 30,
      deductible: 2000,
      oopMax: 4000,
      covered: ['treatment', 'boosters', 'visits'],
    },
  ],
  ['out of network, a copay', { technique: 'outpatient', quote: '650', months: 6, insurance: 'out-of-network', coinsurance: 40, copay: 50 }],
  [
    'a course with travel',
    {
      technique: 'low-dose-inpatient',
      travel: 'domestic',
      postVisits: 3,
      insurance: 'in-network',
      covered: ['treatment', 'visits'],
      deductible: 500,
      coinsurance: 10,
    },
  ],
];

describe('who pays each month', () => {
  it.each(CASES)("sums to the estimate's own share, month by month and in all (%s)", (_name, input) => {
    const est = estimateFor(input);
    const months = timelineShare(est, data);
    expect(months.map((m) => m.month)).toEqual(est.timeline.map((m) => m.month));
    for (const [i, m] of months.entries()) {
      const cost = est.timeline[i]!;
      // The patient and the plan together pay exactly what the month costs.
      expect(m.patient.low + m.insurer.low).toBe(cost.low);
      expect(m.patient.high + m.insurer.high).toBe(cost.high);
      for (const part of [m.patient, m.insurer]) {
        expect(part.low).toBeGreaterThanOrEqual(0);
        expect(part.high).toBeGreaterThanOrEqual(0);
      }
    }
    const last = months.at(-1)!;
    expect(last.cumulativePatient).toEqual({ low: est.yourShare.patient.low, high: est.yourShare.patient.high });
    expect(months.reduce((s, m) => s + m.insurer.high, 0)).toBe(est.yourShare.insurer.high);
  });

  it('meets the deductible with the first bills: the plan pays nothing until it is met', () => {
    const est = estimateFor({
      technique: 'outpatient',
      months: 3,
      insurance: 'in-network',
      coinsurance: 20,
      deductible: 3000,
      covered: ['treatment', 'visits'],
    });
    const [first, second] = timelineShare(est, data);
    // Month 0 (the first visit) is well under the deductible: all of it is the patient's.
    expect(first!.insurer).toEqual({ low: 0, high: 0 });
    expect(second!.insurer.high).toBeGreaterThan(0);
  });
});
