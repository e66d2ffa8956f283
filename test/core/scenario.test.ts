import { describe, it, expect } from 'vitest';
import { readScenario } from '../../src/core/scenario-read.js';
import { flagOf } from '../../src/core/scenario-fields.js';
import { jsonLayer, readJson, realData } from '../helpers/data.js';

const data = realData();
const problems = (input: Record<string, unknown>) => {
  const r = readJson(input, data);
  return r.ok ? [] : r.problems;
};
const normalised = (input: Record<string, unknown>) => {
  const r = readJson(input, data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.normalised;
};
const flags = (fields: Record<string, string>) => ({ fields, textual: true, name: flagOf, label: 'the flags' });

describe('the one road in (JSON scenario fields)', () => {
  it('applies the technique defaults from the data', () => {
    expect(normalised({ technique: 'outpatient' }).scenario).toMatchObject({
      clinicRange: 'full',
      boosters: 0,
      preVisits: 1,
      postVisits: 1,
      travel: 'none',
      months: 3,
      sessions: 17,
    });
  });

  it('derives sessions from months and shows the breakdown', () => {
    const n = normalised({ technique: 'outpatient', months: 1 });
    expect(n.scenario.sessions).toBe(14);
    expect(n.schedule?.map((p) => p.sessions)).toEqual([10, 4]);
  });

  it.each([
    [{ technique: 'laser' }, 'plan.json: technique'],
    [{ technique: 'coma', boosters: -1 }, 'plan.json: boosters'],
    [{ technique: 'coma', nights: 1.5 }, 'plan.json: nights'],
    [{ technique: 'coma', travelers: 'two' }, 'plan.json: travelers'],
    [{ technique: 'coma', travelers: '2' }, 'plan.json: travelers'],
    [{ technique: 'coma', sessions: 10 }, 'plan.json: sessions'],
    [{ technique: 'low-dose-inpatient', months: 2 }, 'plan.json: months'],
    [{ technique: 'outpatient', sessions: 0 }, 'plan.json: sessions'],
    [{ technique: 'outpatient', sessions: 10, months: 3 }, 'plan.json: sessions'],
    [{ technique: 'coma', quote: '50000-10000' }, 'plan.json: quote'],
    [{ technique: 'coma', quote: 'lots' }, 'plan.json: quote'],
    [{ technique: 'coma', quote: 1000.005 }, 'plan.json: quote'],
    [{ technique: 'coma', quote: { low: 10000.123, high: 20000 } }, 'plan.json: quote'],
    [{ technique: 'coma', quote: '' }, 'plan.json: quote'],
    [{ technique: 'coma', quote: '30000', clinicRange: 'lower' }, 'plan.json: quote'],
    [{ technique: 'coma', clinicRange: 'quote' }, 'plan.json: clinicRange'],
    [{ technique: 'coma', travel: 'domestic', travelers: 0 }, 'plan.json: travelers'],
    [{ technique: 'coma', boosters: 101 }, 'plan.json: boosters'],
    [{ technique: 'coma', boostres: 1 }, 'plan.json: boostres'],
    [{ boosters: 1 }, 'plan.json: technique'],
  ])('refuses %j, naming %s', (input, name) => {
    expect(problems(input).map((p) => p.path)).toContain(name);
  });

  it('reports every problem at once, every unknown field included', () => {
    expect(
      problems({ technique: 'coma', boosters: -1, nights: -2, colour: 'red', size: 3 })
        .map((p) => p.path)
        .sort(),
    ).toEqual(['plan.json: boosters', 'plan.json: colour', 'plan.json: nights', 'plan.json: size']);
  });

  it('refuses a field given twice under two spellings', () => {
    expect(problems({ technique: 'coma', preVisits: 1, 'pre-visits': 2 })[0]?.message).toMatch(/given twice/);
  });

  it('accepts a saved scenario whose sessions match its months', () => {
    expect(normalised({ technique: 'outpatient', months: 3, sessions: 17 }).scenario.sessions).toBe(17);
  });

  it('drops travellers and nights when there is no travel, and says so', () => {
    const n = normalised({ technique: 'low-dose-inpatient', travel: 'none', nights: 4 });
    expect(n.scenario).toMatchObject({ travelers: 0, nights: 0 });
    expect(n.notes.join(' ')).toMatch(/ignored/);
  });

  it('names a flag problem by its flag and a file problem by file and field', () => {
    const r = readScenario([jsonLayer({ technique: 'coma', nights: -1 }), flags({ boosters: 'x' })], data);
    expect(r.ok ? [] : r.problems.map((p) => p.path).sort()).toEqual(['--boosters', 'plan.json: nights']);
  });

  it('drops the file price choice and plan when the flags change the technique, with a note', () => {
    const r = readScenario([jsonLayer({ technique: 'outpatient', quote: 650, months: 6 }), flags({ technique: 'coma' })], data);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.normalised.scenario).toMatchObject({ technique: 'coma', clinicRange: 'full', quote: null, sessions: null, months: null });
    expect(r.normalised.notes.join(' ')).toMatch(/from outpatient to coma.*were dropped/);
  });

  it('takes the technique travel defaults when the flags turn on travel the file had off', () => {
    const r = readScenario([jsonLayer({ technique: 'low-dose-inpatient', travel: 'none', travelers: 0, nights: 0 }), flags({ travel: 'domestic' })], data);
    expect(r.ok && r.normalised.scenario).toMatchObject({ travel: 'domestic', travelers: 2, nights: 6 });
  });

  it('lets a flag for sessions or months replace both of the file', () => {
    const r = readScenario([jsonLayer({ technique: 'outpatient', months: 6, sessions: 20 }), flags({ sessions: '10' })], data);
    expect(r.ok && r.normalised.scenario).toMatchObject({ sessions: 10, months: null });
  });
});
