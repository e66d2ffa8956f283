import type { ChalkInstance } from 'chalk';
import type { CostData } from '../core/data-schema.js';
import type { AuditResult } from '../core/audit.js';
import { centsToDollars } from '../core/money.js';
import { escapeJsonText } from '../core/escape.js';
import { language } from '../core/lang.js';
import { auditText as t } from '../core/audit-text.js';
import type { ToolInfo } from './report-json.js';
import { boxTable } from './box-table.js';
import { toAscii } from './ascii.js';
import { wrap } from './wrap.js';
import { markdownCell, markdownText } from './markdown.js';
import { shellLines } from './shell-lines.js';
import { escapeHtml, REPORT_CSS } from './html.js';
import {
  auditAssumptions,
  auditFooter,
  auditSources,
  auditSummary,
  auditTitle,
  breakable,
  emailText,
  estimateLines,
  flagLines,
  itemRows,
  totalsLine,
  unreadableLines,
  type AuditExtras,
} from './audit-parts.js';

/** The audit as a terminal report: the items' table, what was found, what is missing, the questions, the email, the estimate command. */
export function renderAuditTable(r: AuditResult, data: CostData, c: ChalkInstance, width = 80, x: AuditExtras, opts: { ascii?: boolean } = {}): string {
  const out: string[] = [];
  const section = (name: string) => out.push('', c.bold.underline(name));
  const para = (s: string, indent = '') => out.push(wrap(indent + s, width, indent));
  out.push(c.bold(wrap(auditTitle(r), width)));
  for (const l of auditSummary(r, data)) para(l, '  ');

  section(t.items);
  const rows = itemRows(r, data);
  if (rows.length === 0) para(t.noItems);
  else {
    // Quantity goes with the price ("$1,000 × 5") so the table fits 80 columns.
    const cells = rows.map((row) => [row.line, row.item, row.category, row.qty === '' ? row.price : `${row.price} × ${row.qty}`, row.range, row.check]);
    const head = [...t.tableColumns];
    const columnWidth = (col: number, min: number, max: number) =>
      Math.min(max, Math.max(min, head[col]!.length + 2, ...cells.map((row) => row[col]!.length + 2)));
    const widths = [columnWidth(0, 3, 6), 0, columnWidth(2, 8, 14), columnWidth(3, 9, 15), columnWidth(4, 9, 15), columnWidth(5, 8, 13)];
    widths[1] = Math.max(12, width - widths.reduce((a, b) => a + b, 0) - (widths.length + 1));
    // A range or price too wide for its column may break after its dash rather than be cut.
    const fitted = cells.map((row) => row.map((cell, col) => (cell.split(' ').some((w) => w.length > widths[col]! - 2) ? breakable(cell) : cell)));
    out.push(
      boxTable(fitted, {
        head,
        widths,
        aligns: ['right', 'left', 'left', 'right', 'right', 'left'],
        ascii: opts.ascii,
        headStyle: c.bold,
      }),
    );
  }
  para(totalsLine(r));

  section(t.missing);
  if (r.missing.length === 0) para(t.missingNone);
  else {
    para(t.missingIntro(data.techniques[r.technique.id].label));
    for (const m of r.missing) {
      out.push(wrap(`  - ${m.label}`, width, '    '));
      out.push(c.dim(wrap(`    ${t.why} ${m.why}`, width, '    ')));
    }
  }

  const found = flagLines(r, data);
  if (found.length > 0) {
    section(t.flags);
    for (const f of found) out.push(wrap(`${c.yellow('!')} ${f}`, width, '  '));
  }

  section(t.questions);
  if (r.questions.length === 0) para(t.noQuestions);
  for (const q of r.questions) {
    const n = `${String(q.n).padStart(2)}. `;
    out.push(wrap(`${n}${q.question}`, width, '    '), c.dim(wrap(`    ${t.why} ${q.why}`, width, '    ')));
  }

  if (r.questions.length > 0) {
    section(t.email);
    out.push(c.dim('  ----'));
    for (const line of emailText(r).split('\n')) out.push(line === '' ? '' : wrap(`  ${line}`, width, /^\d+\. /.test(line) ? '     ' : '  '));
    out.push(c.dim('  ----'));
  }

  if (r.unreadable.length > 0) {
    section(t.unreadable);
    for (const l of unreadableLines(r)) out.push(wrap(`  - ${l}`, width, '    '));
  }
  if (r.notes.length > 0) {
    section(t.notes);
    for (const n of r.notes) out.push(wrap(`  - ${t.lineRef(n.line)}: ${n.text}`, width, '    '));
  }

  section(t.estimate);
  const e = estimateLines(x);
  para(e.intro);
  out.push(shellLines(e.command, width));
  para(e.or, '  ');

  section(t.sources);
  for (const s of auditSources(r, data)) out.push(wrap(`  - ${s}`, width, '    '));
  for (const a of auditAssumptions(r, data)) out.push(wrap(`  * ${a}`, width, '    '));
  out.push('', wrap(auditFooter(data), width));
  const result = `${out.join('\n')}\n`;
  return opts.ascii ? toAscii(result) : result;
}

