import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estimate, CATEGORIES, type Estimate } from '../../src/core/estimate.js';
import { scenarioToJson } from '../../src/core/scenario.js';
import { batchJsonLine } from '../../src/render/batch-row.js';
import { payingJson, rangeDollars, shareJson } from '../../src/render/report-json.js';
import { readJson, realData } from '../helpers/data.js';

const data = realData();
const SEED = Number(process.env.FC_SEED ?? 20261127);
const money = fc.integer({ min: 0, max: 2_000_000 }).map((c) => c / 100);
const percent = fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
// Planning fields are given now and then: most combinations of many of them are refused.
const rarely = <T>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: a, weight: 1 });

/** Scenario files of every kind, planning fields included; the invalid ones are skipped. */
const input = fc
  .record(
    {
      technique: fc.constantFrom('low-dose-inpatient', 'outpatient', 'coma'),
      clinicRange: maybe(fc.constantFrom('full', 'lower', 'upper')),
      quote: maybe(
        fc.oneof(
          money.filter((m) => m > 0),
          fc.record({ low: fc.constant(100), high: money.map((m) => m + 100) }),
        ),
      ),
      boosters: maybe(fc.integer({ min: 0, max: 100 })),
      preVisits: maybe(fc.integer({ min: 0, max: 50 })),
      postVisits: maybe(fc.integer({ min: 0, max: 50 })),
      sessions: rarely(fc.integer({ min: 1, max: 1000 })),
      travel: maybe(fc.constantFrom('none', 'domestic', 'international')),
      travelers: maybe(fc.integer({ min: 1, max: 20 })),
      nights: maybe(fc.integer({ min: 0, max: 365 })),
      months: maybe(fc.integer({ min: 1, max: 120 })),
      insurance: maybe(fc.constantFrom('none', 'in-network', 'out-of-network')),
      coinsurance: rarely(percent),
      copay: rarely(money),
      deductible: rarely(money),
      oopMax: rarely(money),
      deductibleMet: rarely(money),
      oopMet: rarely(money),
      covered: rarely(fc.constantFrom(['visits'], ['treatment', 'visits'], ['boosters'])),
      hsaFsa: rarely(money),
      agi: rarely(money),
      otherMedical: rarely(money),
      taxRate: rarely(percent),
      financeMonths: rarely(fc.integer({ min: 1, max: 120 })),
      apr: rarely(percent),
      promoMonths: rarely(fc.integer({ min: 1, max: 60 })),
      saveMonths: rarely(fc.integer({ min: 1, max: 120 })),
      workDays: rarely(fc.integer({ min: 0, max: 365 })),
      dailyIncome: rarely(money),
      companionWorkDays: rarely(fc.integer({ min: 0, max: 365 })),
      companionDailyIncome: rarely(money),
    },
    { requiredKeys: ['technique'] },
  )
  .map((f) => {
    // Keep most combinations valid: drop what the rules would refuse.
    const g: Record<string, unknown> = { ...f };
    if (g.technique !== 'outpatient') delete g.months;
    if (g.months !== undefined) delete g.sessions;
    if (g.quote !== undefined) delete g.clinicRange;
    if (g.insurance === undefined || g.insurance === 'none')
      for (const k of ['coinsurance', 'copay', 'deductible', 'deductibleMet', 'oopMax', 'oopMet', 'covered']) delete g[k];
    if (typeof g.deductibleMet === 'number' && g.deductibleMet > ((g.deductible as number | undefined) ?? 0)) delete g.deductibleMet;
    if (
      typeof g.oopMet === 'number' &&
      (g.oopMax === undefined || g.oopMet > (g.oopMax as number) || g.oopMet < ((g.deductibleMet as number | undefined) ?? 0))
    )
      delete g.oopMet;
    if (Array.isArray(g.covered) && !g.covered.includes('visits')) delete g.copay;
    const drop = (...keys: string[]) => {
      for (const k of keys) delete g[k];
    };
    if (g.agi === undefined) drop('otherMedical', 'taxRate');
    if (g.apr === undefined) drop('financeMonths', 'promoMonths');
    if (g.financeMonths === undefined && g.promoMonths === undefined) drop('apr');
    if (g.workDays === undefined || g.dailyIncome === undefined) drop('workDays', 'dailyIncome');
    if (g.companionWorkDays === undefined || g.companionDailyIncome === undefined) drop('companionWorkDays', 'companionDailyIncome');
    return Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined));
  });

/** The batch row as the estimate JSON's own parts give it, through JSON.stringify. */
function expected(id: string, est: Estimate): string {
  const { basis, index, month, value } = est.prices;
  return JSON.stringify({
    id,
    prices: { basis, index, month, value },
    scenario: scenarioToJson(est.scenario),
    total: { ...rangeDollars(est.total), openHigh: est.total.openHigh },
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, rangeDollars(est.categories[c])])),
    yourShare: shareJson(est),
    ...payingJson(est),
  });
}

describe('batch NDJSON rows', () => {
  it('are exactly JSON.stringify of the estimate JSON parts, for every kind of scenario (property)', () => {
    let checked = 0;
    let insured = 0;
    let planned = 0;
    fc.assert(
      fc.property(input, fc.string(), fc.constantFrom('today', 'published') as fc.Arbitrary<'today' | 'published'>, (fields, id, prices) => {
        const r = readJson(fields, data);
        if (!r.ok) return;
        const est = estimate(r.normalised.scenario, data, r.normalised.notes, { prices, lean: true });
        expect(batchJsonLine(id, est)).toBe(expected(id, est));
        checked++;
        if (est.scenario.insurance !== 'none') insured++;
        if (payingJson(est).financing !== null || est.yourShare.taxSaving !== null) planned++;
      }),
      { seed: SEED, numRuns: 2000 },
    );
    // Enough of them were valid scenarios to mean something.
    expect({ checked: checked > 300, insured: insured > 50, planned: planned > 20 }).toEqual({ checked: true, insured: true, planned: true });
  });
});
