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
      expect(typeof figure.asOf === 'number' ? figure.asOf : figure.asOf.from, path).toBeGreaterThan(2000);
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
    d.techniques.outpatient.price.low = 2001;
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
    const d = JSON.parse(
      JSON.stringify(rawData())
        .replace('"visits": {', '"visits": {"__proto__": {"polluted": true},')
        .replace('"visits":{', '"visits":{"__proto__":{"polluted":true},'),
    );
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

describe('the data file schema, version 2 rules', () => {
  it('refuses a span whose years have no price index value, naming the figure', () => {
    const d = rawData();
    d.techniques.coma.price.asOf = { from: 1995, to: 2008, reason: { en: 'test', es: 'prueba' } };
    expect(pathsOf(d)).toContain('techniques.coma.price.asOf');
  });

  it('refuses an amount written into a warning or checklist text, and an unknown placeholder', () => {
    const d = rawData();
    d.techniques.coma.warnings.push({ en: 'It costs $300 a day.', es: 'Cuesta 300 al día.' });
    d.checklist[0].why = { en: 'Ask about {gfe.nope}.', es: 'Pregunte por {gfe.nope}.' };
    const problems = validateCostData(d);
    expect(problems.ok).toBe(false);
    if (problems.ok) return;
    expect(problems.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['techniques.coma.warnings[3].en', 'checklist[0].why.en', 'checklist[0].why.es']),
    );
    expect(problems.problems.map((p) => p.message).join(' ')).toMatch(/unknown placeholder \{gfe.nope\}/);
  });

  it('tells the writer of an older file what changed, and names each text that lacks a language', () => {
    const d = rawData();
    d.schemaVersion = 2;
    d.techniques.coma.label = 'Ketamine coma';
    const r = validateCostData(d);
    const problems = r.ok ? [] : r.problems;
    expect(problems.find((p) => p.path === 'schemaVersion')?.message).toMatch(
      /reads schemaVersion 4: version 3 files need tax.standardDeduction.*every text a person reads is given in English and Spanish/,
    );
    expect(problems.find((p) => p.path === 'techniques.coma.label')?.message).toMatch(/must give the text in both languages/);
  });

  it('refuses a text with only one language', () => {
    const d = rawData();
    d.checklist[0].question = { en: 'Is it all-inclusive?' };
    expect(pathsOf(d)).toContain('checklist[0].question.es');
  });
});

describe('the data file schema never hangs on hostile numbers', () => {
  it('refuses a span with an absurd year at once (found by the fuzz suite: it used to loop without end)', () => {
    const d = rawData();
    d.techniques.coma.price.asOf = { from: -1e308, to: 2008, reason: { en: 'hostile', es: 'hostil' } };
    expect(pathsOf(d)).toContain('techniques.coma.price.asOf.from');
  });
});
