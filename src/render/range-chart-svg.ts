import { renderText } from './render-text.js';
import { formatDollars } from '../core/money.js';
import { axisLabel, niceTicks, type ChartBar } from './range-chart.js';

// Layout in viewBox units; the SVG scales to the page width.
const VIEW_WIDTH = 720;
const LABEL_RIGHT = 240; // labels end here (text-anchor="end")
const PLOT_LEFT = 252;
const PLOT_RIGHT = 684; // room on the right for the last tick label and an open-high arrow
const TOP = 12;
const ROW = 30;
const BAR_HEIGHT = 14;
const AXIS_SPACE = 36;
const MAX_LABEL = 30; // characters shown beside a bar; the bar's <title> has the whole label

const BAR = '#1f4e79'; // 8.6:1 on white
const TEXT = '#222'; // 15.9:1 on white
const GRID = '#d0d0d0';

// XML 1.0 cannot hold most controls; none of these belong in a label. Tabs and line breaks become spaces.
const BREAKS = /[\t\n\r]/g;
const DROPPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function clean(s: string): string {
  return String(s).replace(BREAKS, ' ').replace(DROPPED, '').replace(LONE_SURROGATE, '');
}

function xml(s: string): string {
  return clean(s).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

function shortLabel(s: string): string {
  const t = clean(s);
  if (t.length <= MAX_LABEL) return t;
  let r = t.slice(0, MAX_LABEL - 1);
  if (/[\ud800-\udbff]$/.test(r)) r = r.slice(0, -1);
  return `${r}…`;
}

const num = (n: number) => String(Number(n.toFixed(2)));
const amount = (cents: number) => (Number.isFinite(cents) && cents > 0 ? cents : 0);

/** "Label: $10,000 to $50,000, typical $25,000" — the numbers as text, for the bar's tooltip and assistive tech. */
function barText(bar: ChartBar, low: number, high: number): string {
  return renderText.barText(
    clean(bar.label),
    formatDollars(low),
    formatDollars(high),
    bar.openHigh === true,
    bar.typical === null ? null : formatDollars(bar.typical),
  );
}

/** A stable id from the content, so two different charts on one page do not share ids. */
function chartId(bars: ChartBar[], title: string): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify([title, bars])) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `range-chart-${h.toString(36)}`;
}

/**
 * An inline SVG range chart for a printable HTML report: one horizontal bar per option from low
 * to high on a shared axis from $0, a marker for the typical amount and an arrow where the top is
 * open. Self-contained: no script, no external references, generic font family only.
 */
export function rangeChartSvg(bars: ChartBar[], opts: { title: string; description: string }): string {
  if (bars.length === 0) return '';
  const ticks = niceTicks(Math.max(...bars.map((b) => Math.max(amount(b.low), amount(b.high)))));
  const axisMax = ticks[ticks.length - 1]!;
  const x = (cents: number) => PLOT_LEFT + (Math.min(amount(cents), axisMax) / axisMax) * (PLOT_RIGHT - PLOT_LEFT);
  const plotBottom = TOP + bars.length * ROW;
  const height = plotBottom + AXIS_SPACE;
  const id = chartId(bars, opts.title);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${VIEW_WIDTH} ${height}" width="100%" font-family="sans-serif" font-size="13">`,
    `<title id="${id}-title">${xml(opts.title)}</title>`,
    `<desc id="${id}-desc">${xml(opts.description)}</desc>`,
    `<rect x="0" y="0" width="${VIEW_WIDTH}" height="${height}" fill="#fff"/>`,
    `<g stroke="${GRID}" stroke-width="1">`,
    ...ticks.map((t) => `<line x1="${num(x(t))}" y1="${TOP - 4}" x2="${num(x(t))}" y2="${plotBottom}"/>`),
    '</g>',
  ];

  bars.forEach((bar, i) => {
    const [low, high] = amount(bar.low) <= amount(bar.high) ? [amount(bar.low), amount(bar.high)] : [amount(bar.high), amount(bar.low)];
    const mid = TOP + i * ROW + ROW / 2;
    const top = mid - BAR_HEIGHT / 2;
    const x0 = x(low);
    const x1 = x(high);
    // A zero-width range is drawn 2 units wide so it can be seen; data-low/data-high keep the amounts.
    const [rx, rw] = x1 - x0 > 0 ? [x0, x1 - x0] : [x0 - 1, 2];
    const typical = bar.typical === null ? '' : ` data-typical="${amount(bar.typical)}"`;
    const open = bar.openHigh ? ' data-open-high="true"' : '';
    out.push(
      '<g>',
      `<text x="${LABEL_RIGHT}" y="${num(mid + 4.5)}" text-anchor="end" fill="${TEXT}">${xml(shortLabel(bar.label))}</text>`,
      `<rect class="bar" x="${num(rx)}" y="${num(top)}" width="${num(rw)}" height="${BAR_HEIGHT}" fill="${BAR}" data-low="${low}" data-high="${high}"${typical}${open}><title>${xml(barText(bar, low, high))}</title></rect>`,
    );
    if (bar.openHigh)
      out.push(`<path class="open-high" d="M${num(x1)} ${num(top)}L${num(x1 + 9)} ${num(mid)}L${num(x1)} ${num(top + BAR_HEIGHT)}Z" fill="${BAR}"/>`);
    if (bar.typical !== null) {
      const tx = Math.min(x1, Math.max(x0, x(bar.typical)));
      out.push(
        `<rect class="typical" x="${num(tx - 2)}" y="${num(top - 4)}" width="4" height="${BAR_HEIGHT + 8}" fill="${TEXT}" stroke="#fff" stroke-width="1"/>`,
      );
    }
    out.push('</g>');
  });

  out.push(`<g stroke="${TEXT}" stroke-width="1">`, `<line x1="${PLOT_LEFT}" y1="${plotBottom}" x2="${PLOT_RIGHT}" y2="${plotBottom}"/>`);
  for (const t of ticks) out.push(`<line x1="${num(x(t))}" y1="${plotBottom}" x2="${num(x(t))}" y2="${plotBottom + 5}"/>`);
  out.push('</g>', `<g fill="${TEXT}" text-anchor="middle">`);
  for (const t of ticks) out.push(`<text x="${num(x(t))}" y="${plotBottom + 20}">${xml(axisLabel(t))}</text>`);
  out.push('</g>', '</svg>');
  return out.join('\n');
}
