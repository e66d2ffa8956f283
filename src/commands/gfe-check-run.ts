import type { Io } from '../edge/io.js';
import type { GfeCheckFlags } from './flag-types.js';
import type { CostData } from '../core/data-schema.js';
import { loadData } from '../edge/data-file.js';
import { readTextFile } from '../edge/read-file.js';
import { writeOut } from '../edge/out-stream.js';
import { asciiWanted, terminalWidth } from '../edge/terminal.js';
import { toAscii } from '../render/ascii.js';
import { CsvReader, type CsvRecord } from '../batch/csv-reader.js';
import { checkBills, formatIsoDate, parseIsoDate, type CalendarDate, type GfeResult } from '../core/gfe.js';
import { centsToDollars, dollarsToCents, formatDollars, parseDollars } from '../core/money.js';
import { escapeControls, escapeJsonText, shown } from '../core/escape.js';
import { cliText, quoted } from '../cli-text.js';
import { language } from '../core/lang.js';
import { wrap } from '../render/wrap.js';
import { UsageError } from '../errors.js';
import { gfeText as t } from './gfe-text.js';

/** The largest providers file read: a few hundred bytes a provider, far below this. */
const MAX_PROVIDERS_FILE_BYTES = 1024 * 1024;

/** The widest line printed, whatever the terminal. */
const MAX_WIDTH = 80;

/** One provider as given: its name (null when not named) and amounts in cents. */
export interface GivenProvider {
  name: string | null;
  estimateCents: number;
  billCents: number;
}

/**
 * Runs `gfe-check`: reads the providers, the dates and the rule from the data file, and prints
 * which bills may be disputed and by when. `now` is the clock, read here and nowhere else.
 */
export async function runGfeCheck(flags: GfeCheckFlags, io: Io, now: () => Date = () => new Date()): Promise<void> {
  const data = await loadData(flags.data, io.cwd);
  const providers = await givenProviders(flags, io.cwd, data);
  if (flags.billDate === undefined) throw new UsageError(t.needBillDate);
  const said = (line: string) => io.stderr.write(`${line}\n`);
  const billDate = dateFlag('--bill-date', flags.billDate, said);
  const today = flags.today === undefined ? localDay(now()) : dateFlag('--today', flags.today, said);
  const gfe = data.goodFaithEstimate;
  const result = checkBills({ providers, billDate, today, rule: { thresholdCents: dollarsToCents(gfe.thresholdDollars), disputeDays: gfe.disputeDays } });
  if (result.billInFuture) throw new UsageError(t.billInFuture(formatIsoDate(billDate), formatIsoDate(today), flags.today === undefined));
  const width = Math.min(MAX_WIDTH, terminalWidth(io));
  const report = flags.json ? gfeJson(providers, billDate, result, data) : gfeReport(providers, billDate, result, data, width);
  await writeOut(io.stdout, !flags.json && asciiWanted(flags, io) ? toAscii(report) : report);
}

/** The calendar day of a moment on this computer's clock, in its own time zone. */
function localDay(moment: Date): CalendarDate {
  return { y: moment.getFullYear(), m: moment.getMonth() + 1, d: moment.getDate() };
}

/** The JSON contract: amounts as dollar numbers, dates as YYYY-MM-DD. */
export function gfeJson(providers: readonly GivenProvider[], billDate: CalendarDate, r: GfeResult, data: CostData): string {
  const gfe = data.goodFaithEstimate;
  const report = {
    providers: r.providers.map((p, i) => ({
      provider: providers[i]!.name,
      estimate: centsToDollars(p.estimateCents),
      bill: centsToDollars(p.billCents),
      overBy: centsToDollars(p.overByCents),
      eligible: p.eligible,
    })),
    billDate: formatIsoDate(billDate),
    deadline: formatIsoDate(r.deadline),
    daysLeft: r.daysLeft,
    passed: r.passed,
    fee: centsToDollars(dollarsToCents(gfe.feeDollars)),
    helpLine: gfe.helpLine,
    source: sourceTitles(data),
  };
  return `${escapeJsonText(JSON.stringify(report, null, 2))}\n`;
}

