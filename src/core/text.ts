import { formatRange } from './money.js';
import { shown } from './escape.js';
import { localised } from './lang.js';
import { textEs } from './text-es.js';

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

  // reading scenario fields
  empty: 'is empty: give a value, or leave it out for the default',
  oneOf: (values: readonly string[], got: string) => `must be one of: ${values.join(', ')} (got ${got})`,
  wholeNumber: (max: number, got: string) => `must be a whole number from 0 to ${max} (got ${got})`,
  notAnAmount: (written: string) => `must be an amount like 12000 or a range like 10000-15000 (got ${shown(written)})`,
  amountCents: 'must be an amount in dollars, not negative, with at most 2 decimals (cents)',
  quoteShape: 'must be an amount like 12000, a range like "10000-15000", or {"low": 10000, "high": 15000}',
  amountField: (got: string) => `must be an amount in dollars like 1500 or 1500.50, at most $10,000,000 (got ${got})`,
  percentField: (max: number, got: string) => `must be a percent from 0 to ${max}, like 20 or 12.5 (got ${got})`,
  listField: (values: readonly string[], got: string) => `must be a comma-separated list of ${values.join(', ')}, each once (got ${got})`,
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
  travelersAtLeastOne: 'must be at least 1 when there is travel (the patient)',
  travelIgnored: 'Travellers and nights were ignored because travel is "none".',

  // line item labels
  treatmentCourse: (technique: string) => technique,
  treatmentSessions: (technique: string) => `${technique}: infusion days`,
  boosters: 'Booster infusions (outpatient day rate)',
  preVisits: 'Pre-treatment visits',
  postVisits: 'Post-treatment visits',
  transport: (trip: string) => `Travel (${trip}): round trips`,
  lodging: (trip: string) => `Lodging (${trip}), one room`,
  meals: (trip: string) => `Meals and incidentals (${trip})`,
  quoteBasis: "your clinic's quote",

  // computed warnings and notes
  quoteOutside: (quote: string, low: number, high: number, below: boolean) =>
    `Your quote (${quote}) is ${below ? 'below' : 'above'} the range in the data, ${formatRange(low, high)}: ask what it includes.`,
  quoteReadPerInfusion: (quote: string, sessions: string, total: string, high: string, perInfusion: string) =>
    `Your quote (${quote}) is read as the price of one infusion: ${sessions} infusions at ${quote} come to ${total}, and ${quote} is over three times the highest published price of an infusion (${high}). If ${quote} is for the whole series, give its price per infusion instead (--quote ${perInfusion}).`,
  getQuoteFlag: 'Prices vary widely between clinics: ask for a written quote and give it with --quote.',
  getQuoteQuestion:
    'Do you have a written quote from the clinic? Prices vary widely: run the wizard again and answer "I have a quote from the clinic" at the price question.',
  outpatientTravel: (nights: number) =>
    `Travel covers one trip of ${nights} night${nights === 1 ? '' : 's'}; later outpatient sessions, spread over months, may need more trips.`,
  travelOmitted: 'This technique is usually done away from home, but travel is "none": travel costs are not included.',
  selfPay: 'This assumes you pay yourself (self-pay); give --insurance to see what a health plan may pay.',
  fmla: (weeks: number, months: number, hours: number, employees: number) =>
    `US workers may take up to ${weeks} weeks a year of unpaid, job-protected leave under the FMLA, in pieces if needed, after ${months} months with an employer and ${hours} hours of work, where it has ${employees} or more employees within 75 miles.`,
  mealDays: (travelers: number, days: number, hospital: number, mealDays: number) =>
    `${travelers} traveller${travelers === 1 ? '' : 's'} for ${days} day${days === 1 ? '' : 's'}${hospital > 0 ? `, less the patient's ${hospital} day${hospital === 1 ? '' : 's'} in hospital` : ''}: ${mealDays} traveller-day${mealDays === 1 ? '' : 's'} of meals.`,
  olderFigure: (unit: string, published: string, source: string, from: number, to: number, today: string, month: string, basis: 'today' | 'published') =>
    `An older published figure: ${published} per ${unit} (${source}, ${from === to ? from : `about ${from}-${to}`})${basis === 'today' ? `, about ${today} in ${month} dollars` : ''}.`,

  month: (yyyyMm: string) => {
    const [y, m] = yyyyMm.split('-');
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return `${names[Number(m) - 1] ?? m} ${y}`;
  },
};

/** The words above in the language chosen for this run (English or Spanish). */
export const text: typeof textEn = localised(textEn, textEs as unknown as typeof textEn);
