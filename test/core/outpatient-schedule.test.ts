import { describe, it, expect } from 'vitest';
import { sessionsForMonths, totalSessions } from '../../src/core/outpatient-schedule.js';
import { realData } from '../helpers/data.js';

const phases = realData().techniques.outpatient.schedule!.phases;

describe('outpatient schedule from the data file', () => {
  it('gives the 10 weekday sessions of the first 2 weeks first', () => {
    expect(sessionsForMonths(phases, 1)[0]).toEqual({ label: 'daily on weekdays for the first 2 weeks', sessions: 10 });
  });

  it.each([
    [1, 14],
    [2, 16],
    [3, 17],
    [6, 20],
    [12, 22],
  ])('derives %i months to %i sessions', (months, sessions) => {
    expect(totalSessions(sessionsForMonths(phases, months))).toBe(sessions);
  });

  it('never loses sessions as the plan gets longer', () => {
    let previous = 0;
    for (let m = 1; m <= 120; m++) {
      const n = totalSessions(sessionsForMonths(phases, m));
      expect(n).toBeGreaterThanOrEqual(previous);
      previous = n;
    }
  });

  it('adds one maintenance session every 3 months once the step-down is over', () => {
    const at = (m: number) => totalSessions(sessionsForMonths(phases, m));
    expect(at(24) - at(21)).toBe(1);
  });
});
