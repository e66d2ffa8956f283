import { language } from '../core/lang.js';
import { INVISIBLE_CHARS } from '../core/escape.js';
import { cutToWidth, fitToWidth, textWidth } from './text-width.js';
/** One option on a range chart. Amounts are integer cents. */
export interface ChartBar {
  label: string;
  low: number;
  typical: number | null;
  high: number;
  /** The source leaves the top open ("$50,000 or more"). */
  openHigh?: boolean;
}

/**
 * Round tick values in cents from $0 up to the first multiple of the step at or above `maxCents`.
 * The step is 1, 2, 2.5 or 5 × 10^k cents (a whole number of cents), chosen so there are 3 to 6
 * ticks. A maximum under $1 (or not a number) gives the $0–$1 axis.
 */
export function niceTicks(maxCents: number): number[] {
  const max = Number.isFinite(maxCents) && maxCents > 100 ? Math.ceil(maxCents) : 100;
  let step = 0;
  for (let p = 1; step === 0; p *= 10) {
    const steps = p === 1 ? [1, 2, 5] : [p, 2 * p, 2.5 * p, 5 * p];
    step = steps.find((s) => Math.ceil(max / s) <= 5) ?? 0;
  }
  const intervals = Math.ceil(max / step);
  return Array.from({ length: intervals + 1 }, (_, i) => i * step);
}

/** A short axis label: "$0", "$500", "$1.5k", "$20k", "$1.25M", "$0.20". */
export function axisLabel(cents: number): string {
  const dollars = cents / 100;
  const short = (n: number) => String(Number(n.toFixed(2)));
  const $ = language() === 'es' ? 'US$' : '$';
  if (dollars >= 1e9) return `${$}${short(dollars / 1e9)}B`;
  if (dollars >= 1e6) return `${$}${short(dollars / 1e6)}M`;
  if (dollars >= 1e3) return `${$}${short(dollars / 1e3)}k`;
  return Number.isInteger(dollars) ? `${$}${dollars}` : `${$}${dollars.toFixed(2)}`;
}

interface Glyphs {
  left: string;
  fill: string;
  right: string;
  typical: string;
  open: string;
  point: string;
  axis: string;
  tick: string;
  grid: string;
  ellipsis: string;
}

// Every glyph is one character of string length and one terminal column.
const UNICODE: Glyphs = { left: '├', fill: '━', right: '┤', typical: '┃', open: '▶', point: '┃', axis: '─', tick: '┬', grid: '·', ellipsis: '…' };
const ASCII: Glyphs = { left: '[', fill: '=', right: ']', typical: 'T', open: '>', point: '|', axis: '-', tick: '+', grid: ' ', ellipsis: '...' };

// C0, DEL, C1, line/paragraph separators, direction marks and other invisible characters: none may reach a terminal.
const UNSAFE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${INVISIBLE_CHARS}]`, 'g');
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function cleanLabel(label: string, ascii: boolean): string {
  const s = String(label).replace(UNSAFE, '?').replace(LONE_SURROGATE, '?');
  return ascii ? s.replace(/[^\x20-\x7e]/gu, '?') : s;
}

const amount = (cents: number) => (Number.isFinite(cents) && cents > 0 ? cents : 0);

/**
 * A range chart for a terminal: one line per bar, each drawn from low to high on one dollar axis
 * from $0, then the axis and its labels. No line is longer than `width` characters, and no escape
 * codes are written. ASCII mode writes only printable ASCII.
 */
export function rangeChart(bars: ChartBar[], opts: { width: number; ascii: boolean }): string {
  if (bars.length === 0) return '';
  const width = Number.isFinite(opts.width) ? Math.max(1, Math.floor(opts.width)) : 80;
  const g = opts.ascii ? ASCII : UNICODE;

  const labels = bars.map((b) => cleanLabel(b.label, opts.ascii));
  const ticks = niceTicks(Math.max(...bars.map((b) => Math.max(amount(b.low), amount(b.high)))));
  const axisMax = ticks[ticks.length - 1]!;
  const tickLabels = ticks.map(axisLabel);

  // Label column, one space, then the plot; the last tick label is centred on the plot's last column.
  const labelWidth = Math.min(Math.max(...labels.map(textWidth)), Math.floor(width / 3));
  const plotStart = labelWidth > 0 ? labelWidth + 1 : 0;
  const last = tickLabels[tickLabels.length - 1]!;
  const plotEnd = Math.max(plotStart + 1, width - 1 - (last.length - 1 - Math.floor(last.length / 2)));
  const span = plotEnd - plotStart;
  const col = (cents: number) => plotStart + Math.round((Math.min(amount(cents), axisMax) / axisMax) * span);
  const tickCols = ticks.map(col);
  const labelPart = (label: string) => {
    if (labelWidth === 0) return '';
    const fitted = fitToWidth(label, labelWidth, g.ellipsis);
    return `${fitted}${' '.repeat(labelWidth - textWidth(fitted))} `;
  };

  const lines = bars.map((bar, i) => {
    const cells: string[] = Array.from({ length: plotEnd + 1 }, () => ' ');
    for (const c of tickCols) cells[c] = g.grid;
    const [low, high] = amount(bar.low) <= amount(bar.high) ? [bar.low, bar.high] : [bar.high, bar.low];
    const from = col(low);
    const to = col(high);
    if (from === to) cells[from] = bar.openHigh ? g.open : g.point;
    else {
      for (let c = from + 1; c < to; c++) cells[c] = g.fill;
      cells[from] = g.left;
      cells[to] = bar.openHigh ? g.open : g.right;
      if (bar.typical !== null && to - from >= 2) cells[Math.min(to - 1, Math.max(from + 1, col(bar.typical)))] = g.typical;
    }
    return labelPart(labels[i]!) + cells.slice(plotStart).join('');
  });

  const axis: string[] = Array.from({ length: plotEnd + 1 }, (_, c) => (c < plotStart ? ' ' : g.axis));
  for (const c of tickCols) axis[c] = g.tick;
  lines.push(axis.join(''));
  lines.push(placeTickLabels(tickLabels, tickCols, width));

  return lines.map((l) => cutToWidth(l, width).trimEnd()).join('\n');
}

/** Tick labels centred under their ticks, ends first; a label that would overlap another or leave the width is left out. */
function placeTickLabels(labels: string[], cols: number[], width: number): string {
  const row: string[] = Array.from({ length: width }, () => ' ');
  const taken: Array<[number, number]> = [];
  const order = [0, labels.length - 1, ...labels.keys()].filter((v, i, a) => a.indexOf(v) === i);
  for (const i of order) {
    const text = labels[i]!;
    const wanted = cols[i]! - Math.floor(text.length / 2);
    const start = Math.min(Math.max(0, wanted), width - text.length);
    const end = start + text.length - 1;
    if (start < 0 || Math.abs(start - wanted) > 1) continue;
    if (taken.some(([a, b]) => start <= b + 1 && end >= a - 1)) continue;
    taken.push([start, end]);
    for (let k = 0; k < text.length; k++) row[start + k] = text[k]!;
  }
  return row.join('');
}
