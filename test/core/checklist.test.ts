import { describe, it, expect } from 'vitest';
import { estimateFor } from '../helpers/data.js';

const ids = (input: Record<string, unknown>) => estimateFor(input).checklist.map((q) => q.id);

describe('checklist selection', () => {
  it('always asks about all-inclusive pricing, appointments, refunds and insurance, and the Good Faith Estimate of US providers', () => {
    const always = ['pre-post-appointments', 'deposit-refund', 'payment-plan', 'insurance-superbill'];
    expect(ids({ technique: 'low-dose-inpatient' })).toEqual(expect.arrayContaining([...always, 'all-inclusive-low-dose', 'good-faith-estimate']));
    expect(ids({ technique: 'outpatient' })).toEqual(expect.arrayContaining([...always, 'all-inclusive', 'good-faith-estimate']));
    expect(ids({ technique: 'coma' })).toEqual(expect.arrayContaining([...always, 'all-inclusive', 'good-faith-estimate-us-visits']));
  });

  it('asks the coma questions only for coma', () => {
    const coma = ['coma-icu', 'coma-evacuation', 'coma-legal-status', 'coma-accreditation', 'coma-evaluation-trip'];
    expect(ids({ technique: 'coma' })).toEqual(expect.arrayContaining(coma));
    for (const technique of ['low-dose-inpatient', 'outpatient']) for (const id of coma) expect(ids({ technique })).not.toContain(id);
  });

  it('asks about boosters for the courses, and for outpatient only when boosters are planned', () => {
    expect(ids({ technique: 'low-dose-inpatient' })).toContain('boosters');
    expect(ids({ technique: 'outpatient' })).not.toContain('boosters');
    expect(ids({ technique: 'outpatient', boosters: 1 })).toContain('boosters');
  });

  it('asks the travel questions only when travelling', () => {
    expect(ids({ technique: 'low-dose-inpatient' })).not.toContain('travel-companion');
    expect(ids({ technique: 'low-dose-inpatient', travel: 'domestic' })).toEqual(expect.arrayContaining(['travel-companion', 'travel-nights']));
  });

  it('asks for the quote in writing only when there is a quote', () => {
    expect(ids({ technique: 'outpatient' })).not.toContain('quote-in-writing');
    expect(ids({ technique: 'outpatient', quote: '500' })).toContain('quote-in-writing');
  });

  it('carries the $400 dispute right in the Good Faith Estimate question', () => {
    const gfe = estimateFor({ technique: 'outpatient' }).checklist.find((q) => q.id === 'good-faith-estimate');
    expect(gfe?.why).toMatch(/\$400/);
  });
});