/** The text report: each provider, the deadline, the fee, collections, the help line, the source and the note. */
export function gfeReport(providers: readonly GivenProvider[], billDate: CalendarDate, r: GfeResult, data: CostData, width: number): string {
  const gfe = data.goodFaithEstimate;
  const threshold = formatDollars(dollarsToCents(gfe.thresholdDollars));
  const out: string[] = [t.title, ''];
  const para = (text: string, indent = '') => out.push(fitLines(indent + text, width, indent));
  r.providers.forEach((p, i) => {
    const label = labelOf(providers[i]!.name, i, r.providers.length);
    const diff = p.overByCents > 0 ? t.over(formatDollars(p.overByCents)) : p.overByCents < 0 ? t.under(formatDollars(-p.overByCents)) : t.same;
    para(`${t.amounts(label, formatDollars(p.estimateCents), formatDollars(p.billCents))} ${diff}`);
    para(p.eligible ? t.eligible(threshold) : t.notEligible(threshold), '  ');
  });
  if (r.providers.length > 1 && !r.providers.some((p) => p.eligible)) para(t.noneEligible);
  out.push('');
  const [bill, deadline] = [formatIsoDate(billDate), formatIsoDate(r.deadline)];
  // Once the deadline has passed, the fee and the pause on collections no longer apply: only the help line does.
  if (r.passed) para(t.passed(bill, deadline, gfe.disputeDays, -r.daysLeft, gfe.helpLine));
  else {
    para(`${t.deadline(bill, deadline, gfe.disputeDays)} ${t.daysLeft(r.daysLeft)}`);
    para(`${t.fee(formatDollars(dollarsToCents(gfe.feeDollars)))} ${t.collections}`);
  }
  para(t.helpLine(gfe.helpLine));
  if (gfe.note) para(t.note(gfe.note));
  para(t.source(sourceTitles(data)));
  para(t.disclaimer);
  return `${out.join('\n')}\n`;
}

function labelOf(name: string | null, index: number, count: number): string {
  if (name !== null) return escapeControls(name);
  return count === 1 ? t.yourBill : t.providerNumber(index + 1);
}

/** The titles of the sources the rule names; the schema has checked that each id exists. */
function sourceTitles(data: CostData): string {
  return data.goodFaithEstimate.sourceIds.map((id) => data.sources.find((s) => s.id === id)?.title ?? id).join('; ');
}

/** Wrapped at spaces; a word longer than the line (a long name) is cut, so no line is wider than `width`. */
function fitLines(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  for (const line of wrap(text, width, indent).split('\n')) {
    let rest = line;
    while (rest.length > width) {
      lines.push(rest.slice(0, width));
      rest = indent + rest.slice(width);
    }
    lines.push(rest);
  }
  return lines.join('\n');
}

/** The providers from --estimate/--bill pairs or from --file, with every amount checked. */
async function givenProviders(flags: GfeCheckFlags, cwd: string, data: CostData): Promise<GivenProvider[]> {
  const estimates = flags.estimate ?? [];
  const bills = flags.bill ?? [];
  const pairs = estimates.length > 0 || bills.length > 0;
  if (flags.file !== undefined) {
    if (pairs) throw new UsageError(t.fileAndFlags);
    return providersFile(flags.file, cwd);
  }
  if (!pairs) throw new UsageError(t.noProviders);
  if (estimates.length !== bills.length) throw new UsageError(t.countMismatch(estimates.length, bills.length));
  const providers: GivenProvider[] = [];
  for (const [i, e] of estimates.entries()) {
    const estimate = await estimateOf(e, cwd, data);
    providers.push({ name: estimate.name, estimateCents: estimate.cents, billCents: amount(bills[i]!, '--bill') });
  }
  return providers;
}

/**
 * An --estimate value: an amount, or a quote file (text, CSV or JSON, or the JSON `audit --json`
 * wrote): its stated total, else what its items add up to; the high end of a range, the most the
 * estimate allowed. A value that is neither is the amount error it always was.
 */
async function estimateOf(text: string, cwd: string, data: CostData): Promise<{ cents: number; name: string | null }> {
  const cents = parseDollars(text);
  // A file is named with a folder or an extension ("quote.txt", "~/gfe/clinic"); anything else is an amount.
  if ((cents !== null && Number.isSafeInteger(cents)) || !/[/\\]|\.\p{L}{2,5}$/u.test(text)) return { cents: amount(text, '--estimate'), name: null };
  return (await import('./audit-input.js')).estimateFromQuoteFile(text, cwd, data, t.notAmount('--estimate', shown(text), t.amountLike));
}

/** A strict amount in cents; anything else is a UsageError saying why, with the value echoed safely. */
function amount(text: string, what: string, where: (problem: string) => string = (p) => p): number {
  const cents = parseDollars(text);
  if (cents !== null && Number.isSafeInteger(cents)) return cents;
  throw new UsageError(where(t.notAmount(what, shown(text), amountProblem(text, cents))));
}

