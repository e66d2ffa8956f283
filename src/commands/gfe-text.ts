import { localised } from '../core/lang.js';
/**
 * Every word `gfe-check` says, in one place, so a translation touches only this file. Amounts,
 * days and the help line arrive as arguments: they come from the data file, never from here.
 */
const gfeTextEn = {
  // --help
  estimateFlag:
    "a provider's Good Faith Estimate, like 1200 or 1,200.50 (write 650 or '$650'), or a quote file as audit reads it (its total); repeat it for each provider",
  billFlag: "the same provider's bill; repeat it in the same order as --estimate",
  fileFlag: 'read the providers from a CSV file with the header provider,estimate,bill (provider is optional)',
  billDateFlag: 'the date of the bill, YYYY-MM-DD or MM/DD/YYYY (one date for every provider)',
  todayFlag: "count the days left from this date instead of today's, YYYY-MM-DD or MM/DD/YYYY",
  jsonFlag: 'print JSON instead of text',
  help: (threshold: string, days: number, fee: string) => `
The rule (45 CFR 149.620): if you are uninsured or not using insurance, and a
provider's bill is at least ${threshold} more than that provider's Good Faith Estimate,
you can start a dispute within ${days} days of the bill date, for a ${fee} fee.
(Amounts and days from the built-in data; --data FILE uses another file's.)

Several providers: repeat --estimate and --bill in pairs (the first estimate
goes with the first bill), or give --file with one provider per row:
  provider,estimate,bill
  Infusion clinic,4000,4600
  Anaesthesia,900,1250

Examples:
  $ ketamine-cost gfe-check --estimate 4000 --bill 4600 --bill-date 2026-01-15
  $ ketamine-cost gfe-check --estimate 4000 --bill 4600 --estimate 900 \\
      --bill 1250 --bill-date 2026-01-15 --json
  $ ketamine-cost gfe-check --file providers.csv --bill-date 2026-01-15

Exit codes: 0 done (also when the deadline has passed), 1 unexpected failure,
2 a mistake in the input (an amount, a date, a bill dated after today).
This is information, not legal advice.`,

  // Text output
  title: 'Good Faith Estimate check (No Surprises Act)',
  yourBill: 'Your bill',
  providerNumber: (n: number) => `Provider ${n}`,
  amounts: (label: string, estimate: string, bill: string) => `${label}: estimate ${estimate}, bill ${bill},`,
  over: (amount: string) => `${amount} over the estimate.`,
  under: (amount: string) => `${amount} under the estimate.`,
  same: 'the same as the estimate.',
  eligible: (threshold: string) => `Can be disputed: the bill is at least ${threshold} over the estimate.`,
  notEligible: (threshold: string) => `Cannot be disputed: the bill is less than ${threshold} over the estimate.`,
  noneEligible: 'None of these bills is far enough over its estimate to dispute this way.',
  deadline: (billDate: string, deadline: string, days: number) =>
    `Bill date ${billDate}. The last day to start a dispute is ${deadline}, ${days} days after the bill date:`,
  daysLeft: (n: number) => (n === 0 ? 'today is the last day.' : `${n} day${n === 1 ? '' : 's'} left.`),
  passed: (billDate: string, deadline: string, days: number, ago: number, helpLine: string) =>
    `Bill date ${billDate}. The last day to start a dispute was ${deadline}, ${days} days after the bill date: it passed ${ago} day${ago === 1 ? '' : 's'} ago, so a dispute can no longer be started this way. Call the help line, ${helpLine}, to ask what you can still do.`,
  fee: (fee: string) => `Starting a dispute costs a ${fee} fee.`,
  collections: 'While the dispute is open, the provider cannot send the bill to collections.',
  helpLine: (helpLine: string) => `Help line (No Surprises Help Desk): ${helpLine}.`,
  note: (note: string) => `Note: ${note}`,
  source: (titles: string) => `Source: ${titles}.`,
  disclaimer: 'This is information, not legal advice.',

  // Mistakes in the input (each one line, after the "ketamine-cost: " prefix)
  noProviders: 'give the estimate and the bill (--estimate AMOUNT --bill AMOUNT), or --file PROVIDERS.csv',
  fileAndFlags: 'give the providers either with --estimate and --bill, or with --file, not both',
  countMismatch: (estimates: number, bills: number) =>
    `--estimate is given ${times(estimates)} but --bill ${times(bills)}: give one --bill for each --estimate, in the same order`,
  needBillDate: 'give --bill-date YYYY-MM-DD, the date on the bill',
  notAmount: (what: string, value: string, why: string) => `${what} ${value} is not an amount: ${why}`,
  negative: 'it must not be negative',
  tooManyDecimals: 'it may have at most 2 decimals (cents), like 1200.50',
  tooLarge: 'it is too large',
  emptyAmount: 'it is empty',
  amountLike: "write it like 1200, 1,200.50 or '$1200' (in quotes: the shell reads $1 as a variable)",
  notDate: (flag: string, value: string, why: string) => `${flag} ${value} is not a date: ${why}`,
  dateFormat: 'write it as YYYY-MM-DD (2026-01-15) or MM/DD/YYYY (01/15/2026)',
  longDate: (y: number, month: string, d: number) => `${month} ${d}, ${y}`,
  dateRead: (flag: string, value: string, iso: string, long: string, other: { iso: string; long: string } | null) =>
    `${flag} ${value} was read as ${iso} (${long})${other ? `; for ${other.long}, write ${other.iso}` : ''}`,
  noSuchMonth: (m: number) => `there is no month ${m}`,
  noSuchDay: (month: string, y: number, days: number) => `${month} ${y} has ${days} days`,
  yearRange: 'the year must be from 1900 to 2200',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const,
  billInFuture: (billDate: string, today: string, fromClock: boolean) =>
    `--bill-date ${billDate} is after ${fromClock ? 'today' : '--today'} (${today}): give the date printed on the bill`,

  // The providers file
  providersFile: 'providers file',
  fileLine: (file: string, line: number, problem: string) => `providers file ${file}, line ${line}: ${problem}`,
  fileEmpty: (file: string) => `providers file ${file} is empty: start it with the header provider,estimate,bill`,
  noRows: (file: string) => `providers file ${file} has a header but no providers: add one row per provider, like Clinic,4000,4600`,
  unknownColumn: (name: string) => `unknown column ${name} in the header: the columns are provider (optional), estimate and bill`,
  duplicateColumn: (name: string) => `the column ${name} is given twice in the header`,
  missingColumn: (name: string) => `the header has no ${name} column: start the file with provider,estimate,bill`,
  cellCount: (got: number, want: number) => `has ${got} cell${got === 1 ? '' : 's'} but the header has ${want}`,
};

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

/** The words above in the language chosen for this run (English or Spanish). */
export const gfeText: typeof gfeTextEn = localised('gfe', gfeTextEn);
