import type { CostData } from '../core/data-schema.js';
import type { AuditFlag, AuditResult, AuditedItem } from '../core/audit.js';
import { formatDollars, formatRange } from '../core/money.js';
import { auditText as t } from '../core/audit-text.js';

/** The parts every audit report shares (table, Markdown, HTML), as plain strings; each renderer only lays them out. */

/** What the command adds to the audit: the equivalent estimate command and how to run it again. */
export interface AuditExtras {
  /** The `ketamine-cost estimate …` command the audited quote stands for. */
  command: string;
  quoteUsed: boolean;
  /** How the quote was given, for "ketamine-cost audit FILE --estimate": a file name as typed, or null for stdin. */
  file: string | null;
}

export function auditTitle(r: AuditResult): string {
  const heading = r.headings[0]?.text;
  return heading ? t.titleFor(heading) : t.title;
}

/** The lines under the title: technique, where, prices. */
export function auditSummary(r: AuditResult, data: CostData): string[] {
  const technique = data.techniques[r.technique.id].label;
  const because = r.technique.because === null ? null : t.quoted(r.technique.because);
  const lines = [t.technique(technique, r.technique.inferred, because)];
  if (r.travel.kind === 'international') lines.push(t.whereAbroad(r.travel.inferred, r.travel.because === null ? null : t.quoted(r.travel.because)));
  else lines.push(t.whereUs(r.travel.inferred));
  lines.push(t.pricesIn(r.priceMonth));
  return lines;
}

/** A category's name in the run's language. */
export function categoryLabel(item: AuditedItem, data: CostData): string {
  if (item.category === null) return t.kinds[item.kind] ?? '';
  if (item.category === 'other') return t.otherCategory;
  if (item.category === 'terms') return t.termsCategory;
  return data.audit?.categories.find((c) => c.id === item.category)?.label ?? item.category;
}

function unitLabel(id: string, data: CostData, count = 1): string {
  if (id === 'each') return t.each;
  const unit = data.audit?.units.find((u) => u.id === id);
  return (count === 1 ? unit?.label : unit?.plural) ?? id;
}

/** "US$4,500" or "45,000 EUR": an amount in another currency is written with its code, without a dollar sign. */
function amount(item: AuditedItem): string {
  const text = formatRange(item.price.low, item.price.high);
  const signed = item.negative ? `-${text}` : text;
  return item.currency === 'USD' ? signed : t.currencyCell(signed.replace(/US\$|\$/g, ''), item.currency);
}

/** The price as written: the amount and its unit ("$650–$800 per infusion", "$4,800 for 6 infusion"). */
export function priceCell(item: AuditedItem, data: CostData): string {
  const base = amount(item);
  if (item.per === 'each') return `${base} ${t.each}`;
  if (item.per) return `${base} ${t.per(unitLabel(item.per, data))}`;
  if (item.covers) return `${base} ${t.covers(item.covers.count, unitLabel(item.covers.unit, data, item.covers.count))}`;
  return base;
}

export function rangeCell(item: AuditedItem): string {
  if (!item.range) return t.notCompared;
  return t.rangeCell(formatRange(item.range.low, item.range.high), item.range.asOf.from, item.range.asOf.to);
}

/** A cell's text with a break allowed after each dash of a range, so a narrow column wraps it rather than cutting it. */
export function breakable(cell: string): string {
  return cell.replace(/–(?=\S)/g, '– ');
}

export function checkCell(item: AuditedItem): string {
  if (item.flags.length > 0) return item.flags.map((f) => t.check[f] ?? f).join(', ');
  return item.range ? t.check.ok! : t.check.none!;
}

export interface ItemRow {
  line: string;
  item: string;
  category: string;
  price: string;
  qty: string;
  range: string;
  check: string;
  flagged: boolean;
}

export function itemRows(r: AuditResult, data: CostData): ItemRow[] {
  return r.items.map((i) => ({
    line: String(i.line),
    item: i.label || i.text,
    category: categoryLabel(i, data),
    price: priceCell(i, data),
    qty: i.quantity === null ? '' : String(i.quantity),
    range: rangeCell(i),
    check: checkCell(i),
    flagged: i.flags.length > 0,
  }));
}

/** The sentence about the stated total and the sum of the items. */
export function totalsLine(r: AuditResult): string {
  const sum = formatRange(r.sumOfItems.low, r.sumOfItems.high);
  const total = r.total === null ? null : formatRange(r.total.low, r.total.high);
  const otherCurrency = r.items.some((i) => i.kind === 'item' && i.currency !== 'USD');
  const matches = r.total === null ? true : otherCurrency ? null : r.difference === null;
  const line = t.totals(total, sum, matches);
  return r.items.some((i) => i.kind === 'item' && i.currency === 'USD' && i.amount === null) ? `${line} ${t.notSummed}` : line;
}

