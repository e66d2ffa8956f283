import { localised } from '../core/lang.js';
import type { CostData } from '../core/data-schema.js';

/** Every word the wizard says, in one place, so a translation touches only this file. */
const wizardTextEn = {
  // One paragraph a line: the wizard wraps each to the terminal's width.
  welcome: (data: CostData, prices: string) =>
    'Ketamine infusion cost planner: a few questions, then an estimate and a checklist for the clinic. Press Enter to take the suggested answer.\n' +
    `${prices}\nData ${data.dataVersion} (${data.effectiveDate}). Information for planning, not medical, financial or tax advice.\n\n`,
  pricesToday: (month: string, from: number, to: number) => `Prices restated to ${month} dollars from sources of ${from} to ${to}.`,
  pricesPublished: (from: number, to: number) => `Prices as published by their sources, ${from} to ${to}, not restated.`,
  technique: 'Which treatment are you planning?',
  comaCaution: 'Not allowed in the USA; serious complications have been reported.',
  price: (perDay: boolean) => `Where is the clinic's price${perDay ? ' per infusion day' : ''}?`,
  priceChoices: (low: string, split: string, high: string, hasTypical: boolean) =>
    [
      { value: 'full', name: `I don't know yet: the full published range (${low} to ${high})`, short: `Full range, ${low} to ${high}` },
      { value: 'lower', name: `The lower part (${low} to ${split}${hasTypical ? ', the typical price' : ''})`, short: `Lower part, ${low} to ${split}` },
      { value: 'upper', name: `The upper part (${split} to ${high})`, short: `Upper part, ${split} to ${high}` },
      { value: 'quote', name: 'I have a quote from the clinic', short: 'A quote' },
    ] as const,
  quote: (perDay: boolean) =>
    perDay
      ? 'The quote for one infusion, one amount (650) or low-high (600-900):'
      : 'The quote for the whole course, one amount (25000) or low-high (20000-30000):',
  seriesQuestion: (amount: string, high: string) =>
    `${amount} is over three times the highest published price of one infusion (${high}). Is it the price of one infusion, or of the whole series?`,
  seriesChoices: (amount: string) =>
    [
      { value: 'series', name: 'The whole series: work out the price of each infusion', short: 'The whole series' },
      { value: 'one', name: `One infusion: ${amount} each`, short: 'One infusion' },
    ] as const,
  seriesSessions: 'How many infusions does that price cover?',
  seriesRead: (amount: string, sessions: number, each: string, total: string) =>
    `  Read as ${amount} for ${sessions} infusions: ${each} each${total === amount ? '' : ` (${total} in all, the cents rounded)`}.`,
  planKind: 'How do you want to count outpatient infusions?',
  planChoices: [
    { value: 'months', name: 'By plan length in months (sessions follow the example schedule)', short: 'By months' },
    { value: 'sessions', name: 'I know the number of infusion days', short: 'By infusion days' },
  ] as const,
  months: 'Plan length in months:',
  sessions: 'Number of infusion days:',
  derivedSessions: (sessions: string, months: number, parts: string) =>
    `  That is ${sessions} infusion days in ${months} month${months === 1 ? '' : 's'}: ${parts}.`,
  usesBoosters: 'Does the clinic give booster infusions after the treatment?',
  boosters: 'How many boosters?',
  preVisits: 'Appointments before treatment (consultation, evaluation):',
  postVisits: 'Follow-up appointments after treatment:',
  travel: 'Will you travel for treatment?',
  travelChoices: [
    { value: 'none', name: 'No, it is close to home' },
    { value: 'domestic', name: 'Yes, within the USA' },
    { value: 'international', name: 'Yes, abroad' },
  ] as const,
  travelers: 'People travelling, the patient included (a companion is common):',
  nights: 'Nights away from home (the suggestion covers the treatment days):',
  trips: 'How many trips, counting each booster? (each traveller pays a fare each trip)',
  extras: 'Add costs that quotes often leave out? (Space to pick, Enter when done)',
  extrasChoices: (abroad: boolean) => [
    { value: 'labs', name: 'Labs and an ECG before treatment' },
    { value: 'psych-eval', name: 'A psychological evaluation' },
    { value: 'rides', name: 'A ride home after each infusion (driven miles)' },
    ...(abroad ? [{ value: 'passport', name: 'A passport for each traveller' }] : []),
  ],
  rideMiles: 'Miles to the clinic and back, each day:',
  reviewExtras: (items: number) => (items === 0 ? 'none' : `${items} added`),
  count: (max: number, min: number) => `Enter a whole number from ${min} to ${max} (no fractions, letters or minus signs).`,
  usesInsurance: 'Will insurance pay any of it? (Often only the visits)',
  insuranceKind: 'How does your plan pay this clinic?',
  insuranceChoices: [
    { value: 'in-network', name: 'In network: the clinic bills the plan', short: 'In network' },
    { value: 'out-of-network', name: 'Out of network: I pay first and claim with a superbill', short: 'Out of network' },
  ] as const,
  coinsurance: 'Your coinsurance after the deductible, in percent:',
  deductible: 'Your deductible for the year, in dollars:',
  deductibleMet: 'How much of the deductible is already met this year:',
  oopMax: 'Your out-of-pocket maximum, in dollars (0 if you do not know):',
  covered: 'What will the plan pay for?',
  coveredChoices: [
    { value: 'visits', name: 'The visits only (the usual answer: the treatment is denied as investigational)', short: 'Visits only' },
    {
      value: 'treatment,boosters,visits',
      name: 'The treatment, boosters and visits (after a prior authorisation or an appeal)',
      short: 'Treatment and visits',
    },
  ] as const,
  hsaFsa: 'Money in an HSA or FSA you can use, in dollars (0 if none):',
  amount: 'Enter an amount in dollars, like 1500 or 1500.50.',
  percent: (max: number) => `Enter a percent from 0 to ${max}, like 20 or 12.5.`,
  payingKind: 'Would you like a plan for paying it?',
  payingChoices: [
    { value: 'none', name: 'No, thank you', short: 'No' },
    { value: 'borrow', name: 'Borrowing: a loan or card paid monthly', short: 'Borrowing' },
    { value: 'promo', name: 'A deferred-interest offer (common on medical credit cards)', short: 'Deferred-interest offer' },
    { value: 'save', name: 'Saving up each month first', short: 'Saving' },
  ] as const,
  payingMonths: 'Over how many months?',
  apr: (typical: number, general: number, source: string, year: number) =>
    `The APR in percent (a typical medical credit card: about ${typical}%, against ${general}% for general cards; ${source}, ${year}):`,
  reviewInsurance: (kind: string, coinsurance: number | null) =>
    kind === 'none' ? 'none (self-pay)' : `${kind}${coinsurance === null ? '' : `, ${coinsurance / 100}% coinsurance`}`,
  reviewPaying: (kind: 'none' | 'borrow' | 'promo' | 'save', months: number | null) =>
    kind === 'none' ? 'no plan' : `${{ borrow: 'borrowing', promo: 'deferred-interest offer', save: 'saving' }[kind]} over ${months} months`,
  closing: 'What would you like to keep?',
  closingChoices: (answers: string, html: string, markdown: string): { value: 'done' | 'answers' | 'html' | 'markdown'; name: string; short: string }[] => [
    { value: 'done', name: 'Nothing more: finish', short: 'Finish' },
    { value: 'answers', name: `The answers, to run again later (${answers})`, short: 'The answers' },
    { value: 'html', name: `A report to print or share, as a web page (${html})`, short: 'HTML report' },
    { value: 'markdown', name: `A report as Markdown text (${markdown})`, short: 'Markdown report' },
  ],
  savedReport: (path: string) => `Saved to ${path}\n`,
  yes: 'Yes',
  no: 'No',
  mustAnswer: (yes: string, no: string) => `Please answer "${yes}" or "${no}"`,
  keyActions: { navigate: 'navigate', select: 'select', all: 'all', invert: 'invert', submit: 'done' } as Record<string, string>,
  review: 'Review your answers:',
  showEstimate: 'Looks right: show my estimate',
  change: (what: string, value: string) => `Change ${what}: ${value}`,
  reviewQuote: (amount: string) => `quote ${amount}`,
  reviewRange: { full: 'full published range', lower: 'lower part of the range', upper: 'upper part of the range', quote: 'quote' },
  reviewPlan: (sessions: string, months: number | null) => `${sessions} infusion days${months !== null ? ` (${months} months)` : ''}`,
  reviewVisits: (pre: number, post: number) => `${pre} before, ${post} after`,
  reviewTravel: (travel: string, travelers: number, nights: number) => (travel === 'none' ? 'none' : `${travel}, ${travelers} travelling, ${nights} nights`),
  needFileName: 'Please enter a file name.',
  resume: (when: string, count: number) =>
    `You have answers from a plan you did not finish (${when}, ${count} answer${count === 1 ? '' : 's'}). Pick up where you left off?`,
  keptAt: (file: string) => `Your answers so far are kept in ${file}. Run ketamine-cost again to pick up where you left off.`,
  fields: {
    technique: 'treatment',
    price: 'clinic price',
    plan: 'outpatient plan',
    boosters: 'boosters',
    visits: 'appointments',
    travel: 'travel',
    extras: 'costs often left out',
    insurance: 'insurance',
    paying: 'paying plan',
  },
  scripted: 'The same estimate as a command (for scripts, or to share):',
  saveOffer: 'Save these answers to a file, to run again later?',
  saveName: 'File name:',
  replace: (file: string) => `${file} already exists. Replace it?`,
  saved: (path: string, file: string) => `Saved to ${path}\nRun it again with: ketamine-cost estimate --scenario ${file}\n`,
};

/** The words above in the language chosen for this run (English or Spanish). */
export const wizardText: typeof wizardTextEn = localised('wizard', wizardTextEn);
