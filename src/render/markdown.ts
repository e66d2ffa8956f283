import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import {
  answerGroups,
  assumptionLines,
  footer,
  hasShareInputs,
  columnHeading,
  itemColumns,
  itemRows,
  payingLines,
  preparedLine,
  shareRows,
  shareTimelineRows,
  showsShareTimeline,
  timelineRows,
  type ReportMeta,
  pricesLine,
  scenarioSummary,
  sourceLines,
  sourceNotes,
  title,
  totalLine,
  totalRow,
} from './report-parts.js';
import { renderText as t } from './render-text.js';

/**
 * Text from the data, a scenario or a file name as Markdown text: viewers render raw HTML, so
 * & < > become entities ("<script>" is shown, not run), and \ [ ] are escaped so no text can make
 * a link or an image ("[text](javascript:…)", "![](https://…)", which a viewer would load). Applied
 * to each piece of text, never to the report's own markup (its task boxes and table bars).
 */
export function markdownText(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\[\]]/g, '\\$&');
}

/** A table cell: Markdown text with its bars escaped and on one line. */
export const markdownCell = (s: string) => markdownText(s).replaceAll('|', '\\|').replace(/\s+/g, ' ');

const x = markdownText;
const cell = markdownCell;
const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
/** A line to write on by hand: underscores escaped so Markdown shows them as they are (our own markup, not escaped again). */
const BLANK = '\\_'.repeat(24);

/** A report to print or paste: summary, table, total, warnings, notes, checklist as tasks, sources and data version. */
export function renderMarkdown(est: Estimate, data: CostData, meta: ReportMeta, opts: { timeline?: boolean } = {}): string {
  const notes = sourceNotes(est);
  const out: string[] = [`# ${x(title(est))}`, '', `_${x(preparedLine(meta, data))}_`, ''];
  // Blanks to fill in by hand on the printout.
  out.push(`${x(t.clinicName)}: ${BLANK}  `, `${x(t.quoteDate)}: ${BLANK}`, '');
  for (const line of scenarioSummary(est, data)) out.push(`- ${x(line)}`);
  const prices = pricesLine(est);
  if (prices) out.push('', x(prices));
  const columns = itemColumns(est);
  out.push(
    '',
    tableRow(columns.map((c) => cell(columnHeading(c)))),
    `|---|${columns
      .slice(1)
      .map(() => '--:')
      .join('|')}|`,
  );
  for (const r of itemRows(est, notes)) out.push(tableRow(columns.map((c) => cell(r[c]))));
  const total = totalRow(est);
  out.push(
    `| **${cell(total.item)}** | | ${columns
      .slice(2)
      .map((c) => `**${cell(total[c])}**`)
      .join(' | ')} |`,
  );
  out.push('', `**${x(totalLine(est))}**`);
  if (hasShareInputs(est)) {
    out.push('', `## ${x(t.yourShare)}`, '', ...shareRows(est).map((r) => `- ${x(r.label)}: ${x(r.amount)}`));
    if (est.yourShare.medicalExpense) out.push('', `_${x(t.taxNote)}_`);
  }
  const paying = payingLines(est);
  if (paying.length > 0) out.push('', `## ${x(t.paying)}`, '', ...paying.map((l) => `- ${x(l)}`));
  if (opts.timeline && est.timeline.length > 0) {
    out.push('', `## ${x(t.timeline)}`, '', tableRow(t.timelineColumns.map(cell)), '|---|--:|--:|--:|--:|');
    for (const r of timelineRows(est)) out.push(tableRow(r.map(cell)));
    if (showsShareTimeline(est)) {
      out.push('', `## ${x(t.shareTimeline)}`, '', tableRow(t.shareTimelineColumns.map(cell)), '|---|--:|--:|--:|');
      for (const r of shareTimelineRows(est, data)) out.push(tableRow(r.map(cell)));
    }
  }
  out.push('', `## ${x(t.answers)}`, '', `_${x(t.answersHint)}_`, '');
  for (const g of answerGroups(est, data)) {
    if (!g.given) out.push(...g.rows.map((r) => `- **${x(r.label)}:** ${x(r.value)}`));
    else out.push(`- **${x(g.name)}**`, ...g.rows.map((r) => `  - ${x(r.label)}: ${x(r.value)}`));
  }
  if (est.warnings.length > 0) out.push('', `## ${x(t.warnings)}`, '', ...est.warnings.map((w) => `- ${x(w)}`));
  if (est.notes.length > 0) out.push('', `## ${x(t.notes)}`, '', ...est.notes.map((n) => `- ${x(n)}`));
  out.push('', `## ${x(t.checklist)}`, '');
  for (const q of est.checklist) out.push(`- [ ] ${x(q.question)}  `, `  _${x(t.why)}_ ${x(q.why)}`);
  out.push('', `## ${x(t.sources)}`, '');
  for (const s of sourceLines(est, data, notes)) out.push(`${s.n}. ${x(s.text)}`);
  const assumptions = assumptionLines(est);
  if (assumptions.length > 0) out.push('', x(t.assumptionsIntro), '', ...assumptions.map((a) => `- ${x(a)}`));
  out.push('', `## ${x(t.recordNotes)}`, '', ...Array.from({ length: 3 }, () => `${BLANK}${BLANK}${BLANK}  `));
  out.push('', `_${x(footer(data))}_`);
  return `${out.join('\n')}\n`;
}
