import { describe, it, expect } from 'vitest';
import { estimate } from '../../src/core/estimate.js';
import { fixtureData, readJson } from '../helpers/data.js';

// Fixture: low-dose course $10,000-$40,000 (typical $20,000); visits $200-$300 before, $100-$200 after; lodging $100-$300 a night.
const data = fixtureData();
const est = (input: Record<string, unknown>) => {
  const r = readJson(input, data);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return estimate(r.normalised.scenario, data, r.normalised.notes);
};
const dollars = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : cents / 100);

describe('your share: insurance, HSA/FSA and the tax deduction', () => {
  it('a $10,000 treatment not covered plus $1,000 of visits covered in network at 20% with a $500 deductible unmet: insurer $400, patient $10,600', () => {
    // Visits: 5 before at $200 = $1,000 (low end). Deductible $500, then 20% of $500 = $100: patient $600 of visits, insurer $400.
    const e = est({ technique: 'low-dose-inpatient', preVisits: 5, postVisits: 0, insurance: 'in-network', coinsurance: 20, deductible: 500 });
    expect(dollars(e.yourShare.insurer.low)).toBe(400);
    expect(dollars(e.yourShare.patient.low)).toBe(10_600);
    expect(dollars(e.yourShare.countedTowardOopMax.low)).toBe(600);
    expect(dollars(e.yourShare.notCounted.low)).toBe(10_000);
    expect(dollars(e.yourShare.paidUpFront.low)).toBe(10_600);
  });

  it('caps the patient share of covered care at the out-of-pocket maximum, and uncovered care does not count toward it', () => {
    const e = est({
      technique: 'low-dose-inpatient',
      preVisits: 5,
      postVisits: 0,
      insurance: 'in-network',
      covered: ['treatment', 'visits'],
      coinsurance: 50,
      oopMax: 3000,
      oopMet: 1000,
    });
    // Covered: $10,000 + $1,000 at 50% = $5,500, capped at $3,000 - $1,000 = $2,000.
    expect(dollars(e.yourShare.countedTowardOopMax.low)).toBe(2_000);
    expect(dollars(e.yourShare.patient.low)).toBe(2_000);
    const visitsOnly = est({ technique: 'low-dose-inpatient', preVisits: 5, postVisits: 0, insurance: 'in-network', coinsurance: 50, oopMax: 300 });
    // Only the visits count: 50% of $1,000 = $500, capped at $300; the $10,000 treatment is paid in full and not counted.
    expect(dollars(visitsOnly.yourShare.countedTowardOopMax.low)).toBe(300);
    expect(dollars(visitsOnly.yourShare.patient.low)).toBe(10_300);
  });

  it('out of network: the patient pays everything up front and claims the insurer share back', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 5, postVisits: 0, insurance: 'out-of-network', coinsurance: 40 });
    expect(dollars(e.yourShare.paidUpFront.low)).toBe(11_000);
    expect(dollars(e.yourShare.insurer.low)).toBe(600);
    expect(dollars(e.yourShare.patient.low)).toBe(10_400);
  });

  it('charges a copay per covered visit instead of deductible and coinsurance', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 2, postVisits: 2, insurance: 'in-network', copay: 40, deductible: 5000, coinsurance: 30 });
    expect(dollars(e.yourShare.countedTowardOopMax.low)).toBe(160);
  });

  it('says what HSA or FSA money covers and what is left to find', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, hsaFsa: 3000 });
    expect(dollars(e.yourShare.hsaFsaCovered.low)).toBe(3_000);
    expect(dollars(e.yourShare.leftToFind.low)).toBe(7_000);
  });

  it("counts lodging for 2 people for 6 nights at $110 as $350 for the deduction: $50 a night each, but not the patient's 5 nights in hospital", () => {
    const d = fixtureData();
    d.travel.domestic.lodging.low = 110;
    const r = readJson({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, travel: 'domestic', travelers: 2, nights: 6, agi: 100000 }, d);
    if (!r.ok) throw new Error();
    const e = estimate(r.normalised.scenario, d);
    // Medical expense at the low end: the $10,000 course + transport 2 x $300 + lodging: 5 hospital nights x min($110, 1 x $50) = $250
    // (the companion alone) and 1 night x min($110, 2 x $50) = $100, so $350; meals never.
    expect(dollars(e.yourShare.medicalExpense!.low)).toBe(10_000 + 600 + 350);
  });

  it('with an AGI of $60,000 the first $4,500 of medical spending is not deductible, and a deduction under the standard deduction saves nothing', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, agi: 60000, taxRate: 22 });
    expect(dollars(e.yourShare.deductibleAboveThreshold!.low)).toBe(10_000 - 4_500);
    // $5,500 itemised is less than the $16,100 standard deduction (single, 2026): itemising saves nothing.
    expect(dollars(e.yourShare.taxSaving!.low)).toBe(0);
    // High end: $40,000 - $4,500 = $35,500 itemised; 22% of ($35,500 - $16,100) = $4,268, under the $5,020 of tax owed.
    expect(dollars(e.yourShare.taxSaving!.high)).toBe(4_268);
    expect(est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, agi: 200000 }).yourShare.deductibleAboveThreshold!.low).toBe(0);
  });

  it('leaves HSA money out of the deduction: it was never taxed', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, hsaFsa: 1000, agi: 60000 });
    expect(dollars(e.yourShare.medicalExpense!.low)).toBe(9_000);
  });

  it('assumes self-pay when nothing is entered, and says so', () => {
    const e = est({ technique: 'outpatient' });
    expect(e.yourShare.insurer).toMatchObject({ low: 0, high: 0 });
    expect(e.yourShare.patient).toMatchObject({ low: e.total.low, high: e.total.high });
    expect(e.yourShare.taxSaving).toBeNull();
    expect(e.notes.join(' ')).toMatch(/assumes you pay yourself \(self-pay\)/);
  });

  it('refuses insurance details without insurance, and the tax details without an AGI', () => {
    const r = readJson({ technique: 'outpatient', coinsurance: 20, taxRate: 22, deductible: 100, deductibleMet: 200 }, data);
    expect([...new Set(r.ok ? [] : r.problems.map((p) => p.path))].sort()).toEqual([
      'plan.json: coinsurance',
      'plan.json: deductible',
      'plan.json: deductibleMet',
      'plan.json: taxRate',
    ]);
  });
});