function amountProblem(text: string, cents: number | null): string {
  const s = text.trim();
  if (cents !== null) return t.tooLarge;
  if (s === '') return t.emptyAmount;
  if (/^\$?\s*[-−–]/.test(s)) return t.negative;
  if (/^\$?\s*[\d,]*\.\d{3,}$/.test(s)) return t.tooManyDecimals;
  return t.amountLike;
}

const DATE_SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day and month as people type them, in either order: 11/20/2026, 20/11/2026, 20.11.2026.
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date flag as a calendar date: 2026-11-20, or day and month with slashes in the order of the
 * run's language (11/20/2026 in English, 20/11/2026 in Spanish), or the other order when only that
 * one is a date. Whenever slashes were read, `say` is told the reading used, and when the other order
 * is a date too, how to write that one. A badly written or non-existent date is a UsageError saying which.
 */
export function dateFlag(flag: string, text: string, say: (line: string) => void = () => undefined): CalendarDate {
  const written = text.trim();
  const iso = DATE_SHAPE.exec(written);
  if (iso) {
    const date = parseIsoDate(`${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`);
    if (date) return date;
    throw new UsageError(t.notDate(flag, shown(text), dateProblem(iso[1]!, iso[2]!, iso[3]!)));
  }
  const m = SLASHED.exec(written);
  if (!m) throw new UsageError(t.notDate(flag, shown(text), t.dateFormat));
  const [a, b, y] = [m[1]!, m[2]!, m[3]!];
  const read = (month: string, day: string) => parseIsoDate(`${y}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
  const dayFirst = language() === 'es';
  const usual = dayFirst ? read(b, a) : read(a, b);
  const other = dayFirst ? read(a, b) : read(b, a);
  const date = usual ?? other;
  if (!date) throw new UsageError(t.notDate(flag, shown(text), dayFirst ? dateProblem(y, b, a) : dateProblem(y, a, b)));
  const long = (c: CalendarDate) => t.longDate(c.y, t.months[c.m - 1]!, c.d);
  const alternative = usual && other && formatIsoDate(usual) !== formatIsoDate(other) ? { iso: formatIsoDate(other), long: long(other) } : null;
  say(`${cliText.prefix}${t.dateRead(flag, shown(text), formatIsoDate(date), long(date), alternative)}`);
  return date;
}

function dateProblem(year: string, monthText: string, dayText: string): string {
  const [y, month, d] = [Number(year), Number(monthText), Number(dayText)];
  if (month < 1 || month > 12) return t.noSuchMonth(month);
  // Day 0 of the next month is the last day of this one; Date.UTC reads no clock and no time zone.
  const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (d < 1 || d > days) return t.noSuchDay(t.months[month - 1]!, y, days);
  return t.yearRange;
}

/** The providers file: a header naming provider (optional), estimate and bill, then one provider a row. */
async function providersFile(file: string, cwd: string): Promise<GivenProvider[]> {
  const name = quoted(file);
  const text = await readTextFile(file, cwd, t.providersFile, MAX_PROVIDERS_FILE_BYTES);
  const records: CsvRecord[] = [];
  const reader = new CsvReader(MAX_PROVIDERS_FILE_BYTES);
  reader.push(text, records);
  reader.end(records);
  const atLine = (line: number) => (problem: string) => t.fileLine(name, line, problem);

  const header = records[0];
  if (header === undefined) throw new UsageError(t.fileEmpty(name));
  if ('error' in header) throw new UsageError(atLine(header.line)(header.error));
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const seen = new Set<string>();
  for (const c of columns) {
    if (c !== 'provider' && c !== 'estimate' && c !== 'bill') throw new UsageError(atLine(header.line)(t.unknownColumn(shown(c))));
    if (seen.has(c)) throw new UsageError(atLine(header.line)(t.duplicateColumn(c)));
    seen.add(c);
  }
  for (const needed of ['estimate', 'bill']) if (!seen.has(needed)) throw new UsageError(atLine(header.line)(t.missingColumn(needed)));
  const at = (c: string) => columns.indexOf(c);

  const providers: GivenProvider[] = [];
  for (const record of records.slice(1)) {
    const where = atLine(record.line);
    if ('error' in record) throw new UsageError(where(record.error));
    const { cells } = record;
    if (cells.length !== columns.length) throw new UsageError(where(t.cellCount(cells.length, columns.length)));
    const provider = at('provider') === -1 ? '' : cells[at('provider')]!.trim();
    providers.push({
      name: provider === '' ? null : provider,
      estimateCents: amount(cells[at('estimate')]!, 'estimate', where),
      billCents: amount(cells[at('bill')]!, 'bill', where),
    });
  }
  if (providers.length === 0) throw new UsageError(t.noRows(name));
  return providers;
}
