import type { ChalkInstance } from 'chalk';
import type { CostData } from '../core/data-schema.js';
import { CATEGORIES, sum, type Estimate } from '../core/estimate.js';
import { centsToDollars } from '../core/money.js';
import { amountText, footer, hasShareInputs, payingLines, preparedLine, pricesLine, shareRows, title, type ReportMeta } from './report-parts.js';
import { axisLabel, rangeChart, type ChartBar } from './range-chart.js';

import { csvRecord } from './csv-cells.js';
import { estimateReport, rangeDollars, type ToolInfo } from './report-json.js';
import { renderText as t } from './render-text.js';
import { wrap } from './wrap.js';
import { markdownCell, markdownText } from './markdown.js';

import { toAscii } from './ascii.js';
import { boxTable } from './box-table.js';

/** Visits and boosters together, one column of the comparison: a sum the core made, added here only for the layout. */
function visitsAndBoosters(est: Estimate): { low: number; high: number } {
  const k = est.categories;
  return sum([k.visits, k.boosters]);
}

/** One option of a comparison: its name and its estimate. */
export interface CompareOption {
  name: string;
  est: Estimate;
  /** Notes on how the option's input was read (dropped or ignored), to show beside the comparison. */
  inputNotes: string[];
}

/** A bar per option, from the total's low to high. */
export function chartBars(options: readonly CompareOption[]): ChartBar[] {
  return options.map((o) => ({ label: o.name, low: o.est.total.low, typical: o.est.total.typical, high: o.est.total.high, openHigh: o.est.total.openHigh }));
}

/** "$14k–$89k+": short enough for a table column; the full amounts follow the table. */
const compact = (r: { low: number; high: number; openHigh?: boolean }) => {
  if (r.low === 0 && r.high === 0) return '-';
  const [low, high] = [short(r.low), short(r.high)];
  return `${low === high ? low : `${low}–${high}`}${r.openHigh ? '+' : ''}`;
};

// The currency is in the column's header ("Total ($)"), so the cells stay narrow in both languages.
function short(cents: number): string {
  const dollars = cents / 100;
  if (dollars >= 1e9) return `${Math.round(dollars / 1e8) / 10}B`;
  if (dollars >= 1e6) return `${Math.round(dollars / 1e5) / 10}M`;
  if (dollars >= 10_000) return `${Math.round(dollars / 1000)}k`;
  if (dollars >= 1000) return `${(Math.round(dollars / 100) / 10).toString()}k`;
  return `${Math.round(dollars)}`;
}

/** The comparison for a terminal: a table of totals and main costs, each total in full, then a range chart; fits `width`. */
export function renderCompareTable(options: readonly CompareOption[], data: CostData, c: ChalkInstance, width: number, ascii: boolean): string {
  const first = options[0]!.est;
  const out: string[] = [c.bold(wrap(t.compareTitle(title(first), options.length), width))];
  const prices = pricesLine(first);
  if (prices) out.push(wrap(prices, width, '  '));
  const money = 13;
  const nameWidth = Math.max(14, width - 4 * money - 6);
  const rows = options.map((o) => {
    const k = o.est.categories;
    return [o.name, compact(o.est.total), compact(k.treatment), compact(visitsAndBoosters(o.est)), compact(k.travel)];
  });
  const table = boxTable(rows, {
    head: [t.option, ...[t.totalColumn, t.categoryNames.treatment, t.visitsAndBoosters, t.categoryNames.travel].map(t.compactHeader)],
    headStyle: c.bold,
    widths: [nameWidth, money, money, money, money],
    aligns: ['left', 'right', 'right', 'right', 'right'],
    ascii,
    width,
  });
  out.push('', table, '');
  for (const o of options) {
    out.push(wrap(`${o.name}: ${amountText(o.est.total)}${o.est.total.typical === null ? '' : t.typicallyAbout(axisLabel(o.est.total.typical))}`, width, '  '));
    // With insurance, HSA or tax inputs, what the person pays matters more than the clinic's total.
    if (hasShareInputs(o.est)) for (const r of shareRows(o.est)) out.push(wrap(`  ${r.label}: ${r.amount}`, width, '    '));
    for (const line of payingLines(o.est)) out.push(wrap(`  ${line}`, width, '    '));
  }
  out.push('', c.bold(t.chartTitle), rangeChart(chartBars(options), { width, ascii }), wrap(t.chartKey(ascii), width));
  const cautions = techniqueCautions(options, data);
  if (cautions.length > 0) {
    out.push('', c.bold.underline(t.warnings));
    for (const w of cautions) out.push(wrap(`! ${w}`, width, '  '));
  }
  const notes = inputNotes(options);
  if (notes.length > 0) {
    out.push('', c.bold.underline(t.notes));
    for (const n of notes) out.push(wrap(`- ${n}`, width, '  '));
  }
  out.push('', wrap(t.compareDetails, width), '', wrap(footer(data), width));
  const result = `${out.join('\n')}\n`;
  return ascii ? toAscii(result) : result;
}