describe('how and when you pay', () => {
  it('borrows at 0% APR over 12 months: $12,000 is $1,000 a month', () => {
    const d = fixtureData();
    d.techniques['low-dose-inpatient'].price = { ...d.techniques['low-dose-inpatient'].price, low: 12000, typical: undefined, high: 12000 } as never;
    const r = readJson({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, financeMonths: 12, apr: 0 }, d);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(estimate(r.normalised.scenario, d).paying.financing?.monthlyPayment).toEqual({ low: 100_000, high: 100_000 });
  });

  it('borrows $10,000 at 12% APR over 24 months at $470.73 a month', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, financeMonths: 24, apr: 12 });
    expect(e.paying.financing?.monthlyPayment.low).toBe(47_073);
  });

  it('clears a deferred-interest offer of 12 months on $6,000 with $500 a month', () => {
    const d = fixtureData();
    d.techniques['low-dose-inpatient'].price = { ...d.techniques['low-dose-inpatient'].price, low: 6000, typical: undefined, high: 6000 } as never;
    const r = readJson({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, promoMonths: 12, apr: 26.99 }, d);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(estimate(r.normalised.scenario, d).paying.promotion?.promoMonthlyToClear).toEqual({ low: 50_000, high: 50_000 });
  });

  it('sets aside enough each month to have the high end ready', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, saveMonths: 10 });
    expect(e.paying.savings?.monthly).toEqual({ low: 100_000, high: 400_000 });
  });

  it('shows income lost apart from the medical total, with a note on FMLA leave', () => {
    const e = est({ technique: 'low-dose-inpatient', workDays: 10, dailyIncome: 150, companionWorkDays: 5, companionDailyIncome: 200 });
    expect(e.paying.lostIncome).toEqual({ patient: 150_000, companion: 100_000, total: 250_000 });
    expect(e.total.low).toBe(est({ technique: 'low-dose-inpatient' }).total.low);
    expect(e.notes.join(' ')).toMatch(/12 weeks a year of unpaid, job-protected leave under the FMLA/);
  });

  it('lays a 6-month outpatient plan out month by month: a heavy first month, the step-down, and months that sum to the total', () => {
    const e = est({ technique: 'outpatient', months: 6, boosters: 2, preVisits: 1, postVisits: 2 });
    const t = e.timeline;
    expect(t[0]!.items.map((i) => i.id)).toEqual(['pre-visits']);
    const sessions = (m: number) => t[m]!.items.find((i) => i.id === 'treatment')!.low / 50_000;
    expect(sessions(1)).toBe(14);
    expect(sessions(2)).toBeLessThan(sessions(1));
    expect(t.at(-1)!.cumulativeLow).toBe(e.total.low);
    expect(t.at(-1)!.cumulativeHigh).toBe(e.total.high);
    expect(t.reduce((s, m) => s + m.low, 0)).toBe(e.total.low);
    // Boosters come after the plan, one a month.
    expect(t[7]!.items.map((i) => i.id)).toContain('boosters');
  });
});

