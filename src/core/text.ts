import { formatRange } from './money.js';
import { shown } from './escape.js';
import { localised } from './lang.js';

/** "--daily-income" for "dailyIncome": the flag a person would give. */
const flagText = (name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Every sentence the core puts in front of a user, in one place, so a translation touches only this file. */
const textEn = {
  disclaimer: 'This is information for planning, not medical, financial or tax advice.',

  // JSON that cannot be read
  jsonUnexpected: (found: string, where: string) => `unexpected ${found} at ${where}`,
  jsonEndsEarly: (where: string) => `it ends before the JSON is complete, at ${where}`,
  jsonColumn: (column: number) => `column ${column}`,
  jsonLineColumn: (line: number, column: number) => `line ${line}, column ${column}`,
  jsonByteOrderMark: (where: string) => `an invisible byte-order mark (U+FEFF, which some editors add) at ${where}: save the file without it`,
  jsonDuplicateKey: (key: string, where: string) => `the key ${key} is given twice in one object (the second at ${where}): give it once`,

  // reading scenario fields
  empty: 'is empty: give a value, or leave it out for the default',
  oneOf: (values: readonly string[], got: string, meant: string | null = null) =>
    `must be one of: ${values.join(', ')} (got ${got})${meant === null ? '' : `; did you mean ${meant}?`}`,
  wholeNumber: (max: number, got: string) => `must be a whole number from 0 to ${max} (got ${got})`,
  notAnAmount: (written: string) => `must be an amount like 12000 or a range like 10000-15000 (got ${shown(written)})`,
  amountCents: 'must be an amount in dollars, not negative, with at most 2 decimals (cents)',
  quoteShape: 'must be an amount like 12000, a range like "10000-15000", or {"low": 10000, "high": 15000}',
  amountField: (got: string) => `must be an amount in dollars like 1500 or 1500.50, at most $10,000,000 (got ${got})`,
  percentField: (max: number, got: string) => `must be a percent from 0 to ${max}, like 20 or 12.5 (got ${got})`,
  listField: (values: readonly string[], got: string, meant: string | null = null) =>
    `must be a comma-separated list of ${values.join(', ')}, each once (got ${got})${meant === null ? '' : `; did you mean ${meant}?`}`,
  needsInsurance: 'applies only with --insurance in-network or out-of-network (the default, none, is self-pay)',
  metAbove: (what: string) => `is more than the ${what}: it can be at most that`,
  needs: (other: string) => `needs ${other} too (the flag ${flagText(other)})`,
  oopBelowDeductible: 'is less than the deductible already met, which counts toward the out-of-pocket maximum too: give at least that',
  copayWithoutVisits: 'applies to covered visits, but the plan is given as not covering visits: add visits to --covered, or leave the copay out',
  aprAlone: 'applies with --finance-months or --promo-months: give one of them, or leave --apr out',
  atLeastOneMonth: 'must be at least 1 month',
  quotePositive: 'a quote must be more than $0',
  quoteTooLarge: (max: string) => `a quote must be at most ${max}`,
  quoteBackwards: (low: string, high: string) => `the low end (${low}) is above the high end (${high}): write low-high`,
  techniqueRequired: 'is required: choose low-dose-inpatient, outpatient or coma (see --help)',
  unknownField: 'is not a field this tool knows (check the spelling)',
  givenTwice: (other: string) => `is given twice (also as ${other}): give it once`,
  // Where a scenario's answers came from, as droppedForTechnique names it (a file is named by its name)
  fromFlags: 'the flags',
  fromAnswers: 'your answers',
  fromAuditedQuote: 'the audited quote',
  fromLine: (line: number) => `line ${line}`,
  droppedForTechnique: (from: string, to: string, where: string) =>
    `The technique changed from ${from} to ${to}, so the price choice and plan in ${where} were dropped: each technique is priced its own way.`,

  // scenario problems and notes
  quoteWithRange: (range: string) => `give either a clinic range (${range}) or a quote, not both`,
  rangeQuoteNeedsQuote: 'the "quote" clinic range needs a quote amount',
  noSessions: (technique: string) => `the ${technique} is priced per course and has no sessions; sessions and months apply to outpatient only`,
  sessionsOrMonths: (sessions: number, months: number, derived: number) =>
    `${sessions} sessions do not match a ${months}-month plan (${derived} sessions): give either sessions or months, not both`,
  sessionsHighMismatch: (derived: number | null) =>
    derived === null ? 'applies to an outpatient plan only' : `does not match the plan (${derived}): it is worked out from sessions or months; leave it out`,
  atLeastOne: 'must be at least 1 for an outpatient plan',
  sessionsTooMany: (most: number, months: number) =>
    `must be at most ${most}: more infusion days than that run past ${months} months on the schedule, the longest plan (give a plan length with --months instead)`,
  promoLongerThanLoan: (promo: number, loan: number) =>
    `(${promo} months) is longer than the loan (--finance-months, ${loan}): a deferred-interest offer ends within its loan; give at most ${loan}`,
  travelersAtLeastOne: 'must be at least 1 when there is travel (the patient)',
  travelIgnored: 'Travellers, nights and trips were ignored because travel is "none".',
  tripsAtLeastOne: 'must be at least 1 when there is travel',
  passportIgnored: 'Passports are priced only for travel abroad (--travel international): the passport item was left out.',

  // line item labels
  treatmentCourse: (technique: string) => technique,
  treatmentSessions: (technique: string) => `${technique}: infusion days`,
  boosters: 'Booster infusions (4-hour pain infusions)',
  preVisits: 'Pre-treatment visits',
  postVisits: 'Post-treatment visits',
  transport: (trip: string) => `Travel (${trip}): round trips`,
  lodging: (trip: string) => `Lodging (${trip}), one room`,
  meals: (trip: string) => `Meals and incidentals (${trip})`,
  quoteBasis: "your clinic's quote",
  labs: 'Pre-treatment labs and ECG',
  psychEval: 'Psychological evaluation',
  passports: 'Passports (one per traveller)',
  rides: (miles: number) => `Rides home, ${miles} miles a day driven`,
  rideUnit: 'ride home (round trip)',
  rideNote: (cents: number, year: number) =>
    `At the IRS medical mileage rate, ${cents} cents a mile (${year}): what the tax rules count for gas and oil; a paid ride costs more.`,

  // computed warnings and notes
  quoteOutside: (quote: string, low: number, high: number, below: boolean) =>
    `Your quote (${quote}) is ${below ? 'below' : 'above'} the range in the data, ${formatRange(low, high)}: ask what it includes.`,
  quoteReadPerInfusion: (quote: string, sessions: string, total: string, high: string, perInfusion: string) =>
    `Your quote (${quote}) is read as the price of one infusion: ${sessions} infusions at ${quote} come to ${total}, and ${quote} is over three times the highest published price of an infusion (${high}). If ${quote} is for the whole series, give its price per infusion instead (--quote ${perInfusion}).`,
  getQuoteFlag: 'Prices vary widely between clinics: ask for a written quote and give it with --quote.',
  getQuoteQuestion:
    'Do you have a written quote from the clinic? Prices vary widely: run the wizard again and answer "I have a quote from the clinic" at the price question.',
  outpatientTravel: (nights: number) =>
    `Travel covers one trip of ${nights} night${nights === 1 ? '' : 's'} in all; later outpatient sessions, spread over months, may need more trips and nights: give --trips and --nights.`,
  periodEnded: (what: string, ends: string, source: string) => `${what}: the rates are for a period that ended on ${ends} (${source}); newer rates may differ.`,
  hsaNotQualified: (amount: string) =>
    `HSA or FSA money pays only qualified medical expenses (IRS Publication 502): not meals, not lodging above the per-night limit, not passports. ${amount} of your share is not qualified and stays in "Left to find".`,
  fsaAboveLimit: (limit: string, carryover: string, year: number) =>
    `A health FSA holds at most ${limit} a year (${year}), plus up to ${carryover} carried over: if this is FSA money, check the amount (an HSA can hold more, saved over years).`,
  oneYear: (months: number, floor: string) =>
    `Your plan runs about ${months} months: the deductible, the out-of-pocket maximum and the ${floor}-of-income floor for the tax deduction are applied once, as if it all falls in one calendar year. If it crosses into a new year, they start again there.`,
  taxBasis: (year: number, filing: string, rate: string | null) =>
    `Tax saving: federal income tax only, tax year ${year}, filing ${filing}${rate === null ? ", with that year's brackets and standard deduction" : `, at your rate of ${rate}`}; it is the tax saved by itemising the medical expenses instead of taking the standard deduction, and never more than the tax owed. State tax is not included.`,
  filingNames: { single: 'single', joint: 'married filing jointly', head: 'head of household' } as Record<string, string>,
  careCreditApr: (typical: string, typicalYear: string, careCredit: string, year: number) =>
    `Medical credit cards: a typical APR is about ${typical} (CFPB, ${typicalYear}); CareCredit's standard APR is ${careCredit} (third-party pages, ${year}).`,
  travelOmitted: 'This technique is usually done away from home, but travel is "none": travel costs are not included.',
  selfPay: 'This assumes you pay yourself (self-pay); give --insurance to see what a health plan may pay.',
  fmla: (weeks: number, months: number, hours: number, employees: number) =>
    `US workers may take up to ${weeks} weeks a year of unpaid, job-protected leave under the FMLA, in pieces if needed, after ${months} months with an employer and ${hours} hours of work, where it has ${employees} or more employees within 75 miles.`,
  mealDays: (travelers: number, days: number, hospital: number, mealDays: number) =>
    `${travelers} traveller${travelers === 1 ? '' : 's'} for ${days} day${days === 1 ? '' : 's'}${hospital > 0 ? `, less the patient's ${hospital} day${hospital === 1 ? '' : 's'} in hospital` : ''}: ${mealDays} traveller-day${mealDays === 1 ? '' : 's'} of meals.`,
  olderFigure: (
    unit: string,
    published: string,
    source: string,
    from: number,
    to: number,
    today: string,
    month: string,
    basis: 'today' | 'published',
    older: boolean,
  ) =>
    `${older ? 'An older' : 'Another'} published figure: ${published} per ${unit} (${source}, ${from === to ? from : `about ${from}-${to}`})${basis === 'today' && today !== published ? `, about ${today} in ${month} dollars` : ''}.`,

  month: (yyyyMm: string) => {
    const [y, m] = yyyyMm.split('-');
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return `${names[Number(m) - 1] ?? m} ${y}`;
  },
};

/** The words above in the language chosen for this run (English or Spanish). */
export const text: typeof textEn = localised('text', textEn);
