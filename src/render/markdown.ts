import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import { formatDollars, formatRange } from '../core/money.js';
import { text } from '../core/text.js';
import { scenarioSummary, sourceNotes } from './summary.js';

const cell = (s: string) => s.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\s+/g, ' ');
const money = (cents: number | null) => (cents === null ? '-' : formatDollars(cents));

/** A report to print or paste: summary, table, total, warnings, checklist as tasks, sources and data version. */
export function renderMarkdown(est: Estimate, data: CostData): string {
  const notes = sourceNotes(est);
  const out: string[] = ['# Ketamine infusion cost estimate', ''];
  for (const line of scenarioSummary(est, data)) out.push(`- ${line}`);
  out.push('', '| Item | Qty | Low | Typical | High |', '|---|--:|--:|--:|--:|');
  for (const l of est.lineItems)
    out.push(`| ${cell(l.label + notes.marker(l))} | ${l.quantity} | ${money(l.amount.low)} | ${money(l.amount.typical)} | ${money(l.amount.high)} |`);
  out.push(`| **Total** | | **${money(est.total.low)}** | **${money(est.total.typical)}** | **${money(est.total.high)}** |`);
  const typical = est.total.typical === null ? '' : `, typically about ${formatDollars(est.total.typical)}`;
  out.push('', `**Estimated total: ${formatRange(est.total.low, est.total.high)}${typical}.**`);
  if (est.warnings.length > 0) {
    out.push('', '## Warnings', '');
    for (const w of est.warnings) out.push(`- ${w}`);
  }
  out.push('', '## Questions to ask the clinic', '');
  for (const q of est.checklist) out.push(`- [ ] ${q.question}  `, `  _Why:_ ${q.why}`);
  out.push('', '## Sources', '');
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  for (const [id, n] of notes.numbers) {
    const s = byId.get(id);
    if (s) out.push(`${n}. ${s.title}. ${s.publisher}. Figures: ${s.year}.`);
  }
  const assumptions = est.lineItems.filter((l) => l.basis === 'assumption');
  if (assumptions.length > 0) {
    out.push('', 'Lines marked * are our assumptions:', '');
    for (const l of assumptions) out.push(`- ${l.label}: ${l.note ?? ''}`);
  }
  out.push('', `_Data ${data.dataVersion}, effective ${data.effectiveDate}, amounts in ${data.currency}. ${text.disclaimer}_`);
  return `${out.join('\n')}\n`;
}
