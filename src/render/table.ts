import { Chalk, type ChalkInstance } from 'chalk';
import type { ColourLevel } from '../edge/colour-level.js';
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
  shareRows,
  shareTimelineRows,
  showsShareTimeline,
  timelineRows,
  pricesLine,
  scenarioSummary,
  sourceLines,
  sourceNotes,
  title,
  totalLine,
  totalRow,
  type ItemRow,
} from './report-parts.js';
import { renderText as t } from './render-text.js';
import { wrap } from './wrap.js';
import { textWidth } from './text-width.js';
import { toAscii } from './ascii.js';
import { boxTable } from './box-table.js';
import { rangeChart } from './range-chart.js';

/** The human report: summary, line-item table, total, warnings, notes, checklist, sources; fits `width` columns. */
export function renderTable(est: Estimate, data: CostData, c: ChalkInstance, width = 80, opts: { timeline?: boolean; ascii?: boolean } = {}): string {
  const notes = sourceNotes(est);
  const columns = itemColumns(est);
  const cells = (r: ItemRow) => columns.map((col) => r[col]);
  const rows = itemRows(est, notes).map(cells);
  const total = cells(totalRow(est));
  const money = columns.length - 2;
  const moneyWidth = Math.max(9, ...[...rows, total].flatMap((r) => r.slice(2).map((cell) => textWidth(cell)))) + 2;
  const qtyWidth = Math.max(5, ...rows.map((r) => textWidth(r[1]!))) + 2;
  const itemWidth = Math.max(16, width - qtyWidth - money * moneyWidth - (columns.length + 1));
  const table = boxTable([...rows, total], {
    head: columns.map(columnHeading),
    headStyle: c.bold,
    lastStyle: c.bold,
    widths: [itemWidth, qtyWidth, ...columns.slice(2).map(() => moneyWidth)],
    aligns: ['left', ...columns.slice(1).map(() => 'right' as const)],
    ascii: opts.ascii,
    width,
  });

  const out: string[] = [];
  const section = (name: string) => out.push('', c.bold.underline(name));
  const bullet = (mark: string, s: string) => out.push(mark + wrap(`! ${s}`, width, '  ').slice(1));
  out.push(c.bold(wrap(title(est), width)), ...scenarioSummary(est, data).map((l) => wrap(l, width, '  ')));
  const prices = pricesLine(est);
  if (prices) out.push(wrap(prices, width, '  '));
  out.push('', table, '', c.bold(wrap(totalLine(est), width)));
  // The spread at a glance, on the same kind of dollar axis as `compare`.
  out.push(
    rangeChart([{ label: t.total, low: est.total.low, typical: est.total.typical, high: est.total.high, openHigh: est.total.openHigh }], {
      width,
      ascii: opts.ascii === true,
    }),
  );

  if (hasShareInputs(est)) {
    section(t.yourShare);
    for (const r of shareRows(est)) out.push(wrap(`  ${r.label}: ${r.amount}`, width, '    '));
    if (est.yourShare.medicalExpense) out.push(c.dim(wrap(`  ${t.taxNote}`, width, '  ')));
  }
  const paying = payingLines(est);
  if (paying.length > 0) {
    section(t.paying);
    for (const line of paying) out.push(wrap(`- ${line}`, width, '  '));
  }
  if (opts.timeline && est.timeline.length > 0) {
    section(t.timeline);
    out.push(
      boxTable(timelineRows(est), {
        head: [...t.timelineColumns],
        headStyle: c.bold,
        aligns: ['left', 'right', 'right', 'right', 'right'],
        ascii: opts.ascii,
        width,
      }),
    );
    if (showsShareTimeline(est)) {
      section(t.shareTimeline);
      out.push(
        boxTable(shareTimelineRows(est, data), {
          head: [...t.shareTimelineColumns],
          headStyle: c.bold,
          aligns: ['left', 'right', 'right', 'right'],
          ascii: opts.ascii,
          width,
        }),
      );
    }
  }

  section(t.answers);
  for (const g of answerGroups(est, data)) {
    const indent = g.given ? '    ' : '  ';
    if (g.given) out.push(`  ${g.name}`);
    for (const r of g.rows) out.push(wrap(`${indent}${r.label}: ${r.value}`, width, `${indent}  `));
  }

  if (est.warnings.length > 0) {
    section(t.warnings);
    for (const w of est.warnings) bullet(c.yellow('!'), w);
  }
  if (est.notes.length > 0) {
    section(t.notes);
    for (const n of est.notes) out.push(wrap(`- ${n}`, width, '  '));
  }
  section(t.checklist);
  est.checklist.forEach((q, i) => {
    const n = `${String(i + 1).padStart(2)}. `;
    out.push(wrap(`${n}${q.question}`, width, '    '), c.dim(wrap(`    ${t.why} ${q.why}`, width, '    ')));
  });

  section(t.sources);
  for (const s of sourceLines(est, data, notes)) out.push(wrap(`[${s.n}] ${s.text}`, width, '    '));
  for (const a of assumptionLines(est)) out.push(wrap(`* ${a}`, width, '    '));
  out.push('', wrap(footer(data), width));
  const result = `${out.join('\n')}\n`;
  return opts.ascii ? toAscii(result) : result;
}

/** The table report with a chalk of the given level, made here so that other outputs never load chalk. */
export function renderTableIn(level: ColourLevel, est: Estimate, data: CostData, width = 80, opts: { timeline?: boolean; ascii?: boolean } = {}): string {
  return renderTable(est, data, new Chalk({ level }), width, opts);
}
