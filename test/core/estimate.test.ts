import { describe, it, expect } from 'vitest';
import { estimateFor, realData } from '../helpers/data.js';
import type { Estimate } from '../../src/core/estimate.js';

const line = (est: Estimate, id: string) => est.lineItems.find((l) => l.id === id);
const noExtras = { preVisits: 0, postVisits: 0 };

describe('estimate', () => {
  it('prices the low-dose inpatient course alone at exactly $10,000 to $50,000, typical $25,000', () => {
    const est = estimateFor({ technique: 'low-dose-inpatient', ...noExtras });
    expect(est.lineItems.map((l) => l.id)).toEqual(['treatment']);
    expect(est.total).toEqual({ low: 1_000_000, typical: 2_500_000, high: 5_000_000 });
  });

  it('prices 10 outpatient sessions at $3,000 to $10,000', () => {
    const est = estimateFor({ technique: 'outpatient', sessions: 10, ...noExtras });
    expect(line(est, 'treatment')).toMatchObject({ quantity: 10, unit: 'infusion day' });
    expect(est.total).toEqual({ low: 300_000, typical: null, high: 1_000_000 });
  });

  it('adds each booster at the outpatient day rate', () => {
    const without = estimateFor({ technique: 'low-dose-inpatient', ...noExtras });
    const withTwo = estimateFor({ technique: 'low-dose-inpatient', boosters: 2, ...noExtras });
    expect(line(withTwo, 'boosters')?.amount).toEqual({ low: 60_000, typical: null, high: 200_000 });
    expect(withTwo.total.low - without.total.low).toBe(60_000);
    expect(withTwo.total.high - without.total.high).toBe(200_000);
  });

  it('prices outpatient boosters at the clinic quote when the clinic quoted a day rate', () => {
    const est = estimateFor({ technique: 'outpatient', sessions: 10, boosters: 2, quote: '650', ...noExtras });
    expect(line(est, 'boosters')).toMatchObject({ basis: 'quote', amount: { low: 130_000, high: 130_000 } });
  });

  it('splits the range at the typical value for lower and upper', () => {
    expect(estimateFor({ technique: 'low-dose-inpatient', clinicRange: 'lower', ...noExtras }).total).toEqual({ low: 1_000_000, typical: null, high: 2_500_000 });
    expect(estimateFor({ technique: 'low-dose-inpatient', clinicRange: 'upper', ...noExtras }).total).toEqual({ low: 2_500_000, typical: null, high: 5_000_000 });
  });

  it('splits at the midpoint where there is no typical value', () => {
    expect(estimateFor({ technique: 'outpatient', sessions: 1, clinicRange: 'lower', ...noExtras }).total).toMatchObject({ low: 30_000, high: 65_000 });
    expect(estimateFor({ technique: 'coma', travel: 'none', clinicRange: 'upper', ...noExtras }).total).toMatchObject({ low: 3_000_000, high: 5_000_000 });
  });

  it('replaces the published range with a quote, one amount or low-high', () => {
    expect(estimateFor({ technique: 'coma', travel: 'none', quote: '30000', ...noExtras }).total).toEqual({ low: 3_000_000, typical: 3_000_000, high: 3_000_000 });
    const ranged = estimateFor({ technique: 'coma', travel: 'none', quote: '20000-35000', ...noExtras });
    expect(ranged.total).toEqual({ low: 2_000_000, typical: null, high: 3_500_000 });
    expect(line(ranged, 'treatment')).toMatchObject({ basis: 'quote', sourceIds: [], asOfYear: null });
  });

  it('prices visits from the data per visit', () => {
    const data = realData();
    const est = estimateFor({ technique: 'low-dose-inpatient', preVisits: 2, postVisits: 3 });
    expect(line(est, 'pre-visits')?.amount.low).toBe(2 * data.visits.pre.low * 100);
    expect(line(est, 'post-visits')?.amount.high).toBe(3 * data.visits.post.high * 100);
  });

  it('prices travel per traveller, per night and per traveller-day', () => {
    const data = realData();
    const t = data.travel.domestic;
    const est = estimateFor({ technique: 'low-dose-inpatient', travel: 'domestic', travelers: 2, nights: 6, ...noExtras });
    expect(line(est, 'travel-transport')).toMatchObject({ quantity: 2, amount: { low: 2 * t.transport.low * 100 } });
    expect(line(est, 'travel-lodging')).toMatchObject({ quantity: 6, amount: { high: 6 * t.lodging.high * 100 } });
    expect(line(est, 'travel-meals')).toMatchObject({ quantity: 14, amount: { low: 14 * t.meals.low * 100 } });
  });

  it('defaults coma to international travel for two and says where travel was left out', () => {
    const est = estimateFor({ technique: 'coma' });
    expect(est.scenario).toMatchObject({ travel: 'international', travelers: 2 });
    expect(line(est, 'travel-transport')).toBeDefined();
    expect(estimateFor({ technique: 'coma', travel: 'none' }).warnings.join(' ')).toMatch(/travel costs are not included/);
  });

  it('flags the coma technique legal status and risks', () => {
    const warnings = estimateFor({ technique: 'coma' }).warnings.join('\n');
    expect(warnings).toMatch(/not allowed in the USA/);
    expect(warnings).toMatch(/severe complications/);
    expect(estimateFor({ technique: 'outpatient' }).warnings.join('\n')).not.toMatch(/not allowed in the USA/);
  });

  it('restates the 2015 course price in the price index month', () => {
    const w = estimateFor({ technique: 'low-dose-inpatient' }).warnings.find((x) => x.includes('CPI-U'));
    expect(w).toMatch(/\$10,000–\$50,000 per course in 2015 prices is about \$14,139–\$70,696 in May 2026 dollars/);
  });

  it('keeps every total equal to the sum of its lines and low never above high', () => {
    const techniques = ['low-dose-inpatient', 'outpatient', 'coma'] as const;
    for (const technique of techniques)
      for (const travel of ['none', 'domestic', 'international'] as const)
        for (const clinicRange of ['full', 'lower', 'upper'] as const) {
          const est = estimateFor({ technique, travel, clinicRange, boosters: 3, preVisits: 2, postVisits: 1 });
          const sum = (k: 'low' | 'high') => est.lineItems.reduce((s, l) => s + l.amount[k], 0);
          expect(est.total.low).toBe(sum('low'));
          expect(est.total.high).toBe(sum('high'));
          expect(est.total.low).toBeLessThanOrEqual(est.total.high);
          for (const l of est.lineItems) {
            expect(Number.isInteger(l.amount.low) && Number.isInteger(l.amount.high)).toBe(true);
            expect(l.amount.low).toBeLessThanOrEqual(l.amount.high);
          }
        }
  });
});
