import { amortise, deferredInterest, monthlySavings, promoToClear } from './financing.js';
import type { Points } from './your-share.js';
import type { Scenario } from './scenario.js';

/** A range of cents at the low and high end of what is left to find. */
export interface LowHigh {
  low: number;
  high: number;
}

export interface Financing {
  months: number;
  /** APR in hundredths of a percent. */
  apr: number;
  monthlyPayment: LowHigh;
  totalInterest: LowHigh;
  totalPaid: LowHigh;
}

export interface Promotion {
  months: number;
  apr: number;
  promoMonthlyToClear: LowHigh;
  deferredInterestIfNotCleared: LowHigh;
}

export interface Paying {
  financing: Financing | null;
  promotion: Promotion | null;
  savings: { months: number; monthly: LowHigh } | null;
  lostIncome: { patient: number; companion: number; total: number } | null;
}

const both = (f: (cents: number) => number, r: Points): LowHigh => ({ low: f(r.low), high: f(r.high) });

/** Borrowing, a deferred-interest offer and saving for what is left to find, and income lost while away: apart from the medical costs. */
export function paying(leftToFind: Points, s: Scenario): Paying {
  let financing: Financing | null = null;
  if (s.financeMonths !== null && s.apr !== null) {
    const [months, apr] = [s.financeMonths, s.apr];
    const plan = (c: number) => amortise(c, months, apr / 100);
    financing = {
      months,
      apr,
      monthlyPayment: both((c) => plan(c).monthlyPayment, leftToFind),
      totalInterest: both((c) => plan(c).totalInterest, leftToFind),
      totalPaid: both((c) => plan(c).totalPaid, leftToFind),
    };
  }
  let promotion: Promotion | null = null;
  if (s.promoMonths !== null && s.apr !== null) {
    const [months, apr] = [s.promoMonths, s.apr];
    promotion = {
      months,
      apr,
      promoMonthlyToClear: both((c) => promoToClear(c, months), leftToFind),
      deferredInterestIfNotCleared: both((c) => deferredInterest(c, months, apr / 100), leftToFind),
    };
  }
  const savings = s.saveMonths === null ? null : { months: s.saveMonths, monthly: both((c) => monthlySavings(c, s.saveMonths!), leftToFind) };
  let lostIncome: Paying['lostIncome'] = null;
  if (s.workDays !== null || s.companionWorkDays !== null) {
    const patient = (s.workDays ?? 0) * (s.dailyIncome ?? 0);
    const companion = (s.companionWorkDays ?? 0) * (s.companionDailyIncome ?? 0);
    lostIncome = { patient, companion, total: patient + companion };
  }
  return { financing, promotion, savings, lostIncome };
}
