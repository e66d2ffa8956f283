import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import {
  answerGroups,
  assumptionLines,
  footer,
  hasShareInputs,
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
 * Markdown viewers render raw HTML: text from a data or scenario file ("<script>…") is written as
 * text, with & < > as entities. Our own markup uses none of them.
 */
export function markdownText(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A line to write on by hand: underscores escaped so Markdown shows them as they are. */
const BLANK = '\\_'.repeat(24);

const cell = (s: string) => s.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\s+/g, ' ');

/** A report to print or paste: summary, table, total, warnings, notes, checklist as tasks, sources and data version. */
export function renderMarkdown(est: Estimate, data: CostData, meta: ReportMeta, opts: { timeline?: boolean } = {}): string {
  const notes = sourceNotes(est);
  const out: string[] = [`# ${title(est)}`, '', `_${preparedLine(meta, data)}_`, ''];
  // Blanks to fill in by hand on the printout.
  out.push(`${t.clinicName}: ${BLANK}  `, `${t.quoteDate}: ${BLANK}`, '');
  for (const line of scenarioSummary(est, data)) out.push(`- ${line}`);
  const prices = pricesLine(est);
  if (prices) out.push('', prices);
  out.push('', `| ${t.columns.join(' | ')} |`, '|---|--:|--:|--:|--:|');
  for (const r of itemRows(est, notes)) out.push(`| ${cell(r.item)} | ${r.qty} | ${r.low} | ${r.typical} | ${r.high} |`);
  const total = totalRow(est);
  out.push(`| **${total.item}** | | **${total.low}** | **${total.typical}** | **${total.high}** |`);
  out.push('', `**${totalLine(est)}**`);
  if (hasShareInputs(est)) {
    out.push('', `## ${t.yourShare}`, '', ...shareRows(est).map((r) => `- ${r.label}: ${r.amount}`));
    if (est.yourShare.medicalExpense) out.push('', `_${t.taxNote}_`);
  }
  const paying = payingLines(est);
  if (paying.length > 0) out.push('', `## ${t.paying}`, '', ...paying.map((l) => `- ${l}`));
  if (opts.timeline && est.timeline.length > 0) {
    out.push('', `## ${t.timeline}`, '', `| ${t.timelineColumns.join(' | ')} |`, '|---|--:|--:|--:|--:|');
    for (const r of timelineRows(est)) out.push(`| ${r.join(' | ')} |`);
    if (showsShareTimeline(est)) {
      out.push('', `## ${t.shareTimeline}`, '', `| ${t.shareTimelineColumns.join(' | ')} |`, '|---|--:|--:|--:|');
      for (const r of shareTimelineRows(est, data)) out.push(`| ${r.join(' | ')} |`);
    }
  }
  out.push('', `## ${t.answers}`, '', `_${t.answersHint}_`, '');
  for (const g of answerGroups(est, data)) {
    if (!g.given) out.push(...g.rows.map((r) => `- **${r.label}:** ${r.value}`));
    else out.push(`- **${g.name}**`, ...g.rows.map((r) => `  - ${r.label}: ${r.value}`));
  }
  if (est.warnings.length > 0) out.push('', `## ${t.warnings}`, '', ...est.warnings.map((w) => `- ${w}`));
  if (est.notes.length > 0) out.push('', `## ${t.notes}`, '', ...est.notes.map((n) => `- ${n}`));
  out.push('', `## ${t.checklist}`, '');
  for (const q of est.checklist) out.push(`- [ ] ${q.question}  `, `  _${t.why}_ ${q.why}`);
  out.push('', `## ${t.sources}`, '');
  for (const s of sourceLines(est, data, notes)) out.push(`${s.n}. ${s.text}`);
  const assumptions = assumptionLines(est);
  if (assumptions.length > 0) out.push('', t.assumptionsIntro, '', ...assumptions.map((a) => `- ${a}`));
  out.push('', `## ${t.recordNotes}`, '', ...Array.from({ length: 3 }, () => `${BLANK}${BLANK}${BLANK}  `));
  out.push('', `_${footer(data)}_`);
  return markdownText(`${out.join('\n')}\n`);
}
