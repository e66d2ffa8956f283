import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { CostData } from '../core/data-schema.js';
import type { Estimate } from '../core/estimate.js';
import { formatDollars, formatRange } from '../core/money.js';
import { text } from '../core/text.js';
import { scenarioSummary, sourceNotes } from './summary.js';
import { wrap } from './wrap.js';

const NONE = '-';

/** The human report: summary, line-item table, total, warnings, checklist, sources; fits `width` columns. */
export function renderTable(est: Estimate, data: CostData, c: ChalkInstance, width = 80): string {
  const notes = sourceNotes(est);
  const money = (cents: number | null) => (cents === null ? NONE : formatDollars(cents));
  const rows = est.lineItems.map((l) => [`${l.label}${notes.marker(l)}`, String(l.quantity), money(l.amount.low), money(l.amount.typical), money(l.amount.high)]);
  const totalRow = ['Total', '', money(est.total.low), money(est.total.typical), money(est.total.high)];
  const moneyWidth = Math.max(9, ...[...rows, totalRow].flatMap((r) => r.slice(2).map((cell) => cell.length))) + 2;
  const qtyWidth = Math.max(5, ...rows.map((r) => r[1]!.length)) + 2;
  const itemWidth = Math.max(16, width - qtyWidth - 3 * moneyWidth - 6);
  const table = new Table({
    head: ['Item', 'Qty', 'Low', 'Typical', 'High'].map((h) => c.bold(h)),
    colWidths: [itemWidth, qtyWidth, moneyWidth, moneyWidth, moneyWidth],
    colAligns: ['left', 'right', 'right', 'right', 'right'],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  table.push(...rows, totalRow.map((cell) => c.bold(cell)));

  const out: string[] = [];
  const section = (title: string) => out.push('', c.bold.underline(title));
  out.push(c.bold(`Ketamine infusion cost estimate`), ...scenarioSummary(est, data).map((l) => wrap(l, width, '  ')), '');
  out.push(table.toString());
  const typical = est.total.typical === null ? '' : `, typically about ${formatDollars(est.total.typical)}`;
  out.push('', c.bold(`Estimated total: ${formatRange(est.total.low, est.total.high)}${typical}.`));

  if (est.warnings.length > 0) {
    section('Warnings');
    for (const w of est.warnings) out.push(c.yellow('!') + wrap(`! ${w}`, width, '  ').slice(1));
  }
  section('Questions to ask the clinic');
  est.checklist.forEach((q, i) => {
    const n = `${String(i + 1).padStart(2)}. `;
    out.push(wrap(`${n}${q.question}`, width, '    '), c.dim(wrap(`    Why: ${q.why}`, width, '    ')));
  });

  section('Sources');
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  for (const [id, n] of notes.numbers) {
    const s = byId.get(id);
    if (s) out.push(wrap(`[${n}] ${s.title}. ${s.publisher}. Figures: ${s.year}.`, width, '    '));
  }
  const assumptions = est.lineItems.filter((l) => l.basis === 'assumption');
  for (const l of assumptions) out.push(wrap(`* ${l.label}: ${l.note ?? ''}`, width, '    '));
  out.push('', wrap(`Data ${data.dataVersion}, effective ${data.effectiveDate}, amounts in ${data.currency}. ${text.disclaimer}`, width));
  return `${out.join('\n')}\n`;
}