describe('your share: found by a hostile read', () => {
  it('counts the deductible already met toward the out-of-pocket maximum', () => {
    // $3,000 deductible met, maximum $3,000: nothing more to pay for covered care.
    const e = est({
      technique: 'low-dose-inpatient',
      preVisits: 0,
      postVisits: 0,
      insurance: 'in-network',
      covered: ['treatment'],
      coinsurance: 50,
      deductible: 3000,
      deductibleMet: 3000,
      oopMax: 3000,
    });
    expect(dollars(e.yourShare.patient.low)).toBe(0);
    const r = readJson({ technique: 'outpatient', insurance: 'in-network', deductible: 3000, deductibleMet: 2000, oopMax: 5000, oopMet: 1000 }, data);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['plan.json: oopMet']);
  });

  it('counts the fares and lodging of the patient and one companion only, and never deducts more than the income', () => {
    const e = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, travel: 'domestic', travelers: 4, nights: 2, agi: 100000 });
    // $10,000 course + 2 of the 4 fares at $300 + 2 nights x min($100, 1 x $50): the patient spends both nights in hospital.
    expect(dollars(e.yourShare.medicalExpense!.low)).toBe(10_000 + 600 + 100);
    const poor = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, agi: 2000, taxRate: 22 });
    expect(dollars(poor.yourShare.deductibleAboveThreshold!.high)).toBe(2_000);
  });
});