/** Notes about how each option's input was read (a price choice dropped, travel ignored), named by option. */
function inputNotes(options: readonly CompareOption[]): string[] {
  return options.flatMap((o) => o.inputNotes.map((n) => `${o.name}: ${n}`));
}

/** Each compared technique's own warnings (legal status and risks of the coma), once each: said wherever it is chosen. */
function techniqueCautions(options: readonly CompareOption[], data: CostData): string[] {
  return [...new Set(options.flatMap((o) => data.techniques[o.est.scenario.technique].warnings))];
}

/** The comparison as JSON: each option exactly what `estimate --json` gives for it, with its name. */
export function renderCompareJson(options: readonly CompareOption[], data: CostData, tool: ToolInfo): string {
  const reports = options.map((o) => {
    const { tool: _tool, data: _data, ...report } = estimateReport(o.est, data, tool);
    return { name: o.name, ...report, categories: Object.fromEntries(CATEGORIES.map((k) => [k, rangeDollars(o.est.categories[k])])) };
  });
  return `${JSON.stringify({ tool, data: { version: data.dataVersion, effectiveDate: data.effectiveDate, currency: data.currency }, options: reports }, null, 2)}\n`;
}

/** The comparison as CSV: one row per option. */
export const COMPARE_CSV_HEADER = [
  'option',
  'technique',
  'total_low_usd',
  'total_typical_usd',
  'total_high_usd',
  ...CATEGORIES.flatMap((k) => [`${k}_low_usd`, `${k}_high_usd`]),
  'total_open_high',
] as const;

export function renderCompareCsv(options: readonly CompareOption[]): string {
  let out = csvRecord(COMPARE_CSV_HEADER);
  const d = centsToDollars;
  for (const o of options) {
    const e = o.est;
    out += csvRecord([
      o.name,
      e.scenario.technique,
      d(e.total.low),
      e.total.typical === null ? null : d(e.total.typical),
      d(e.total.high),
      ...CATEGORIES.flatMap((k) => [d(e.categories[k].low), d(e.categories[k].high)]),
      e.total.openHigh ? 'yes' : 'no',
    ]);
  }
  return out;
}

/** The comparison in Markdown: the totals table, the chart as text, the cautions; every text piece escaped, the chart shown as written. */
export function renderCompareMarkdown(options: readonly CompareOption[], data: CostData, meta: ReportMeta): string {
  const x = markdownText;
  const first = options[0]!.est;
  const out = [`# ${x(t.compareTitle(title(first), options.length))}`, '', `_${x(preparedLine(meta, data))}_`, ''];
  const prices = pricesLine(first);
  if (prices) out.push(x(prices), '');
  const head = [t.option, t.totalColumn, ...[t.categoryNames.treatment, t.visitsAndBoosters, t.categoryNames.travel].map(t.compactHeader)];
  out.push(`| ${head.map(markdownCell).join(' | ')} |`, '|---|--:|--:|--:|--:|');
  for (const o of options) {
    const k = o.est.categories;
    const cells = [o.name, amountText(o.est.total), compact(k.treatment), compact(visitsAndBoosters(o.est)), compact(k.travel)];
    out.push(`| ${cells.map(markdownCell).join(' | ')} |`);
  }
  // With insurance, HSA or tax inputs, what each person pays, and the paying plan, as in the table.
  for (const o of options) {
    const lines = [...(hasShareInputs(o.est) ? shareRows(o.est).map((r) => `${r.label}: ${r.amount}`) : []), ...payingLines(o.est)];
    if (lines.length > 0) out.push('', `**${x(o.name)}**`, '', ...lines.map((l) => `- ${x(l)}`));
  }
  // The chart is a code block, shown as written.
  out.push('', '```', rangeChart(chartBars(options), { width: 80, ascii: true }), t.chartKey(true), '```');
  const cautions = techniqueCautions(options, data);
  if (cautions.length > 0) out.push('', `## ${x(t.warnings)}`, '', ...cautions.map((w) => `- ${x(w)}`));
  const notes = inputNotes(options);
  if (notes.length > 0) out.push('', `## ${x(t.notes)}`, '', ...notes.map((n) => `- ${x(n)}`));
  out.push('', `_${x(footer(data))}_`);
  return `${out.join('\n')}\n`;
}
