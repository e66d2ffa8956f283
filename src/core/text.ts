import { formatRange } from './money.js';

/** Every sentence the core puts in front of a user, in one place, so a translation touches only this file. */
export const text = {
  disclaimer: 'This is information for planning, not medical or financial advice. Prices vary; get a written quote.',

  // scenario problems and notes
  quoteWithRange: (range: string) => `give either a clinic range (${range}) or a quote, not both`,
  rangeQuoteNeedsQuote: 'the "quote" clinic range needs a quote amount',
  noSessions: (technique: string) => `the ${technique} is priced per course and has no sessions; sessions and months apply to outpatient only`,
  sessionsOrMonths: (sessions: number, months: number, derived: number) =>
    `${sessions} sessions do not match a ${months}-month plan (${derived} sessions): give either sessions or months, not both`,
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
  quoteBasis: 'your clinic\'s quote',

  // computed warnings
  inflation: (what: string, year: number, low: number, high: number, unit: string, month: string, lowNow: number, highNow: number) =>
    `${what}: ${formatRange(low, high)} per ${unit} in ${year} prices is about ${formatRange(lowNow, highNow)} in ${month} dollars (US consumer prices, CPI-U). The estimate uses the published figures.`,
  quoteOutside: (quote: string, low: number, high: number, below: boolean) =>
    `Your quote (${quote}) is ${below ? 'below' : 'above'} the published range of ${formatRange(low, high)}: ask what it includes.`,
  outpatientTravel: (nights: number) =>
    `Travel covers one trip of ${nights} night${nights === 1 ? '' : 's'}; later outpatient sessions, spread over months, may need more trips.`,
  travelOmitted: 'This technique is usually done away from home, but travel is "none": travel costs are not included.',

  month: (yyyyMm: string) => {
    const [y, m] = yyyyMm.split('-');
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return `${names[Number(m) - 1] ?? m} ${y}`;
  },
};
