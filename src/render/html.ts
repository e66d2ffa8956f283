import { language } from '../core/lang.js';
import type { CostData } from '../core/data-schema.js';
import { CATEGORIES, type Estimate } from '../core/estimate.js';
import { formatDollars } from '../core/money.js';
import type { ChartBar } from './range-chart.js';
import { rangeChartSvg } from './range-chart-svg.js';
import {
  amountText,
  answerGroups,
  assumptionLines,
  footer,
  hasShareInputs,
  columnHeading,
  itemColumns,
  itemRows,
  moneyCell,
  payingLines,
  preparedLine,
  pricesLine,
  scenarioSummary,
  shareRows,
  shareTimelineRows,
  showsShareTimeline,
  sourceLines,
  sourceNotes,
  title,
  totalLine,
  timelineRows,
  totalRow,
  type ItemRow,
  type ReportMeta,
} from './report-parts.js';
import { renderText as t } from './render-text.js';

/** One option in an HTML report: its name (shown on the chart and in a comparison) and its estimate. */
export interface HtmlReport {
  name: string;
  est: Estimate;
}

// Text from a data file can hold anything: controls HTML does not allow as text, lone surrogates,
// and direction overrides that would show a label in another order than it is. Those go; the rest is escaped.
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return String(s)
    .replace(DROPPED, '')
    .replace(LONE_SURROGATE, '')
    .replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

const e = escapeHtml;

