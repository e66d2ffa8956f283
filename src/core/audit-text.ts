import { localised } from './lang.js';
import { text } from './text.js';

/**
 * Every word `ketamine-cost audit` says outside the data file (whose texts are the categories,
 * the questions and their reasons), in one place, so a translation touches only this file.
 * Amounts and the clinic's words arrive as arguments.
 */
const auditTextEn = {
  // In questions
  quoted: (words: string) => `"${words}"`,
  rangeYears: (from: number, to: number, month: string) => `${from === to ? String(from) : `about ${from}-${to}`}, in ${text.month(month)} dollars`,
  unitItem: 'item',
  list: (parts: readonly string[]) => parts.join('; '),

  // Reports
  title: 'Quote check',
  titleFor: (heading: string) => `Quote check: ${heading}`,
  technique: (label: string, inferred: boolean, because: string | null) =>
    `Technique: ${label}${inferred ? (because ? ` (read from ${because}; give --technique to change it)` : ' (assumed: no line names an inpatient stay or a coma; give --technique to change it)') : ''}.`,
  whereUs: (inferred: boolean) =>
    `Where: a US provider${inferred ? ' (assumed: give --travel international for a clinic abroad)' : ''}. You are treated as paying yourself (no insurance), so the Good Faith Estimate rules apply.`,
  whereAbroad: (inferred: boolean, because: string | null) =>
    `Where: a clinic abroad${inferred ? (because ? ` (read from ${because}; give --travel domestic for a US clinic)` : ' (the coma technique is not done in the USA)') : ''}.`,
  pricesIn: (month: string) => `Ranges are in ${text.month(month)} dollars; the quote's prices are as written.`,
  items: 'Items',
  itemsCaption: 'The quote, line by line, against the usual ranges',
  columns: ['Line', 'Item', 'Category', 'Price', 'Qty', 'Usual range', 'Check'] as const,
  tableColumns: ['#', 'Item', 'Category', 'Price × qty', 'Usual range', 'Check'] as const,
  noItems: 'No line of the quote names a price.',
  per: (unit: string) => `per ${unit}`,
  each: 'each',
  covers: (count: number, units: string) => `for ${count} ${units}`,
  notCompared: '-',
  rangeCell: (range: string, from: number, to: number) => `${range} (${from === to ? from : `${from}-${to}`})`,
  check: {
    ok: 'in range',
    'below-range': 'below',
    'above-range': 'above',
    'whole-series': 'series?',
    'how-many-infusions': 'how many?',
    'how-many-units': 'how many?',
    'depression-band': 'depression?',
    other: 'what is it?',
    currency: 'not US$',
    none: '',
  } as Record<string, string>,
  kinds: { total: 'total', subtotal: 'subtotal' } as Record<string, string>,
  otherCategory: 'Other',
  termsCategory: 'Terms',
  currencyCell: (amount: string, currency: string) => `${amount} ${currency}`,
  totals: (total: string | null, sum: string, matches: boolean | null) =>
    total === null
      ? `The items add up to ${sum}; the quote states no total.`
      : matches === false
        ? `The quote's total is ${total}, but its items add up to ${sum}.`
        : matches === null
          ? `The quote's total is ${total}; the items could not all be added (another currency).`
          : `The quote's total is ${total}, and its items add up to it.`,
  notSummed: 'Lines priced per unit without a count are not in the sum.',
  missing: 'Likely missing',
  missingIntro: (technique: string) => `What ${technique} usually needs and this quote does not mention:`,
  missingNone: 'Nothing the technique usually needs is left unmentioned.',
  flags: 'What was found',
  flag: {
    'below-range': (item: string, price: string, range: string) => `${item}: ${price} is below the usual ${range}.`,
    'above-range': (item: string, price: string, range: string) => `${item}: ${price} is above the usual ${range}.`,
    'whole-series': (item: string, price: string) => `${item}: ${price} is far above one infusion but within the price of a whole series.`,
    'how-many-infusions': (item: string) => `${item}: no number of infusions is given.`,
    'how-many-units': (item: string) => `${item}: a price per unit with no count; not added to the sum.`,
    'depression-band': (item: string, price: string) => `${item}: ${price} is in the usual range of infusions for depression.`,
    other: (item: string) => `${item}: not a usual part of ketamine treatment.`,
    currency: (item: string) => `${item}: not in US dollars; not compared or added up.`,
    excluded: (words: string) => `Not included: ${words}.`,
    terms: (label: string, words: string) => `Terms (${label}): ${words}`,
    arithmetic: (sum: string, total: string, difference: string, more: boolean) =>
      `The total (${total}) is ${difference} ${more ? 'more' : 'less'} than the items add up to (${sum}).`,
    missing: (label: string) => `Not mentioned: ${label}.`,
    'not-gfe': 'This is not a Good Faith Estimate: as a patient paying yourself, you have the right to one.',
    'gfe-part': (label: string) => `The Good Faith Estimate lacks ${label}.`,
    abroad: 'A clinic abroad owes no Good Faith Estimate, and there is no US dispute right: only what is in writing holds.',
    'currency-unclear': 'The amounts are written with "$" alone: US dollars or the local currency?',
  },
  lineRef: (line: number) => `line ${line}`,
  questions: 'Questions to send the clinic',
  why: 'Why:',
  noQuestions: 'No questions: the quote answers everything this check looks at. Still keep it in writing.',
  email: 'A message you can copy into an email',
  emailSubject: (heading: string | null) => `Subject: Questions about my quote${heading ? ` (${heading})` : ''}`,
  emailHello: 'Hello,',
  emailIntro: 'Thank you for the quote for ketamine infusion treatment. Before I decide, could you please answer these questions in writing:',
  emailThanks: 'Thank you,',
  emailName: '[your name]',
  notes: 'Lines kept as written',
  unreadable: 'Lines that could not be read',
  unreadableLine: (line: number, text: string, why: string) => `line ${line}: ${text}: ${why}`,
  problem: {
    'too-long': 'the line is longer than 4,000 characters',
    'too-large': 'the amount is above $10,000,000',
    decimals: 'an amount may have at most 2 decimals (cents)',
    'range-backwards': 'the range runs from high to low; write it low-high',
    quantity: 'the quantity must be a whole number from 1 to 1,000',
    amount: 'the amount is not written like 1200, 1,200.50 or $1,200',
    record: 'the record could not be read',
  } as Record<string, string>,
  estimate: 'From quote to estimate',
  estimateIntro: 'To turn this quote into a full estimate (with travel, your share and a paying plan), run:',
  estimateOr: (file: string) => `or: ketamine-cost audit ${file} --estimate, with the same flags.`,
  estimateNoQuote: 'The quote has no per-infusion price to use, so the estimate uses the published range:',
  sources: 'Sources',
  footer: (version: string, effective: string) =>
    `Data ${version}, effective ${effective}. This is information for planning, not medical, financial or legal advice.`,
  estimateHeading: 'The estimate from this quote',

  // The wizard's "I have a quote" path
  pasteIntro: 'Paste the quote (from an email, a text message or a Good Faith Estimate), one item a line, then press Enter on an empty line:',
  nothingPasted: 'Nothing was pasted. You can still plan with the published prices.',
  nothingReadable: 'No line of what was pasted names a price, like "Consultation 350". You can still plan with the published prices.',
  quoteTechnique: 'Which treatment is this quote for?',
  toEstimate: 'Turn this quote into an estimate (travel, your share, a paying plan)?',
  quoteSaved: (command: string) => `To check this quote again later, save it as a file and run: ${command}`,
  // Input and its mistakes (each one line, after "ketamine-cost: ")
  quoteFile: 'quote file',
  stdinName: 'standard input',
  noInput: 'give the quote: a file (ketamine-cost audit quote.txt), or pipe it in (pbpaste | ketamine-cost audit)',
  inputKind: (got: string) => `--input must be text, csv or json (got ${got})`,
  formatKind: (got: string) => `--format must be one of: table, json, markdown, html (got ${got})`,
  techniqueKind: (got: string) => `--technique must be one of: low-dose-inpatient, outpatient, coma (got ${got})`,
  travelKind: (got: string) => `--travel must be one of: none, domestic, international (got ${got})`,
  jsonVsFormat: (format: string) => `--json asks for JSON but --format asks for ${format}: give one of them`,
  nothingRead: (name: string) =>
    `nothing in ${name} could be read as a quote: write one item a line with its price, like "Consultation 350" or "Ketamine infusion $1,000 x 5"`,
  tooManyLines: (name: string, max: number) => `${name} has more than ${max} lines; is it the right file?`,
  notJson: (name: string, why: string) => `${name} is not valid JSON: ${why}`,
  jsonShape: (name: string) => `${name} must hold {"items": [{"label": …, "amount": …}, …]} or a list of such items`,
  jsonItem: (n: number) => `item ${n} must be an object with a label and an amount`,
  csvHeader: (name: string, got: string) => `${name}: unknown column ${got}; the columns are label, amount, quantity, unit, code and provider`,
  stdinTooLarge: (max: string) => `the quote on standard input is larger than ${max}; is it the right text?`,
  stdinNotUtf8: 'the quote on standard input is not UTF-8 text; save it as UTF-8 and try again',
  unreadableStderr: (name: string, line: number, text: string, why: string) => `${name}, line ${line}: ${text}: ${why}`,
  noAuditData: (file: string) => `data file ${file} has no audit section, which audit needs (see the built-in data/costs.json)`,
};

/** The words above in the language chosen for this run (English or Spanish). */
export const auditText: typeof auditTextEn = localised('audit', auditTextEn);
export type AuditTextEn = typeof auditTextEn;
