import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import {
  assumptionLines,
  footer,
  hasShareInputs,
  columnHeading,
  itemColumns,
  itemRows,
  payingLines,
  shareRows,
  timelineRows,
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

const cell = (s: string) => s.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\s+/g, ' ');

/** A report to print or paste: summary, table, total, warnings, notes, checklist as tasks, sources and data version. */
export function renderMarkdown(est: Estimate, data: CostData, opts: { timeline?: boolean } = {}): string {
  const notes = sourceNotes(est);
  const out: string[] = [`# ${title(est)}`, ''];
  for (const line of scenarioSummary(est, data)) out.push(`- ${line}`);
  const prices = pricesLine(est);
  if (prices) out.push('', prices);
  const columns = itemColumns(est);
  out.push(
    '',
    `| ${columns.map(columnHeading).join(' | ')} |`,
    `|---|${columns
      .slice(1)
      .map(() => '--:')
      .join('|')}|`,
  );
  for (const r of itemRows(est, notes))
    out.push(
      `| ${cell(r.item)} | ${columns
        .slice(1)
        .map((c) => r[c])
        .join(' | ')} |`,
    );
  const total = totalRow(est);
  out.push(
    `| **${total.item}** | | ${columns
      .slice(2)
      .map((c) => `**${total[c]}**`)
      .join(' | ')} |`,
  );
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
  }
  if (est.warnings.length > 0) out.push('', `## ${t.warnings}`, '', ...est.warnings.map((w) => `- ${w}`));
  if (est.notes.length > 0) out.push('', `## ${t.notes}`, '', ...est.notes.map((n) => `- ${n}`));
  out.push('', `## ${t.checklist}`, '');
  for (const q of est.checklist) out.push(`- [ ] ${q.question}  `, `  _${t.why}_ ${q.why}`);
  out.push('', `## ${t.sources}`, '');
  for (const s of sourceLines(est, data, notes)) out.push(`${s.n}. ${s.text}`);
  const assumptions = assumptionLines(est);
  if (assumptions.length > 0) out.push('', t.assumptionsIntro, '', ...assumptions.map((a) => `- ${a}`));
  out.push('', `_${footer(data)}_`);
  return markdownText(`${out.join('\n')}\n`);
}