// Colours on white: text #1a1a1a 17.4:1, muted #4a4a4a 8.9:1, rules #767676 4.5:1, warning bar #8a5a00 6.1:1.
const CSS = `
:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#1a1a1a;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1rem;line-height:1.5;overflow-wrap:break-word}
main{max-width:48rem;margin:0 auto;padding:1rem}
h1{font-size:1.625rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.3125rem;line-height:1.3;margin:1.75rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid #767676}
h3{font-size:1.125rem;line-height:1.3;margin:1.25rem 0 .4rem}
p,ul,ol{margin:.5rem 0}
ul,ol{padding-left:1.5rem}
.muted{color:#4a4a4a}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.scroll{max-width:100%;overflow-x:auto;background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/2.5rem 100% no-repeat local,linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/2.5rem 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.3),transparent) left/.75rem 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.3),transparent) right/.75rem 100% no-repeat scroll}
.scroll:focus-visible{outline:2px solid #1f4e79;outline-offset:2px}
table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
caption{caption-side:top;text-align:left;font-weight:600;padding:.25rem 0;position:sticky;left:0;max-width:calc(100vw - 2rem)}
th,td{padding:.35rem .5rem;border-bottom:1px solid #767676;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid #1a1a1a}
tbody th{font-weight:400}
.num{text-align:right;white-space:nowrap}
.range{text-align:right}
tr.total th,tr.total td{font-weight:700;border-top:2px solid #1a1a1a;border-bottom:0}
.total-line{font-weight:700;font-size:1.125rem}
figure{margin:1rem 0}
figure svg{display:block;max-width:100%;height:auto}
figcaption{color:#4a4a4a}
.warnings ul{list-style:none;padding:0}
.warnings li{border-left:4px solid #8a5a00;background:#fff8e6;padding:.25rem .75rem;margin:.5rem 0}
.checklist{list-style:none;padding:0}
.checklist li{display:grid;grid-template-columns:1.5rem minmax(0,1fr);column-gap:.5rem;margin:.75rem 0}
.checklist input{grid-row:1/span 2;width:1.25rem;height:1.25rem;margin:.15rem 0 0;accent-color:#1f4e79}
.checklist label{grid-column:2;font-weight:600}
.checklist .why{grid-column:2;margin:.1rem 0 0;color:#4a4a4a}
footer{margin-top:2rem;padding-top:.5rem;border-top:1px solid #767676;color:#4a4a4a}
.blanks{display:flex;flex-wrap:wrap;gap:.25rem 2rem;margin:.5rem 0}
.blank{display:flex;align-items:flex-end;gap:.5rem;flex:1 1 14rem;margin:.25rem 0}
.blank-label{white-space:nowrap}
.blank-line{flex:1;min-width:6rem;border-bottom:1px solid #1a1a1a;height:1.4em}
.record-notes{margin-top:1.5rem}
.record-notes .blank{flex-basis:100%}
.record-notes .blank-line{height:1.8rem}
dl.answers{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr));gap:0 1.5rem;margin:.25rem 0 .5rem}
dl.answers div{min-width:0;display:flex;flex-wrap:wrap;gap:0 .4rem;padding:.15rem 0;border-bottom:1px solid #d0d0d0}
dl.answers div.wide{grid-column:1/-1}
dl.answers dt{color:#4a4a4a}
dl.answers dt::after{content:":"}
dl.answers dd{margin:0;font-weight:600;min-width:0;overflow-wrap:anywhere}
@media (max-width:30rem){main{padding:.75rem}th,td{padding:.35rem .25rem}caption{max-width:calc(100vw - 1.5rem)}}
@media screen and (max-width:36rem){
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block}
table.stack caption{display:block;position:static;max-width:none}
table.stack tr{border-bottom:1px solid #767676;padding:.35rem 0}
table.stack th,table.stack td{border:0;padding:.05rem 0}
table.stack th{font-weight:600}
table.stack td{display:flex;justify-content:space-between;gap:1rem;text-align:right;white-space:normal}
table.stack td::before{content:attr(data-label);text-align:left;color:#4a4a4a;font-weight:400}
table.stack tr.total{border-top:2px solid #1a1a1a;border-bottom:0}
table.stack td:empty{display:none}
}
@page{margin:15mm}
@media print{
html{font-size:9pt}
body{line-height:1.3}
main{max-width:none;padding:0}
h1{font-size:1.5rem;margin-bottom:.25rem}
h2{font-size:1.2rem;margin:.7rem 0 .25rem}
h3{font-size:1.05rem;margin:.6rem 0 .25rem}
p,ul,ol{margin:.3rem 0}
.scroll{overflow:visible;background:none}
caption{position:static;max-width:none}
th,td{padding:.1rem .4rem;overflow-wrap:anywhere}
caption{padding:0 0 .1rem}
.total-line{font-size:1.05rem}
tr,.checklist li,.warnings li,figure,footer{break-inside:avoid;page-break-inside:avoid}
h1,h2,h3,caption{break-after:avoid;page-break-after:avoid}
.warnings li{background:none;padding:0 .5rem;margin:.25rem 0}
.checklist li{display:block;position:relative;padding-left:1.5rem;margin:.3rem 0}
.checklist input{position:absolute;left:0;top:0;width:1rem;height:1rem;margin:.1rem 0 0}
.checklist label,.checklist .why{display:inline;margin:0}
.checklist .why::before{content:" "}
.sources,footer,.answers{font-size:.9rem}
dl.answers{grid-template-columns:repeat(3,minmax(0,1fr));gap:0 1rem}
dl.answers div{padding:0}
.answers h3,.answers h4{margin:.3rem 0 .1rem}
.blank{flex-basis:40%}
.record-notes{break-inside:avoid;page-break-inside:avoid}
.record-notes .blank{flex-basis:100%}
.record-notes{margin-top:.5rem}
.record-notes .blank-line{height:1.25rem}
.answers>p.hint{display:none}
figure{margin:.3rem 0}
figure.chart svg{width:80%}
figcaption{display:none}
footer{margin-top:.5rem;padding-top:.3rem}
}
`
  .trim()
  .replace(/\n/g, '');

/** The report style, shared with the quote audit's HTML report. */
export const REPORT_CSS = CSS;

