import { describe, expect, it } from 'vitest';
import { answered, stepContext, WIZARD_STEPS, type Session } from '../../src/commands/wizard-run.js';
import { wizardText } from '../../src/commands/wizard-text.js';
import type { FieldValues } from '../../src/core/scenario.js';
import { realData } from '../helpers/data.js';

const data = realData();
const session = (fresh = false) =>
  ({ data, base: [], answers: {}, say: () => undefined, prices: 'today', color: false, freshTravel: fresh }) as unknown as Session;
const first = (name: keyof typeof WIZARD_STEPS, v: FieldValues, fresh = false) => {
  const c = stepContext(session(fresh), v);
  return { message: WIZARD_STEPS[name].question(c), default: WIZARD_STEPS[name].default(c) };
};

describe('the wizard steps, one at a time', () => {
  it('are asked in the order the wizard always asked them', () => {
    expect(Object.keys(WIZARD_STEPS)).toEqual(['technique', 'price', 'plan', 'boosters', 'visits', 'travel', 'extras', 'insurance', 'paying']);
  });

  it('plan: applies only to a technique priced per infusion day, and is answered by sessions or months', () => {
    expect(answered('plan', {}, data)).toBe(true);
    expect(answered('plan', { technique: 'low-dose-inpatient' }, data)).toBe(true);
    expect(answered('plan', { technique: 'outpatient' }, data)).toBe(false);
    expect(answered('plan', { technique: 'outpatient', months: 6 }, data)).toBe(true);
    expect(answered('plan', { technique: 'outpatient', sessions: null, months: null }, data)).toBe(false);
    expect(first('plan', { technique: 'outpatient', sessions: 8 }).default).toBe('sessions');
    expect(first('plan', { technique: 'outpatient' }).default).toBe('months');
  });

  it('price: a quote or a part of the range answers it; "quote" as the range alone does not', () => {
    expect(answered('price', { clinicRange: 'lower' }, data)).toBe(true);
    expect(answered('price', { clinicRange: 'quote' }, data)).toBe(false);
    expect(answered('price', { quote: { low: 65000, high: 65000 } }, data)).toBe(true);
    expect(first('price', { technique: 'outpatient', quote: { low: 65000, high: 65000 } }).default).toBe('quote');
    expect(first('price', { technique: 'coma' }).default).toBe('full');
  });

  it("boosters: asks yes or no first, yes suggested when the technique's default has boosters", () => {
    expect(first('boosters', { technique: 'outpatient' })).toEqual({
      message: wizardText.usesBoosters,
      default: data.techniques.outpatient.defaults.boosters > 0,
    });
    expect(first('boosters', { technique: 'outpatient', boosters: 2 }).default).toBe(true);
    expect(answered('boosters', { boosters: 0 }, data)).toBe(true);
  });

  it("travel: suggests the new technique's travel after a change of technique, else the answer given", () => {
    expect(first('travel', { technique: 'coma', travel: 'none' }).default).toBe('none');
    expect(first('travel', { technique: 'coma', travel: 'none' }, true).default).toBe(data.techniques.coma.defaults.travel);
  });

  it('paying: answered by any paying field, suggests no plan', () => {
    expect(answered('paying', {}, data)).toBe(false);
    expect(answered('paying', { saveMonths: 12 }, data)).toBe(true);
    expect(first('paying', {})).toEqual({ message: wizardText.payingKind, default: 'none' });
  });
});