/** The audit as Markdown, to print or paste; the questions as a numbered list and the email in a quote block. Every piece of text is escaped (a viewer would render its HTML, links and images); the report's own markup is written around it. */
export function renderAuditMarkdown(r: AuditResult, data: CostData, extras: AuditExtras): string {
  const x = markdownText;
  const cell = markdownCell;
  const out: string[] = [`# ${x(auditTitle(r))}`, ''];
  for (const l of auditSummary(r, data)) out.push(`- ${x(l)}`);
  out.push('', `## ${x(t.items)}`, '');
  const rows = itemRows(r, data);
  if (rows.length === 0) out.push(x(t.noItems));
  else {
    out.push(`| ${t.columns.map(cell).join(' | ')} |`, '|--:|---|---|--:|--:|--:|---|');
    for (const row of rows)
      out.push(
        `| ${[row.line, row.item, row.category, row.price, row.qty, row.range].map(cell).join(' | ')} | ${row.flagged ? `**${cell(row.check)}**` : cell(row.check)} |`,
      );
  }
  out.push('', x(totalsLine(r)), '', `## ${x(t.missing)}`, '');
  if (r.missing.length === 0) out.push(x(t.missingNone));
  else {
    out.push(x(t.missingIntro(data.techniques[r.technique.id].label)), '');
    for (const m of r.missing) out.push(`- **${x(m.label)}**: ${x(m.why)}`);
  }
  const found = flagLines(r, data);
  if (found.length > 0) out.push('', `## ${x(t.flags)}`, '', ...found.map((f) => `- ${x(f)}`));
  out.push('', `## ${x(t.questions)}`, '');
  if (r.questions.length === 0) out.push(x(t.noQuestions));
  for (const q of r.questions) out.push(`${q.n}. ${x(q.question)}  `, `   _${x(t.why)}_ ${x(q.why)}`);
  if (r.questions.length > 0)
    out.push(
      '',
      `## ${x(t.email)}`,
      '',
      ...emailText(r)
        .split('\n')
        .map((l) => (l === '' ? '>' : `> ${x(l)}`)),
    );
  if (r.unreadable.length > 0) out.push('', `## ${x(t.unreadable)}`, '', ...unreadableLines(r).map((l) => `- ${x(l)}`));
  if (r.notes.length > 0) out.push('', `## ${x(t.notes)}`, '', ...r.notes.map((n) => `- ${x(t.lineRef(n.line))}: ${x(n.text)}`));
  const e = estimateLines(extras);
  // The command is the tool's own, its values shell-quoted: written as code, as it is to be typed.
  out.push('', `## ${x(t.estimate)}`, '', x(e.intro), '', '```sh', e.command, '```', '', x(e.or));
  out.push('', `## ${x(t.sources)}`, '', ...auditSources(r, data).map((src) => `- ${x(src)}`));
  const assumptions = auditAssumptions(r, data);
  if (assumptions.length > 0) out.push('', ...assumptions.map((a) => `- \\* ${x(a)}`));
  out.push('', `_${x(auditFooter(data))}_`);
  return `${out.join('\n')}\n`;
}

const e = escapeHtml;