describe('your share by the real rules (IRS, CFPB): hand-worked in the README terms', () => {
  // Fixture course $10,000-$40,000; AGI floor 7.5%; 2026 federal standard deductions and brackets from the data file.
  const high = (input: Record<string, unknown>) => est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, ...input }).yourShare;

  it('saves the tax on the brackets, single: $60,000 AGI, $35,500 itemised against $16,100 standard is $5,020 - $2,692 = $2,328', () => {
    // Without: taxable $43,900 = 10% of $12,400 + 12% of $31,500 = $5,020. With: taxable $24,500 = $1,240 + 12% of $12,100 = $2,692.
    const y = high({ agi: 60000 });
    expect(dollars(y.taxSaving!.high)).toBe(2_328);
    expect(y.tax).toEqual({ year: 2026, filing: 'single', method: 'brackets', agiFloorPercent: 7.5 });
  });

  it('uses the joint standard deduction and brackets: $2,840 - $2,450 = $390', () => {
    // Without: taxable $60,000 - $32,200 = $27,800 = 10% of $24,800 + 12% of $3,000 = $2,840. With: taxable $24,500 = $2,450.
    expect(dollars(high({ agi: 60000, filing: 'joint' }).taxSaving!.high)).toBe(390);
  });

  it('uses the head-of-household standard deduction and brackets: $3,948 - $2,586 = $1,362', () => {
    // Without: $60,000 - $24,150 = $35,850: 10% of $17,700 + 12% of $18,150 = $3,948. With: $24,500: $1,770 + 12% of $6,800 = $2,586.
    expect(dollars(high({ agi: 60000, filing: 'head' }).taxSaving!.high)).toBe(3_948 - 2_586);
  });

  it('counts other itemised deductions once: only the tax the medical part saves', () => {
    // $20,000 other itemised beats the standard: taxable $40,000 = $1,240 + 12% of $27,600 = $4,552.
    // With medical: $55,500 itemised, taxable $4,500 = $450. Saving $4,102.
    expect(dollars(high({ agi: 60000, otherItemized: 20000 }).taxSaving!.high)).toBe(4_102);
  });

  it('never saves more than the tax owed, even at a rate given', () => {
    // $30,000 AGI: tax owed with the standard deduction on $13,900 = $1,240 + 12% of $1,500 = $1,420.
    // The deduction, $40,000 - $2,250 = $37,750, is capped at the $30,000 AGI; 22% of ($30,000 - $16,100) = $3,058, capped at $1,420.
    expect(dollars(high({ agi: 30000, taxRate: 22 }).taxSaving!.high)).toBe(1_420);
    expect(dollars(high({ agi: 30000 }).taxSaving!.high)).toBe(1_420);
  });

  it('charges each covered visit its copay, or the visit price where that is less', () => {
    // Visits: 1 before at $200-$300, 1 after at $100-$200; copay $250. Low: $200 + $100 = $300. High: $250 + $200 = $450
    // (a pooled minimum would say min($500, 2 x $250) = $500).
    const y = est({ technique: 'low-dose-inpatient', preVisits: 1, postVisits: 1, insurance: 'in-network', copay: 250, covered: ['visits'] }).yourShare;
    expect(dollars(y.countedTowardOopMax.low)).toBe(300);
    expect(dollars(y.countedTowardOopMax.high)).toBe(450);
    expect(dollars(y.insurer.high)).toBe(500 - 450);
  });

  it('lets HSA or FSA money pay only qualified expenses: never meals, lodging only to $50 a night a person', () => {
    // Domestic, 2 travellers, 6 nights, low end: course $10,000 + fares 2 x $300 + lodging $350 (as above, at $100 a night:
    // 5 x min($100, $50) + 1 x min($100, $100) = $350) = $10,950 qualified. Meals 2 x 7 - 5 = 9 days x $50 = $450 and lodging
    // above the limit ($600 - $350 = $250) are not: they stay in left to find.
    const y = est({ technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, travel: 'domestic', travelers: 2, nights: 6, hsaFsa: 50000 }).yourShare;
    expect(dollars(y.patient.low)).toBe(10_000 + 600 + 600 + 450);
    expect(dollars(y.hsaFsaQualified!.low)).toBe(10_950);
    expect(dollars(y.hsaFsaCovered.low)).toBe(10_950);
    expect(dollars(y.leftToFind.low)).toBe(450 + 250);
  });

  it('says why HSA or FSA money leaves part of the share to find, only when it could have paid more', () => {
    const input = { technique: 'low-dose-inpatient', preVisits: 0, postVisits: 0, travel: 'domestic', travelers: 2, nights: 6 };
    expect(est({ ...input, hsaFsa: 50000 }).notes.join(' ')).toMatch(/HSA or FSA money pays only qualified medical expenses \(IRS Publication 502\)/);
    // $3,000 is all spent on qualified care: nothing to explain.
    expect(est({ ...input, hsaFsa: 3000 }).notes.join(' ')).not.toMatch(/pays only qualified/);
  });
});
