import { describe, it, expect } from 'vitest';
import { sessionsForMonths, totalSessions } from '../../src/core/outpatient-schedule.js';
import { realData } from '../helpers/data.js';

const phases = realData().techniques.outpatient.schedule!.phases;
const total = (months: number) => totalSessions(sessionsForMonths(phases, months));

describe('outpatient schedule from the data file', () => {
  it('gives the 10 weekday sessions of the first 2 weeks first', () => {
    expect(sessionsForMonths(phases, 1)[0]).toEqual({ label: 'daily on weekdays for the first 2 weeks', sessions: 10, sessionsHigh: 10 });
  });

  it.each([
    [1, 14, 14],
    [2, 16, 16],
    [3, 17, 17],
    [6, 20, 21],
    [12, 22, 25],
  ])('derives %i months to %i to %i sessions', (months, low, high) => {
    expect(total(months)).toEqual({ low, high });
  });

  it('gives a 12-month plan a range: once or twice every 3 months in maintenance', () => {
    const twelve = total(12);
    expect(twelve.high).toBeGreaterThan(twelve.low);
  });

  it('never loses sessions as the plan gets longer', () => {
    let previous = { low: 0, high: 0 };
    for (let m = 1; m <= 120; m++) {
      const n = total(m);
      expect(n.low).toBeGreaterThanOrEqual(previous.low);
      expect(n.high).toBeGreaterThanOrEqual(previous.high);
      previous = n;
    }
  });

  it('adds one or two maintenance sessions every 3 months once the step-down is over', () => {
    expect(total(24).low - total(21).low).toBe(1);
    expect(total(24).high - total(21).high).toBe(2);
  });
});