// The report style of the estimate's HTML, plus the audit's own: a flagged check and the email block.
const AUDIT_CSS = `${REPORT_CSS}.flagged{font-weight:700;color:#8a5a00}.email{white-space:pre-wrap;border:1px solid #767676;padding:.75rem;background:#f6f6f6;font-family:inherit}.questions li{margin:.5rem 0}.questions .why{margin:.1rem 0 0;color:#4a4a4a}code{white-space:pre-wrap;overflow-wrap:anywhere}@media print{.email{background:none}}`;

/** The audit as one self-contained HTML page in the estimate report's style: inline CSS, no script, nothing loaded. */
export function renderAuditHtml(r: AuditResult, data: CostData, x: AuditExtras, embedded: string | null = null): string {
  const body: string[] = [`<h1>${e(auditTitle(r))}</h1>`, '<ul class="muted">', ...auditSummary(r, data).map((l) => `<li>${e(l)}</li>`), '</ul>'];
  const section = (id: string, name: string, content: string[], cls = '') =>
    body.push(`<section${cls ? ` class="${cls}"` : ''} aria-labelledby="${id}">`, `<h2 id="${id}">${e(name)}</h2>`, ...content, '</section>');

  const rows = itemRows(r, data);
  section(
    'items',
    t.items,
    rows.length === 0
      ? [`<p>${e(t.noItems)}</p>`, `<p>${e(totalsLine(r))}</p>`]
      : [
          '<div class="scroll" role="region" tabindex="0" aria-labelledby="items-caption">',
          '<table class="items">',
          `<caption id="items-caption">${e(t.itemsCaption)}</caption>`,
          `<thead><tr>${t.columns.map((c, i) => `<th scope="col"${i === 0 || i === 3 || i === 4 || i === 5 ? ' class="num"' : ''}>${e(c)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...rows.map(
            (row) =>
              `<tr><td class="num">${e(row.line)}</td><th scope="row">${e(row.item)}</th><td>${e(row.category)}</td><td class="num">${e(row.price)}</td><td class="num">${e(row.qty)}</td><td class="range">${e(row.range)}</td><td${row.flagged ? ' class="flagged"' : ''}>${e(row.check)}</td></tr>`,
          ),
          '</tbody>',
          '</table>',
          '</div>',
          `<p class="total-line">${e(totalsLine(r))}</p>`,
        ],
  );
  section(
    'missing',
    t.missing,
    r.missing.length === 0
      ? [`<p>${e(t.missingNone)}</p>`]
      : [
          `<p>${e(t.missingIntro(data.techniques[r.technique.id].label))}</p>`,
          '<ul>',
          ...r.missing.map((m) => `<li><strong>${e(m.label)}</strong>: ${e(m.why)}</li>`),
          '</ul>',
        ],
  );
  const found = flagLines(r, data);
  if (found.length > 0) section('found', t.flags, ['<ul>', ...found.map((f) => `<li>${e(f)}</li>`), '</ul>'], 'warnings');
  section(
    'questions',
    t.questions,
    r.questions.length === 0
      ? [`<p>${e(t.noQuestions)}</p>`]
      : ['<ol class="questions">', ...r.questions.map((q) => `<li value="${q.n}">${e(q.question)}<p class="why">${e(t.why)} ${e(q.why)}</p></li>`), '</ol>'],
  );
  if (r.questions.length > 0) section('email', t.email, [`<pre class="email">${e(emailText(r))}</pre>`]);
  if (r.unreadable.length > 0) section('unreadable', t.unreadable, ['<ul>', ...unreadableLines(r).map((l) => `<li>${e(l)}</li>`), '</ul>']);
  if (r.notes.length > 0) section('notes', t.notes, ['<ul>', ...r.notes.map((n) => `<li>${e(`${t.lineRef(n.line)}: ${n.text}`)}</li>`), '</ul>']);
  const est = estimateLines(x);
  section('estimate', t.estimate, [`<p>${e(est.intro)}</p>`, `<p><code>${e(est.command)}</code></p>`, `<p class="muted">${e(est.or)}</p>`]);
  if (embedded !== null) section('estimate-report', t.estimateHeading, [embedded]);
  const assumptions = auditAssumptions(r, data);
  section(
    'sources',
    t.sources,
    [
      '<ul>',
      ...auditSources(r, data).map((s) => `<li>${e(s)}</li>`),
      '</ul>',
      ...(assumptions.length > 0 ? ['<ul>', ...assumptions.map((a) => `<li>* ${e(a)}</li>`), '</ul>'] : []),
    ],
    'sources',
  );
  return [
    '<!doctype html>',
    `<html lang="${e(language())}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(auditTitle(r))}</title>`,
    `<style>${AUDIT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    `<footer><p>${e(auditFooter(data))}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * An estimate's HTML report as a section of another page: its <main> content, headings one level
 * down, its footer dropped. The markup is the tool's own (every text in it is escaped), so tags
 * can be found by their names.
 */
export function embedHtml(page: string): string {
  const start = page.indexOf('<main>');
  const end = page.lastIndexOf('</main>');
  if (start === -1 || end === -1) return '';
  return page
    .slice(start + '<main>'.length, end)
    .replace(/<footer>[\s\S]*?<\/footer>/, '')
    .replace(/<(\/?)h([1-5])(?=[\s>])/g, (_m, slash: string, n: string) => `<${slash}h${Math.min(6, Number(n) + 1)}`)
    .replace(/ (id|aria-labelledby|aria-describedby|for)="/g, ' $1="est-')
    .trim();
}

const dollars = (p: { low: number; high: number } | null) => (p === null ? null : { low: centsToDollars(p.low), high: centsToDollars(p.high) });

/** The JSON contract of `audit --json`: field names stable and documented in the README; amounts in dollars. */
export function auditJson(r: AuditResult, data: CostData, tool: ToolInfo, x: AuditExtras, estimate: unknown = undefined): Record<string, unknown> {
  const audit = data.audit!;
  const report: Record<string, unknown> = {
    tool,
    data: { version: data.dataVersion, effectiveDate: data.effectiveDate, currency: data.currency },
    prices: { month: r.priceMonth, index: data.priceIndex.name },
    headings: r.headings.map((h) => ({ line: h.line, text: h.text })),
    technique: r.technique,
    travel: r.travel,
    items: r.items.map((i) => ({
      line: i.line,
      kind: i.kind,
      label: i.label,
      text: i.text,
      category: i.category,
      price: dollars(i.price),
      negative: i.negative,
      quantity: i.quantity,
      unit: i.per,
      covers: i.covers,
      hours: i.hours,
      currency: i.currency,
      amount: dollars(i.amount),
      codes: i.codes,
      diagnoses: i.diagnoses,
      provider: i.provider,
      compared: dollars(i.compared),
      range: i.range && {
        low: centsToDollars(i.range.low),
        high: centsToDollars(i.range.high),
        figure: i.range.figure,
        each: i.range.each,
        asOf: i.range.asOf,
        basis: i.range.basis,
        sourceIds: i.range.sourceIds,
      },
      flags: i.flags,
    })),
    missing: r.missing.map((m) => ({ id: m.id, label: m.label, why: m.why, sourceIds: m.sourceIds })),
    flags: r.flags.map((f) => ({
      kind: f.kind,
      line: f.line,
      id: f.id,
      words: f.words,
      label: f.kind === 'terms' ? (audit.terms.find((x) => x.id === f.id)?.label ?? null) : null,
      question: f.question === 0 ? null : f.question,
    })),
    questions: r.questions.map((q) => ({ n: q.n, question: q.question, why: q.why, kind: q.kind, lines: q.lines })),
    total: dollars(r.total),
    totalLine: r.totalLine,
    sumOfItems: dollars(r.sumOfItems),
    difference: r.difference === null ? null : centsToDollars(r.difference),
    goodFaithEstimate: r.gfe,
    notes: r.notes.map((n) => ({ line: n.line, text: n.text })),
    unreadable: r.unreadable.map((u) => ({ line: u.line, text: u.text, problem: u.problem, message: u.detail ?? t.problem[u.problem] ?? u.problem })),
    email: emailText(r),
    estimateCommand: x.command,
    disclaimer: auditFooter(data),
  };
  if (estimate !== undefined) report.estimate = estimate;
  return report;
}

/** The JSON document as text, C1 controls and direction marks escaped too. */
export function renderAuditJson(report: Record<string, unknown>): string {
  return `${escapeJsonText(JSON.stringify(report, null, 2))}\n`;
}
