import { text } from '../core/text.js';

/** Every word the reports (table, Markdown, HTML) put on the page, in one place. */
export const renderText = {
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
  travel: (kind: string, travelers: number, nights: number) => `Travel: ${kind}, ${plural(travelers, 'traveller')}, ${plural(nights, 'night')}.`,
  columns: ['Item', 'Qty', 'Low', 'Typical', 'High'] as const,
  total: 'Total',
  estimatedTotal: (range: string, typical: string | null) => `Estimated total: ${range}${typical === null ? '' : `, typically about ${typical}`}.`,
  warnings: 'Warnings',
  notes: 'Notes',
  checklist: 'Questions to ask the clinic',
  why: 'Why:',
  sources: 'Sources',
  source: (title: string, publisher: string, years: string) => `${/[.?!]$/.test(title) ? title : `${title}.`} ${publisher}. Figures: ${years}.`,
  assumptionsIntro: 'Lines marked * are our assumptions:',
  assumption: (label: string, why: string) => `${label}: ${why}`,
  quoteMarker: ' (quote)',
  footer: (version: string, effective: string, currency: string) => `Data ${version}, effective ${effective}, amounts in ${currency}. ${text.disclaimer}`,
  orMore: (range: string) => `${range} or more`,
  openCell: (amount: string) => `${amount}+`,
};

function span(from: number, to: number): string {
  return from === to ? String(from) : `about ${from} to ${to}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
