import { describe, it, expect } from 'vitest';
import { estimateFor, fixtureData } from '../helpers/data.js';
import type { Estimate } from '../../src/core/estimate.js';
import { readJson } from '../helpers/data.js';
import { estimate } from '../../src/core/estimate.js';

// The fixture's figures are dated 2026 (today's prices) except the coma price and the older outpatient figure.
const data = fixtureData();
const est = (input: Record<string, unknown>, prices: 'today' | 'published' = 'today') => {
  const r = readJson(input, data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return estimate(r.normalised.scenario, data, r.normalised.notes, { prices });
};
const line = (e: Estimate, id: string) => e.lineItems.find((l) => l.id === id);
const noExtras = { preVisits: 0, postVisits: 0 };

describe('estimate (fixture data)', () => {
  it('prices a course alone at its range', () => {
    const e = est({ technique: 'low-dose-inpatient', ...noExtras });
    expect(e.lineItems.map((l) => l.id)).toEqual(['treatment']);
    expect(e.total).toEqual({ low: 1_000_000, typical: 2_000_000, high: 4_000_000, openHigh: false });
  });

  it('prices outpatient sessions per infusion day', () => {
    const e = est({ technique: 'outpatient', sessions: 10, ...noExtras });
    expect(line(e, 'treatment')).toMatchObject({ quantity: 10, quantityHigh: 10, unit: 'infusion day' });
    expect(e.total).toMatchObject({ low: 500_000, high: 1_000_000 });
  });

  it('prices boosters with the booster figure, and at an outpatient clinic that quoted, at its quote', () => {
    expect(line(est({ technique: 'low-dose-inpatient', boosters: 2, ...noExtras }), 'boosters')?.amount).toMatchObject({ low: 80_000, high: 160_000 });
    expect(line(est({ technique: 'outpatient', sessions: 10, boosters: 2, quote: '650', ...noExtras }), 'boosters')).toMatchObject({
      basis: 'quote',
      amount: { low: 130_000, high: 130_000 },
    });
  });

  it('splits the range at the typical value, or at the midpoint without one', () => {
    expect(est({ technique: 'low-dose-inpatient', clinicRange: 'lower', ...noExtras }).total).toMatchObject({ low: 1_000_000, high: 2_000_000 });
    expect(est({ technique: 'low-dose-inpatient', clinicRange: 'upper', ...noExtras }).total).toMatchObject({ low: 2_000_000, high: 4_000_000 });
    expect(est({ technique: 'outpatient', sessions: 1, clinicRange: 'lower', ...noExtras }).total).toMatchObject({ low: 50_000, high: 75_000 });
  });

  it('replaces the range with a quote, which is never restated', () => {
    expect(est({ technique: 'coma', travel: 'none', quote: '30000', ...noExtras }).total).toEqual({
      low: 3_000_000,
      typical: 3_000_000,
      high: 3_000_000,
      openHigh: false,
    });
    const ranged = est({ technique: 'coma', travel: 'none', quote: '20000-35000', ...noExtras });
    expect(ranged.total).toMatchObject({ low: 2_000_000, high: 3_500_000 });
    expect(line(ranged, 'treatment')).toMatchObject({ basis: 'quote', sourceIds: [], asOf: null });
  });

  it('prices travel per traveller, per night, and meals per traveller-day', () => {
    const e = est({ technique: 'outpatient', sessions: 1, travel: 'domestic', travelers: 2, nights: 6, ...noExtras });
    expect(line(e, 'travel-transport')).toMatchObject({ quantity: 2, amount: { low: 60_000, high: 200_000 } });
    expect(line(e, 'travel-lodging')).toMatchObject({ quantity: 6, amount: { low: 60_000, high: 180_000 } });
    expect(line(e, 'travel-meals')).toMatchObject({ quantity: 14, amount: { low: 70_000, high: 140_000 } });
  });

  it("leaves out the patient's meals on hospital days, but not the companion's", () => {
    // 2 travellers, 6 nights = 7 days each = 14 traveller-days, less the patient's 5 days in hospital.
    const e = est({ technique: 'low-dose-inpatient', travel: 'domestic', travelers: 2, nights: 6, ...noExtras });
    expect(line(e, 'travel-meals')).toMatchObject({ quantity: 9, amount: { low: 45_000, high: 90_000 } });
    // Alone for 3 nights: 4 days, all of them could be in hospital only up to the days away.
    expect(line(est({ technique: 'low-dose-inpatient', travel: 'domestic', travelers: 1, nights: 3, ...noExtras }), 'travel-meals')).toBeUndefined();
  });

  it('restates a dated span: the low end from its latest year, the high end from its earliest', () => {
    // Coma price $20,000-$30,000 of 2014-2015; index 300 now, 200 in 2015, 150 in 2014.
    const e = est({ technique: 'coma', travel: 'none', ...noExtras });
    expect(line(e, 'treatment')?.amount).toMatchObject({ low: 3_000_000, high: 6_000_000, openHigh: true });
    expect(line(e, 'treatment')?.published).toMatchObject({ low: 2_000_000, high: 3_000_000 });
    expect(e.prices).toMatchObject({ basis: 'today', index: 'CPI-U', month: '2026-05', value: 300 });
  });

  it('reproduces the published amounts exactly with prices: published', () => {
    const e = est({ technique: 'coma', travel: 'none', ...noExtras }, 'published');
    expect(line(e, 'treatment')?.amount).toMatchObject({ low: 2_000_000, high: 3_000_000 });
    expect(e.prices.basis).toBe('published');
  });

  it('marks an open-ended source as open at the top, line and total', () => {
    const e = est({ technique: 'coma', travel: 'none' });
    expect(e.total.openHigh).toBe(true);
    expect(est({ technique: 'outpatient' }).total.openHigh).toBe(false);
  });

  it('notes an older published figure with its value today', () => {
    const e = est({ technique: 'outpatient', sessions: 1 });
    expect(e.notes.join(' ')).toMatch(/older published figure: \$300–\$600 per infusion day \(Old, about 2014-2015\), about \$450–\$1,200 in May 2026 dollars/);
  });

  it('asks for a quote as a flag on the command line, as a question in the wizard, and not at all once quoted', () => {
    const r = readJson({ technique: 'outpatient' }, data);
    if (!r.ok) throw new Error();
    expect(estimate(r.normalised.scenario, data, [], {}).warnings.join(' ')).toMatch(/--quote/);
    const wizard = estimate(r.normalised.scenario, data, [], { door: 'wizard' }).warnings.join(' ');
    expect(wizard).toMatch(/Do you have a written quote/);
    expect(wizard).not.toMatch(/--/);
    expect(est({ technique: 'outpatient', quote: '700' }).warnings.join(' ')).not.toMatch(/quote/i);
  });

  it('says where travel was left out for a technique usually done away from home', () => {
    expect(est({ technique: 'coma', travel: 'none' }).warnings.join(' ')).toMatch(/travel costs are not included/);
  });

  it('gives a session range its own high count and no typical', () => {
    const e = est({ technique: 'outpatient', months: 12, ...noExtras });
    const t = line(e, 'treatment')!;
    expect(t.quantityHigh).toBeGreaterThan(t.quantity);
    expect(t.amount).toMatchObject({ low: t.quantity * 50_000, typical: null, high: t.quantityHigh * 100_000 });
  });

  it('keeps the real data sums as before for the published figures (smoke check on the real file)', () => {
    const e = estimateFor({ technique: 'low-dose-inpatient', ...noExtras });
    expect(e.publishedTotal).toMatchObject({ low: 1_000_000, typical: 2_500_000, high: 5_000_000 });
  });
});