/**
 * A printable, self-contained HTML report: one option gives its estimate, several give a comparison
 * (totals and main categories side by side, one chart, then each option's details). Inline CSS only:
 * no script and nothing loaded from the network. Every text from the estimate or data is escaped.
 */
export function renderHtml(reports: readonly HtmlReport[], data: CostData, meta: ReportMeta, opts: { lang?: string; timeline?: boolean } = {}): string {
  const lang = opts.lang ?? language();
  if (reports.length === 0) throw new Error('renderHtml needs at least one report');
  const single = reports.length === 1;
  const titles = [...new Set(reports.map((r) => title(r.est)))];
  const heading = single ? titles[0]! : t.compared(titles.length === 1 ? titles[0]! : t.title, reports.length);
  const prices = [...new Set(reports.map((r) => pricesLine(r.est)))];
  const sharedPrices = prices.length === 1 ? prices[0]! : null;

  const body: string[] = [`<h1>${e(heading)}</h1>`, `<p class="muted">${e(preparedLine(meta, data))}</p>`];
  // Blanks to fill in by hand on the printout: which clinic, and when it quoted.
  body.push('<div class="blanks">', blank('clinic', t.clinicName), blank('quote-date', t.quoteDate), '</div>');
  // One report says its prices among its answers; a comparison says them once, above the options.
  if (sharedPrices && !single) body.push(`<p class="muted">${e(sharedPrices)}</p>`);
  const timeline = opts.timeline === true;
  if (single) body.push(...details(reports[0]!, data, { level: 2, id: 'r1', showPrices: false, chart: chart(reports), timeline }));
  else {
    body.push(...comparison(reports));
    reports.forEach((r, i) => {
      body.push(`<section aria-labelledby="r${i + 1}">`, `<h2 id="r${i + 1}">${e(r.name)}</h2>`);
      body.push(...details(r, data, { level: 3, id: `r${i + 1}`, showPrices: sharedPrices === null, chart: null, name: r.name, timeline }));
      body.push('</section>');
    });
  }
  // Room for notes by hand: a labelled line and two more.
  body.push('<div class="blanks record-notes">', blank('notes', t.recordNotes), '<p class="blank"><span class="blank-line"></span></p>'.repeat(2), '</div>');

  return [
    '<!doctype html>',
    `<html lang="${e(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(heading)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    `<footer><p>${e(footer(data))}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A labelled line to write on by hand. */
function blank(id: string, label: string): string {
  return `<p class="blank" id="blank-${id}"><span class="blank-label">${e(label)}:</span> <span class="blank-line"></span></p>`;
}

/** The range chart of the totals, one bar per option, with its text alternative as a caption. */
function chart(reports: readonly HtmlReport[]): string {
  const bars: ChartBar[] = reports.map(({ name, est }) => ({
    label: name,
    low: est.total.low,
    typical: est.total.typical,
    high: est.total.high,
    openHigh: est.total.openHigh,
  }));
  const alt = t.chartAlt(
    reports.map(({ name, est }) => t.chartBar(name, amountText(est.total), est.total.typical === null ? null : formatDollars(est.total.typical))),
  );
  return `<figure class="chart">\n${rangeChartSvg(bars, { title: t.chartTitle, description: alt })}\n<figcaption>${e(alt)}</figcaption>\n</figure>`;
}

/** The comparison section: totals and the main categories of each option in one table, then the chart. */
function comparison(reports: readonly HtmlReport[]): string[] {
  const categories = CATEGORIES.filter((c) => reports.some((r) => r.est.categories[c].high > 0 || r.est.categories[c].low > 0));
  const head = [t.option, t.total, t.typicalTotal, ...categories.map((c) => t.categoryNames[c])];
  const out = [
    '<section aria-labelledby="comparison">',
    `<h2 id="comparison">${e(t.comparison)}</h2>`,
    '<div class="scroll" role="region" tabindex="0" aria-labelledby="comparison-caption">',
    '<table class="comparison stack">',
    `<caption id="comparison-caption">${e(t.comparisonCaption)}</caption>`,
    `<thead><tr>${head.map((h, i) => `<th scope="col"${i === 0 ? '' : ' class="range"'}>${e(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
  ];
  for (const { name, est } of reports) {
    const cells = [amountText(est.total), moneyCell(est.total.typical), ...categories.map((c) => amountText(est.categories[c]))];
    out.push(`<tr><th scope="row">${e(name)}</th>${cells.map((c, i) => `<td class="range" data-label="${e(head[i + 1]!)}">${e(c)}</td>`).join('')}</tr>`);
  }
  out.push('</tbody>', '</table>', '</div>', chart(reports), '</section>');
  return out;
}

interface DetailOptions {
  /** Heading level of the sections (2 for a single report, 3 under an option's heading). */
  level: 2 | 3;
  /** Prefix for ids, unique on the page. */
  id: string;
  showPrices: boolean;
  chart: string | null;
  name?: string;
  /** Show the month-by-month plan (and, when insured, who pays each month). */
  timeline: boolean;
}

/** One option's estimate: plan, line items, total, chart, your share and paying (when asked), warnings, notes, checklist, sources and assumptions. */
function details({ est }: HtmlReport, data: CostData, o: DetailOptions): string[] {
  const h = (text: string, id: string) => `<h${o.level} id="${o.id}-${id}">${e(text)}</h${o.level}>`;
  const section = (id: string, name: string, content: string[], cls = '') => [
    `<section${cls ? ` class="${cls}"` : ''} aria-labelledby="${o.id}-${id}">`,
    h(name, id),
    ...content,
    '</section>',
  ];
  const notes = sourceNotes(est);
  const out: string[] = [];

  // The plan in a sentence or two (the technique, the outpatient schedule), then every answer the figures depend on.
  const plan = scenarioSummary(est, data, { brief: true }).map((l) => `<p>${e(l)}</p>`);
  const prices = o.showPrices ? pricesLine(est) : null;
  if (prices) plan.push(`<p class="muted">${e(prices)}</p>`);
  const answers = [...plan, `<p class="muted hint">${e(t.answersHint)}</p>`];
  const loose: string[] = [];
  // A long answer (the price basis, a list) takes a whole row of the grid.
  const pair = (r: { label: string; value: string }) =>
    `<div${r.label.length + r.value.length > 44 ? ' class="wide"' : ''}><dt>${e(r.label)}</dt><dd>${e(r.value)}</dd></div>`;
  for (const g of answerGroups(est, data)) {
    if (!g.given) loose.push(...g.rows.map(pair));
    else answers.push(`<h${o.level + 1}>${e(g.name)}</h${o.level + 1}>`, '<dl class="answers">', ...g.rows.map(pair), '</dl>');
  }
  if (loose.length > 0) answers.push('<dl class="answers">', ...loose, '</dl>');
  out.push(...section('plan', t.plan, answers, 'answers'));

  const caption = o.name === undefined ? t.itemsCaption : t.itemsCaptionFor(o.name);
  const columns = itemColumns(est);
  const row = (r: ItemRow, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${e(r.item)}</th>${columns
      .slice(1)
      .map((c) => `<td class="num" data-label="${e(columnHeading(c))}">${e(r[c])}</td>`)
      .join('')}</tr>`;
  const costs = [
    `<div class="scroll" role="region" tabindex="0" aria-labelledby="${o.id}-caption">`,
    '<table class="items stack">',
    `<caption id="${o.id}-caption">${e(caption)}</caption>`,
    `<thead><tr>${columns.map((c, i) => `<th scope="col"${i === 0 ? '' : ' class="num"'}>${e(columnHeading(c))}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...itemRows(est, notes).map((r) => row(r)),
    row(totalRow(est), 'total'),
    '</tbody>',
    '</table>',
    '</div>',
    `<p class="total-line">${e(totalLine(est))}</p>`,
  ];
  if (est.lineItems.some((l) => l.amount.openHigh)) costs.push(`<p class="muted">${e(t.openHighKey)}</p>`);
  if (o.chart) costs.push(o.chart);
  out.push(...section('costs', t.costs, costs));

  if (hasShareInputs(est)) {
    const share = [
      `<div class="scroll" role="region" tabindex="0" aria-labelledby="${o.id}-share-caption">`,
      '<table class="share">',
      `<caption class="sr-only" id="${o.id}-share-caption">${e(o.name === undefined ? t.yourShare : `${t.yourShare}: ${o.name}`)}</caption>`,
      '<tbody>',
      ...shareRows(est).map((r) => `<tr><th scope="row">${e(r.label)}</th><td class="range">${e(r.amount)}</td></tr>`),
      '</tbody>',
      '</table>',
      '</div>',
    ];
    if (est.yourShare.medicalExpense) share.push(`<p class="muted">${e(t.taxNote)}</p>`);
    out.push(...section('share', t.yourShare, share));
  }
  const paying = payingLines(est);
  if (paying.length > 0) out.push(...section('paying', t.paying, ['<ul>', ...paying.map((l) => `<li>${e(l)}</li>`), '</ul>']));
  if (o.timeline && est.timeline.length > 0) {
    const table = (id: string, caption: string, head: readonly string[], rows: string[][]) => [
      `<div class="scroll" role="region" tabindex="0" aria-labelledby="${o.id}-${id}-caption">`,
      '<table class="timeline stack">',
      `<caption id="${o.id}-${id}-caption">${e(caption)}</caption>`,
      `<thead><tr>${head.map((h, i) => `<th scope="col"${i === 0 ? '' : ' class="range"'}>${e(h)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...rows.map(
        ([month, ...cells]) =>
          `<tr><th scope="row">${e(month!)}</th>${cells.map((c, i) => `<td class="range" data-label="${e(head[i + 1]!)}">${e(c)}</td>`).join('')}</tr>`,
      ),
      '</tbody>',
      '</table>',
      '</div>',
    ];
    const content = table('timeline', t.timeline, t.timelineColumns, timelineRows(est));
    if (showsShareTimeline(est)) content.push(...table('share-timeline', t.shareTimeline, t.shareTimelineColumns, shareTimelineRows(est, data)));
    out.push(...section('timeline', t.timeline, content));
  }

  if (est.warnings.length > 0) out.push(...section('warnings', t.warnings, ['<ul>', ...est.warnings.map((w) => `<li>${e(w)}</li>`), '</ul>'], 'warnings'));
  if (est.notes.length > 0) out.push(...section('notes', t.notes, ['<ul>', ...est.notes.map((n) => `<li>${e(n)}</li>`), '</ul>']));

  if (est.checklist.length > 0) {
    const items = est.checklist.map((q, i) => {
      const id = `${o.id}-q${i + 1}`;
      return `<li><input type="checkbox" id="${id}" aria-describedby="${id}-why"><label for="${id}">${e(q.question)}</label><p class="why" id="${id}-why">${e(t.why)} ${e(q.why)}</p></li>`;
    });
    out.push(...section('checklist', t.checklist, [`<p class="muted">${e(t.checklistHint)}</p>`, '<ul class="checklist">', ...items, '</ul>']));
  }

  const sources = sourceLines(est, data, notes).map((s) => `<li value="${s.n}">${e(s.text)}</li>`);
  const assumptions = assumptionLines(est);
  if (sources.length > 0 || assumptions.length > 0) {
    const content = sources.length > 0 ? ['<ol>', ...sources, '</ol>'] : [];
    if (assumptions.length > 0) content.push(`<p>${e(t.assumptionsIntro)}</p>`, '<ul>', ...assumptions.map((a) => `<li>${e(a)}</li>`), '</ul>');
    out.push(...section('sources', t.sources, content, 'sources'));
  }
  return out;
}
