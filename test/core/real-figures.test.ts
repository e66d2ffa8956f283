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

describe('the real figures by the real rules (data 2026.12)', () => {
  it('keeps a price page read within 12 months of the index month as published: outpatient $600-$2,000 an infusion', () => {
    // Read 2026-11, index May 2026: 6 months apart, today's price. Restated as a 2023-2026 span it was $600-$2,209.
    expect(est({ technique: 'outpatient', sessions: 1 }).lineItems[0]!.unitPrice).toEqual({ low: 60_000, typical: null, high: 200_000 });
  });

  it('restates a figure read more than 12 months before the index month, from its own date', () => {
    const d = structuredClone(data);
    d.techniques.outpatient.price.read = '2025-04'; // 13 months before May 2026
    d.techniques.outpatient.price.asOf = 2025;
    const r = readJson({ technique: 'outpatient', sessions: 1, preVisits: 0, postVisits: 0 }, d);
    if (!r.ok) throw new Error();
    // 600 x 335.123 / 2025 average (the data's) rounds to whole dollars: more than $600.
    expect(estimate(r.normalised.scenario, d).lineItems[0]!.unitPrice.low).toBe(restateCents(60_000, 2025, d.priceIndex));
    expect(restateCents(60_000, 2025, d.priceIndex)).toBeGreaterThan(60_000);
  });

  it('prices a booster as a 4-hour pain infusion, $600-$2,000, never below the infusion floor, with $400-$800 as another figure', () => {
    const e = est({ technique: 'low-dose-inpatient', boosters: 2 });
    const boosters = e.lineItems.find((l) => l.id === 'boosters')!;
    expect(boosters.amount).toMatchObject({ low: 120_000, high: 400_000 });
    expect(boosters.unitPrice.low).toBeGreaterThanOrEqual(est({ technique: 'outpatient', sessions: 1 }).lineItems[0]!.unitPrice.low);
    expect(e.notes.join(' ')).toMatch(/Another published figure: \$400–\$800 per booster \(thervo.com, 2026\)\./);
  });

  it('saves a single filer at most the $8,770 of federal tax owed on $80,000: the issue example', () => {
    // 2026 single: taxable $80,000 - $16,100 = $63,900; 10% of $12,400 + 12% of $38,000 + 22% of $13,500 = $8,770.
    const y = est({ technique: 'low-dose-inpatient', travel: 'domestic', hsaFsa: 3000, agi: 80000, taxRate: 22 }).yourShare;
    expect(y.taxSaving!.high).toBe(877_000);
    expect(y.taxSaving!.low).toBe(0);
  });

  it('gives outpatient with travel one trip plus one per booster, each traveller a fare on each', () => {
    const e = est({ technique: 'outpatient', travel: 'domestic', boosters: 2 });
    expect(e.trips).toBe(3);
    expect(e.lineItems.find((l) => l.id === 'travel-transport')!.quantity).toBe(2 * 3);
    // Meals: 2 travellers x (14 nights + 3 trips' last days) = 34 traveller-days.
    expect(e.lineItems.find((l) => l.id === 'travel-meals')!.quantity).toBe(34);
    expect(est({ technique: 'outpatient', travel: 'domestic', boosters: 2, trips: 2 }).trips).toBe(2);
    expect(est({ technique: 'low-dose-inpatient', travel: 'domestic', boosters: 2 }).trips).toBe(1);
  });

  it('prices the extras asked for: labs, a psychological evaluation, passports abroad, rides at 20.5 cents a mile', () => {
    const e = est({ technique: 'coma', extras: ['labs', 'psych-eval', 'passport'], rideMiles: 40 });
    const line = (id: string) => e.lineItems.find((l) => l.id === id)!;
    expect(line('labs').amount).toMatchObject({ low: 5_000, high: 30_000 });
    expect(line('psych-eval').amount).toMatchObject({ low: 20_000, high: 35_000 });
    // 2 travellers x $165-$225.
    expect(line('passports').amount).toMatchObject({ low: 33_000, high: 45_000 });
    // 40 miles x 20.5 cents = $8.20, one ride home after a course.
    expect(line('rides').amount).toMatchObject({ low: 820, high: 820 });
    const home = est({ technique: 'outpatient', sessions: 10, extras: ['passport'] });
    expect(home.lineItems.map((l) => l.id)).not.toContain('passports');
    expect(home.notes.join(' ')).toMatch(/Passports are priced only for travel abroad/);
  });

  it('says when a rate period has ended: the GSA FY2026 per diem and the 2022 fare', () => {
    const notes = est({ technique: 'low-dose-inpatient', travel: 'domestic' }).notes.join(' ');
    expect(notes).toMatch(/Lodging \(domestic\), one room; Meals and incidentals \(domestic\): the rates are for a period that ended on 2026-09-30/);
    expect(notes).toMatch(/Travel \(domestic\): round trips: the rates are for a period that ended on 2022-12-31/);
  });

  it('warns when HSA or FSA money is above one year of FSA limit, and names CareCredit beside the average APR', () => {
    const notes = est({ technique: 'outpatient', hsaFsa: 5000, financeMonths: 12, apr: 26.99 }).notes.join(' ');
    expect(notes).toMatch(/A health FSA holds at most \$3,400 a year \(2026\), plus up to \$680 carried over/);
    expect(notes).toMatch(/typical APR is about 27% \(CFPB, 2023\); CareCredit's standard APR is 32.99% \(third-party pages, 2026\)/);
    expect(est({ technique: 'outpatient', hsaFsa: 3400 }).notes.join(' ')).not.toMatch(/health FSA holds/);
  });
});
