import { describe, it, expect } from 'vitest';
import { estimate } from '../../src/core/estimate.js';
import { restateCents } from '../../src/core/price-index.js';
import { readJson, realData } from '../helpers/data.js';

// These tests pin the published figures of data/costs.json and their restatement: they change when a figure does.
const data = realData();
const est = (input: Record<string, unknown>, prices: 'today' | 'published' = 'today') => {
  const r = readJson(input, data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return estimate(r.normalised.scenario, data, r.normalised.notes, { prices });
};
const treatment = (input: Record<string, unknown>, prices: 'today' | 'published' = 'today') =>
  est({ ...input, preVisits: 0, postVisits: 0, travel: 'none' }, prices).lineItems[0]!;

describe('the real figures, restated to May 2026 dollars', () => {
  it('restates $10,000 of 2015 by 335.123 / 237.017, to the whole dollar', () => {
    // 10,000 x 335.123 / 237.017 = 14,139.19…; whole dollars: $14,139.
    expect(restateCents(1_000_000, 2015, data.priceIndex)).toBe(1_413_900);
  });

  it('does not restate a figure of the index year or after', () => {
    expect(restateCents(123_45, 2026, data.priceIndex)).toBe(123_45);
  });

  it('widens the inpatient course honestly: low from 2015, high from 2004, and keeps it open at the top', () => {
    // low 10,000 x 335.123/237.017 = 14,139; high 50,000 x 335.123/188.883 = 88,712; typical 25,000 x 335.123/214.537 (2009) = 39,052.
    expect(treatment({ technique: 'low-dose-inpatient' }).amount).toEqual({ low: 1_413_900, typical: 3_905_200, high: 8_871_200, openHigh: true });
  });

  it('dates the coma price about 2006-2008', () => {
    // low 10,000 x 335.123/215.303 = 15,565; high 50,000 x 335.123/201.592 = 83,119.
    expect(treatment({ technique: 'coma' }).amount).toMatchObject({ low: 1_556_500, high: 8_311_900 });
    expect(treatment({ technique: 'coma' }).asOf).toEqual({ from: 2006, to: 2008 });
  });

  it('reproduces the published amounts exactly with --prices published', () => {
    expect(treatment({ technique: 'low-dose-inpatient' }, 'published').amount).toEqual({ low: 1_000_000, typical: 2_500_000, high: 5_000_000, openHigh: true });
    expect(treatment({ technique: 'outpatient', sessions: 10 }, 'published').amount).toMatchObject({ low: 600_000, high: 2_000_000 });
  });

  it('prices outpatient infusions from the 2026 clinic pages first, with the 2015 figure as a note', () => {
    const e = est({ technique: 'outpatient', sessions: 1 });
    expect(e.lineItems[0]!.unitPrice).toMatchObject({ low: 60_000 });
    expect(e.notes.join(' ')).toMatch(/older published figure: \$300–\$1,000 per infusion day \(rsdhope.org, about 2004-2015\)/);
  });

  it('has no Good Faith Estimate question about the clinic abroad for the coma, only about the US visits', () => {
    const ids = est({ technique: 'coma' }).checklist.map((q) => q.id);
    expect(ids).not.toContain('good-faith-estimate');
    expect(ids).toContain('good-faith-estimate-us-visits');
    expect(est({ technique: 'coma', preVisits: 0, postVisits: 0 }).checklist.map((q) => q.id)).not.toContain('good-faith-estimate-us-visits');
  });

  it('states the Good Faith Estimate rule exactly, from the figures', () => {
    const q = est({ technique: 'outpatient' }).checklist.find((c) => c.id === 'good-faith-estimate')!;
    expect(q.why).toMatch(
      /\$400 or more above that provider's own estimate, you can dispute it within 120 calendar days of the initial bill \(fee \$25; CMS help line 1-800-985-3059\)/,
    );
  });

  it('names clonidine only for the low-dose course', () => {
    for (const technique of ['outpatient', 'coma'])
      expect(
        est({ technique })
          .checklist.map((q) => q.question)
          .join(' '),
      ).not.toMatch(/clonidine/);
    expect(
      est({ technique: 'low-dose-inpatient' })
        .checklist.map((q) => q.question)
        .join(' '),
    ).toMatch(/clonidine/);
  });
});

describe('a part of the published range', () => {
  it('keeps the published amounts of the same part, and the lower part is never open at the top', () => {
    const lower = treatment({ technique: 'low-dose-inpatient', clinicRange: 'lower' });
    // Lower part: low 10,000 (from 2015) to the typical 25,000 (from 2009).
    expect(lower.published).toMatchObject({ low: 1_000_000, high: 2_500_000 });
    expect(lower.amount).toMatchObject({ low: 1_413_900, high: 3_905_200, openHigh: false });
    expect(treatment({ technique: 'low-dose-inpatient', clinicRange: 'upper' }).amount.openHigh).toBe(true);
  });
});
