/** Loan and saving arithmetic for paying a treatment plan over time; every amount is integer cents. */

/** What an amortised loan costs in total, in cents. */
export interface Amortisation {
  monthlyPayment: number;
  totalInterest: number;
  totalPaid: number;
}

// Guards only: callers validate user input earlier and word the problems for the user.
function checkCents(cents: number): void {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`cents must be a non-negative safe integer, got ${cents}`);
}

function checkMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1 || months > 600) throw new RangeError(`months must be an integer from 1 to 600, got ${months}`);
}

function checkApr(aprPercent: number): void {
  if (!Number.isFinite(aprPercent) || aprPercent < 0 || aprPercent > 100) throw new RangeError(`aprPercent must be from 0 to 100, got ${aprPercent}`);
}

// Exact for integers: the float quotient of a large amount can land on a whole number and lose the remainder.
function ceilDiv(amount: number, parts: number): number {
  const rest = amount % parts;
  return (amount - rest) / parts + (rest > 0 ? 1 : 0);
}

// balance × APR / 1200 rather than balance × (APR/12/100): one rounding step, so exact half cents round up as they should.
function monthInterest(balanceCents: number, aprPercent: number): number {
  return Math.round((balanceCents * aprPercent) / 1200);
}

function levelPayment(principalCents: number, months: number, aprPercent: number): number {
  if (aprPercent === 0) return Math.round(principalCents / months);
  const rate = aprPercent / 1200;
  // -expm1(-n·log1p(r)) is 1 − (1+r)^−n without cancellation at small rates.
  return Math.round((principalCents * rate) / -Math.expm1(-months * Math.log1p(rate)));
}

/**
 * Standard amortisation: a level monthly payment rounded to the cent, with the schedule run month by
 * month (interest rounded to the cent) so the last payment absorbs the rounding and clears the balance.
 */
export function amortise(principalCents: number, months: number, aprPercent: number): Amortisation {
  checkCents(principalCents);
  checkMonths(months);
  checkApr(aprPercent);
  if (principalCents === 0) return { monthlyPayment: 0, totalInterest: 0, totalPaid: 0 };
  const monthlyPayment = levelPayment(principalCents, months, aprPercent);
  let balance = principalCents;
  let totalPaid = 0;
  for (let month = 1; month <= months; month++) {
    const owed = balance + monthInterest(balance, aprPercent);
    // A payment rounded up can clear a tiny loan early; never pay more than is owed.
    const payment = month === months ? owed : Math.min(monthlyPayment, owed);
    balance = owed - payment;
    totalPaid += payment;
  }
  return { monthlyPayment, totalInterest: totalPaid - principalCents, totalPaid };
}

/** The monthly amount, rounded up to the cent, that clears a deferred-interest balance before the offer ends. */
export function promoToClear(principalCents: number, promoMonths: number): number {
  checkCents(principalCents);
  checkMonths(promoMonths);
  return ceilDiv(principalCents, promoMonths);
}

/**
 * Interest a deferred-interest offer charges back to the purchase date when the balance is not cleared
 * in time: simple interest on the purchase balance for each month of the promotion (CFPB: charged on
 * the balance of each month, not compounded), at most the whole amount times APR/12 times the months,
 * rounded to the cent. An upper bound: any payment made lowers the balances interest is charged on.
 */
export function deferredInterest(principalCents: number, promoMonths: number, aprPercent: number): number {
  checkCents(principalCents);
  checkMonths(promoMonths);
  checkApr(aprPercent);
  return Math.round((principalCents * aprPercent * promoMonths) / 1200);
}

/** The amount to set aside each month, rounded up to the cent, to have the target after the given months. */
export function monthlySavings(targetCents: number, months: number): number {
  checkCents(targetCents);
  checkMonths(months);
  return ceilDiv(targetCents, months);
}
