import { localised } from '../core/lang.js';
import { text } from '../core/text.js';

/** Every word the reports (table, Markdown, HTML) put on the page, in one place. */
const renderTextEn = {
  title: 'Ketamine infusion cost estimate',
  inTodaysDollars: (month: string) => `in ${month} dollars`,
  publishedAmounts: 'published amounts, of several years',
  pricesToday: (month: string, index: string, from: number, to: number) =>
    `Prices are restated to ${month} dollars with the US consumer price index (${index}), from sources of ${span(from, to)}.`,
  pricesPublished: (from: number, to: number) => `Prices are the sources' own published amounts, from ${span(from, to)}, not restated to today's dollars.`,
  technique: (label: string, summary: string) => `Technique: ${label}. ${summary}`,
  clinicPrice: (price: string) => `Clinic price: ${price}.`,
  quotePrice: (range: string, perDay: boolean) => `your clinic's quote, ${range}${perDay ? ' per infusion day' : ''}`,
  rangeParts: { full: 'the full published range', lower: 'the lower part of the published range', upper: 'the upper part of the published range', quote: '' },
  sessionsPlan: (sessions: string, months: number, phases: string) => `Sessions: ${sessions} in a ${months}-month plan (${phases}).`,
  sessions: (sessions: string) => `Sessions: ${sessions}.`,
  boostersVisits: (boosters: number, pre: number, post: number) => `Boosters: ${boosters}. Visits: ${pre} before, ${post} after.`,
  travelNone: 'Travel: none.',
  travel: (kind: string, travelers: number, nights: number, trips: number) =>
    `Travel: ${kind}, ${plural(travelers, 'traveller')}, ${plural(nights, 'night')}, ${plural(trips, 'trip')}.`,
  columns: ['Item', 'Qty', 'Low', 'Typical', 'High'] as const,
  total: 'Total',
  estimatedTotal: (range: string, typical: string | null) => `Estimated total: ${range}${typical === null ? '' : `, typically about ${typical}`}.`,
  yourShare: 'Your share',
  shareRows: {
    insurer: 'Your plan pays',
    patient: 'You pay',
    paidUpFront: 'You pay up front, before reimbursement',
    countedTowardOopMax: 'Counted toward your out-of-pocket maximum',
    notCounted: 'Not counted toward it (care not covered, and travel)',
    hsaFsaQualified: 'Of your share, HSA or FSA money may pay (qualified expenses)',
    hsaFsaCovered: 'Paid from your HSA or FSA',
    leftToFind: 'Left to find',
    medicalExpense: 'Counts as a medical expense (IRS Publication 502)',
    deductibleAboveThreshold: (percent: string) => `Deductible above ${percent} of your income, if you itemise`,
    taxSaving: (year: number) => `Federal income tax it may save (${year})`,
  },
  taxNote: 'Tax figures are an estimate under US federal rules, not tax advice: meals never count, HSA or FSA money cannot be deducted again.',
  paying: 'Paying for it',
  financing: (months: number, apr: string, payment: string, interest: string, paid: string) =>
    `Borrowing what is left to find over ${months} months at ${apr} APR: ${payment} a month; interest ${interest}; ${paid} paid in all.`,
  promotion: (months: number, clear: string, apr: string, interest: string) =>
    `A deferred-interest offer of ${months} months: pay ${clear} a month to clear it in time. This is deferred, not zero, interest: if any balance is left when the offer ends, interest at ${apr} APR is charged back to the first day, up to ${interest}.`,
  savings: (months: number, monthly: string) => `Saving for it over ${months} months: set aside ${monthly} a month (the high end ready in time).`,
  lostIncome: (patient: string, companion: string, total: string) =>
    `Income lost while away (not part of the medical total): you ${patient}, a companion ${companion}; ${total} in all.`,
  timeline: 'Month by month',
  timelineColumns: ['Month', 'Low', 'High', 'Running low', 'Running high'] as const,
  monthName: (m: number) => (m === 0 ? 'Before / start' : `Month ${m}`),
  compareTitle: (title: string, n: number) => `${title.replace('estimate', 'comparison')}: ${n} options`,
  totalColumn: 'Total',
  visitsAndBoosters: 'Visits, boosters',
  typicallyAbout: (amount: string) => `, typically about ${amount}`,
  chartKey: (ascii: boolean) =>
    ascii
      ? 'Each bar runs from the low to the high total; T marks the typical total, > an open top.'
      : 'Each bar runs from the low to the high total; ┃ marks the typical total, ▶ an open top.',
  compareDetails:
    'For each option in full (line items, checklist, sources), run `ketamine-cost estimate` with the same flags, or add --format html for a report.',
  warnings: 'Warnings',
  notes: 'Notes',
  checklist: 'Questions to ask the clinic',
  why: 'Why:',
  sources: 'Sources',
  source: (title: string, publisher: string, years: string) => `${/[.?!]$/.test(title) ? title : `${title}.`} ${publisher}. Figures: ${years}.`,
  assumptionsIntro: 'Lines marked * are our assumptions:',
  assumption: (label: string, years: string, why: string) => `${label} (${years}): ${why}`,
  answers: 'What this estimate assumes',
  answersHint: "Every answer the figures depend on. Check them against your plan documents and the clinic's quote.",
  pricesLabel: 'Prices',
  pricesValue: (month: string, index: string, years: string) => `in ${month} dollars (${index})${years ? `, from sources of ${years}` : ''}`,
  pricesPublishedValue: (years: string) => `the sources' own published amounts${years ? `, from ${years}` : ''}, not restated`,
  prepared: (date: string, name: string, version: string, dataVersion: string) => `Prepared on ${date} with ${name} ${version}, data ${dataVersion}.`,
  records: 'For your records',
  clinicName: "Clinic's name",
  quoteDate: 'Date of the quote',
  recordNotes: 'Notes',
  shareTimeline: 'Your share month by month',
  shareTimelineColumns: ['Month', 'You pay', 'Your plan pays', 'You, so far'] as const,
  quoteMarker: ' (quote)',
  footer: (version: string, effective: string, currency: string) => `Data ${version}, effective ${effective}, amounts in ${currency}. ${text.disclaimer}`,
  orMore: (range: string) => `${range} or more`,
  years: (from: number, to: number) => (from === to ? String(to) : `about ${from}-${to}`),
  barText: (label: string, low: string, high: string, open: boolean, typical: string | null) =>
    `${label}: ${low === high ? low : `${low} to ${high}`}${open ? ' or more' : ''}${typical === null ? '' : `, typical ${typical}`}`,
  compactHeader: (name: string) => `${name} ($)`,
  openCell: (amount: string) => `${amount}+`,
  // the HTML report
  plan: 'The plan',
  costs: 'Costs',
  itemsCaption: 'Cost of each item, in dollars: low, typical and high',
  itemsCaptionFor: (option: string) => `Cost of each item for ${option}, in dollars: low, typical and high`,
  compared: (title: string, n: number) => `${title}: ${n} options compared`,
  comparison: 'Comparison',
  comparisonCaption: 'Estimated total and main costs of each option',
  option: 'Option',
  typicalTotal: 'Typical total',
  categoryNames: { treatment: 'Treatment', boosters: 'Boosters', visits: 'Visits', travel: 'Travel' },
  chartTitle: 'Estimated total, low to high',
  chartBar: (option: string, range: string, typical: string | null) => `${option}: ${range}${typical === null ? '' : `, typically about ${typical}`}`,
  chartAlt: (bars: string[]) => `Chart of the estimated total, on a dollar scale from $0. ${bars.join('; ')}.`,
  checklistHint: 'Tick each question once the clinic has answered it.',
  openHighKey: 'An amount with + has no upper limit in the source.',
};

function span(from: number, to: number): string {
  return from === to ? String(from) : `about ${from} to ${to}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The words above in the language chosen for this run (English or Spanish). */
export const renderText: typeof renderTextEn = localised('render', renderTextEn);
