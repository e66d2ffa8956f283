import { describe, it, expect } from 'vitest';
import { normaliseScenario } from '../../src/core/scenario.js';
import { InputError } from '../../src/core/problems.js';
import { realData } from '../helpers/data.js';

const data = realData();
const problems = (input: unknown) => {
  try {
    normaliseScenario(input, data);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
};

describe('normaliseScenario', () => {
  it('applies the technique defaults from the data', () => {
    const { scenario } = normaliseScenario({ technique: 'outpatient' }, data);
    expect(scenario).toMatchObject({ clinicRange: 'full', boosters: 0, preVisits: 1, postVisits: 1, travel: 'none', months: 3, sessions: 17 });
  });

  it('derives sessions from months and shows the breakdown', () => {
    const n = normaliseScenario({ technique: 'outpatient', months: 1 }, data);
    expect(n.scenario.sessions).toBe(14);
    expect(n.schedule?.map((p) => p.sessions)).toEqual([10, 4]);
  });

  it.each([
    [{ technique: 'laser' }, 'technique'],
    [{ technique: 'coma', boosters: -1 }, 'boosters'],
    [{ technique: 'coma', nights: 1.5 }, 'nights'],
    [{ technique: 'coma', travelers: 'two' }, 'travelers'],
    [{ technique: 'coma', sessions: 10 }, 'sessions'],
    [{ technique: 'low-dose-inpatient', months: 2 }, 'months'],
    [{ technique: 'outpatient', sessions: 0 }, 'sessions'],
    [{ technique: 'outpatient', sessions: 10, months: 3 }, 'sessions'],
    [{ technique: 'coma', quote: '50000-10000' }, 'quote'],
    [{ technique: 'coma', quote: 'lots' }, 'quote'],
    [{ technique: 'coma', quote: '30000', clinicRange: 'lower' }, 'quote'],
    [{ technique: 'coma', clinicRange: 'quote' }, 'clinicRange'],
    [{ technique: 'coma', travel: 'domestic', travelers: 0 }, 'travelers'],
    [{ technique: 'coma', boosters: 101 }, 'boosters'],
    [{ technique: 'coma', boostres: 1 }, 'boostres'],
  ])('refuses %j, naming %s', (input, path) => {
    expect(problems(input).map((p) => p.path)).toContain(path);
  });

  it('reports every problem at once', () => {
    expect(problems({ technique: 'coma', boosters: -1, nights: -2 }).map((p) => p.path).sort()).toEqual(['boosters', 'nights']);
  });

  it('accepts a saved scenario whose sessions match its months', () => {
    expect(normaliseScenario({ technique: 'outpatient', months: 3, sessions: 17 }, data).scenario.sessions).toBe(17);
  });

  it('drops travellers and nights when there is no travel, and says so', () => {
    const n = normaliseScenario({ technique: 'low-dose-inpatient', travel: 'none', nights: 4 }, data);
    expect(n.scenario).toMatchObject({ travelers: 0, nights: 0 });
    expect(n.notes.join(' ')).toMatch(/ignored/);
  });
});