/** One plain sentence for each flag, with its line, in the order of the questions. */
export function flagLines(r: AuditResult, data: CostData): string[] {
  const sorted = [...r.flags].sort((a, b) => a.question - b.question);
  const itemAt = new Map(r.items.map((i) => [i.line, i]));
  return sorted.map(
    (f) => `${f.line === null ? '' : `${t.lineRef(f.line)}: `}${flagSentence(f, r, data, itemAt)}${f.question > 0 ? ` (→ ${f.question})` : ''}`,
  );
}

function flagSentence(f: AuditFlag, r: AuditResult, data: CostData, itemAt: Map<number, AuditedItem>): string {
  const audit = data.audit!;
  const item = f.line === null ? undefined : itemAt.get(f.line);
  const words = item ? t.quoted(item.label || item.text) : '';
  const price = item?.compared ? formatRange(item.compared.low, item.compared.high) : item ? amount(item) : '';
  const range = item?.range ? `${formatRange(item.range.low, item.range.high)} (${t.rangeYears(item.range.asOf.from, item.range.asOf.to, r.priceMonth)})` : '';
  switch (f.kind) {
    case 'below-range':
    case 'above-range':
      return t.flag[f.kind](words, price, range);
    case 'whole-series':
    case 'depression-band':
      return t.flag[f.kind](words, price);
    case 'how-many-infusions':
    case 'how-many-units':
    case 'other':
    case 'currency':
      return t.flag[f.kind](words);
    case 'excluded':
      return t.flag.excluded(t.quoted(f.words ?? ''));
    case 'terms':
      return t.flag.terms(audit.terms.find((x) => x.id === f.id)?.label ?? f.id ?? '', t.quoted(f.words ?? ''));
    case 'arithmetic': {
      const d = r.difference ?? 0;
      return t.flag.arithmetic(formatRange(r.sumOfItems.low, r.sumOfItems.high), formatRange(r.total!.low, r.total!.high), formatDollars(Math.abs(d)), d > 0);
    }
    case 'missing':
      return t.flag.missing(audit.expected.find((e) => e.id === f.id)?.label ?? f.id ?? '');
    case 'gfe-part':
      return t.flag['gfe-part'](audit.gfeParts.find((p) => p.id === f.id)?.label ?? f.id ?? '');
    case 'not-gfe':
    case 'abroad':
    case 'currency-unclear':
      return t.flag[f.kind];
  }
}

/** The message a patient can paste into an email: the questions, numbered, nothing else. */
export function emailText(r: AuditResult): string {
  const lines = [t.emailSubject(r.headings[0]?.text ?? null), '', t.emailHello, '', t.emailIntro, ''];
  for (const q of r.questions) lines.push(`${q.n}. ${q.question}`);
  lines.push('', t.emailThanks, t.emailName);
  return lines.join('\n');
}

/** The sources behind the ranges used, the missing items and the audit itself, as "title. publisher (year)". */
export function auditSources(r: AuditResult, data: CostData): string[] {
  const ids = new Set<string>();
  for (const i of r.items) for (const id of i.range?.sourceIds ?? []) ids.add(id);
  for (const m of r.missing) for (const id of m.sourceIds) ids.add(id);
  for (const id of data.audit?.sourceIds ?? []) ids.add(id);
  if (r.gfe.applies) for (const id of data.goodFaithEstimate.sourceIds) ids.add(id);
  return data.sources.filter((s) => ids.has(s.id)).map((s) => `${/[.?!]$/.test(s.title) ? s.title : `${s.title}.`} ${s.publisher}.`);
}

/** The ranges that are our assumptions, with their rationale. */
export function auditAssumptions(r: AuditResult, data: CostData): string[] {
  const out = new Set<string>();
  for (const i of r.items) {
    if (i.range?.basis !== 'assumption') continue;
    const path = i.range.figure;
    const id = path.startsWith('audit.figures.') ? path.slice('audit.figures.'.length) : null;
    const f = id ? data.audit?.figures[id] : null;
    if (f?.rationale) out.add(`${f.unit}: ${f.rationale}`);
  }
  return [...out];
}

/** The estimate section: the equivalent command and how to run it from the audit. */
export function estimateLines(x: AuditExtras): { intro: string; command: string; or: string } {
  return {
    intro: x.quoteUsed ? t.estimateIntro : t.estimateNoQuote,
    command: x.command,
    or: t.estimateOr(x.file ?? '-'),
  };
}

export function auditFooter(data: CostData): string {
  return t.footer(data.dataVersion, data.effectiveDate);
}

export function unreadableLines(r: AuditResult): string[] {
  return r.unreadable.map((u) => t.unreadableLine(u.line, u.text, u.detail ?? t.problem[u.problem] ?? u.problem));
}
