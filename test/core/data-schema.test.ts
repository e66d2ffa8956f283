import { describe, it, expect } from 'vitest';
import { validateCostData } from '../../src/core/validate-data.js';
import { listFigures } from '../../src/core/figures.js';
import { rawData, realData } from '../helpers/data.js';

const pathsOf = (json: unknown) => {
  const r = validateCostData(json);
  return r.ok ? [] : r.problems.map((p) => p.path);
};

describe('the data file schema', () => {
  it('accepts the committed data file', () => {
    expect(validateCostData(rawData()).ok).toBe(true);
  });

  it('gives every figure a source or a rationale, and a year', () => {
    for (const { path, figure } of listFigures(realData())) {
      expect(figure.asOfYear, path).toBeGreaterThan(2000);
      if (figure.basis === 'published') expect(figure.sourceIds.length, path).toBeGreaterThan(0);
      else expect(figure.rationale, path).toBeTruthy();
    }
  });

  it('refuses a missing field, naming its path', () => {
    const d = rawData();
    delete d.techniques.coma.price.high;
    expect(pathsOf(d)).toContain('techniques.coma.price.high');
  });

  it('refuses a negative price', () => {
    const d = rawData();
    d.visits.pre.low = -5;
    expect(pathsOf(d)).toContain('visits.pre.low');
  });

  it('refuses low above high', () => {
    const d = rawData();
    d.techniques.outpatient.price.low = 2000;
    expect(pathsOf(d)).toContain('techniques.outpatient.price.low');
  });

  it('refuses an unknown source id', () => {
    const d = rawData();
    d.travel.domestic.lodging.sourceIds = ['nowhere'];
    expect(pathsOf(d)).toContain('travel.domestic.lodging.sourceIds[0]');
  });

  it('refuses a wrong type', () => {
    const d = rawData();
    d.techniques['low-dose-inpatient'].price.typical = '25000';
    expect(pathsOf(d)).toContain('techniques.low-dose-inpatient.price.typical');
  });

  it('refuses a __proto__ key', () => {
    const d = JSON.parse(JSON.stringify(rawData()).replace('"visits": {', '"visits": {"__proto__": {"polluted": true},').replace('"visits":{', '"visits":{"__proto__":{"polluted":true},'));
    expect(pathsOf(d)).toContain('visits.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an assumption without a rationale and a published figure without a source', () => {
    const d = rawData();
    delete d.visits.post.rationale;
    d.visits.pre.sourceIds = [];
    expect(pathsOf(d)).toEqual(expect.arrayContaining(['visits.post.rationale', 'visits.pre.sourceIds']));
  });

  it('lists every problem, not just the first', () => {
    const d = rawData();
    d.visits.pre.low = -1;
    d.currency = 'EUR';
    d.checklist[0].when = 'sometimes';
    expect(pathsOf(d).length).toBeGreaterThanOrEqual(3);
  });
});
