import { listFigures } from './figures.js';
import type { AuditData, CostData, Figure } from './data-schema.js';
import type { TechniqueId, TravelKind } from './ids.js';
import type { AuditQuestionKind } from './audit-ids.js';
import { findAll, keywords, mentions, normalise, type Keyword, type Match } from './audit-lexicon.js';
import type { ParsedQuote, Price, QuoteItem, QuoteNote, UnreadableLine } from './audit-parse.js';
import { figureCents } from './unit-price.js';
import { yearsOf } from './price-index.js';
import { formatDollars, formatRange } from './money.js';
import { fillPlaceholders } from './placeholders.js';
import { auditText as t } from './audit-text.js';

/**
 * The quote audit: each line's category and range, what the technique usually needs that the
 * quote does not mention, the terms, the Good Faith Estimate's parts, the arithmetic, and the
 * questions to send back. Pure: data and the parsed quote in, plain objects out.
 */

/** The range a line was compared with, in today's dollars, with where it comes from. */
export interface AuditRange {
  low: number;
  high: number;
  /** The figure's path in the data: techniques.outpatient.price, audit.figures.course … */
  figure: string;
  /** true: per unit (the line's unit price was compared); false: the whole line's amount. */
  each: boolean;
  asOf: { from: number; to: number };
  basis: 'published' | 'assumption';
  sourceIds: string[];
}

/** Flags on one line. */
export type ItemFlag = 'below-range' | 'above-range' | 'whole-series' | 'how-many-infusions' | 'how-many-units' | 'depression-band' | 'other' | 'currency';

/** A line with a price, audited. */
export interface AuditedItem extends QuoteItem {
  /** A category id of the data, "other", or null for a total or subtotal line. */
  category: string | null;
  /** The unit price compared with the range (per the range's unit); null when not compared. */
  compared: Price | null;
  range: AuditRange | null;
  /** Price times quantity, what the line adds to the sum; null when it is not added (no count for a unit price, another currency). */
  amount: Price | null;
  flags: ItemFlag[];
}

export type FlagKind = ItemFlag | 'excluded' | 'terms' | 'arithmetic' | 'missing' | 'not-gfe' | 'gfe-part' | 'abroad' | 'currency-unclear';

/** One thing found, with what a message or question needs; ids name data entries (a term, a part, an expected item). */
export interface AuditFlag {
  kind: FlagKind;
  line: number | null;
  id: string | null;
  /** The clinic's words: an item's label, or a whole line for terms and exclusions. */
  words: string | null;
  question: number;
}

/** A numbered question to send the clinic. */
export interface AuditQuestion {
  n: number;
  question: string;
  why: string;
  kind: FlagKind;
  lines: number[];
}

export interface AuditResult {
  headings: QuoteNote[];
  notes: QuoteNote[];
  unreadable: UnreadableLine[];
  items: AuditedItem[];
  technique: { id: TechniqueId; inferred: boolean; because: string | null };
  travel: { kind: TravelKind; inferred: boolean; because: string | null };
  gfe: { applies: boolean; isGfe: boolean; missing: string[] };
  missing: { id: string; label: string; why: string; sourceIds: string[] }[];
  flags: AuditFlag[];
  questions: AuditQuestion[];
  /** The stated total (the last Total line), and its line. */
  total: Price | null;
  totalLine: number | null;
  /** Every USD line with a count, times its count; discounts subtracted. */
  sumOfItems: Price;
  /** Stated total minus sum (cents), when they disagree; null when they agree or cannot be compared. */
  difference: number | null;
  priceMonth: string;
}

export interface AuditOptions {
  technique?: TechniqueId;
  travel?: TravelKind;
}

interface Words {
  categories: { id: string; keywords: Keyword[]; codes: Set<string> }[];
  coma: Keyword[];
  inpatient: Keyword[];
  abroad: Keyword[];
  gfe: Keyword[];
  exclusion: Keyword[];
  terms: { id: string; keywords: Keyword[] }[];
  expected: Map<string, Keyword[]>;
  parts: Map<string, Keyword[]>;
  courseUnits: Keyword[];
}

const wordsCache = new WeakMap<object, Words>();

function wordsOf(audit: AuditData): Words {
  let w = wordsCache.get(audit);
  if (!w) {
    w = {
      categories: audit.categories.map((c) => ({ id: c.id, keywords: keywords(c.keywords), codes: new Set(c.codes ?? []) })),
      coma: keywords(audit.techniqueHints.coma),
      inpatient: keywords(audit.techniqueHints['low-dose-inpatient']),
      abroad: keywords(audit.abroadHints),
      gfe: keywords(audit.gfeHints),
      exclusion: keywords(audit.exclusionHints),
      terms: audit.terms.map((x) => ({ id: x.id, keywords: keywords(x.keywords) })),
      expected: new Map(audit.expected.map((e) => [e.id, keywords(e.keywords)])),
      parts: new Map(audit.gfeParts.map((p) => [p.id, keywords(p.keywords)])),
      courseUnits: audit.units.filter((u) => u.id === 'course' || u.id === 'package').flatMap((u) => keywords(u.keywords)),
    };
    wordsCache.set(audit, w);
  }
  return w;
}

/** Every category a text names, with where; matches inside a longer match of another category left out. */
export function categoryMatches(norm: string, audit: AuditData): { id: string; match: Match }[] {
  const all: { id: string; match: Match }[] = [];
  for (const c of wordsOf(audit).categories) for (const kw of c.keywords) for (const m of findAll(norm, kw)) all.push({ id: c.id, match: m });
  return all.filter(
    (a) =>
      !all.some(
        (b) => b.id !== a.id && b.match.start <= a.match.start && a.match.end <= b.match.end && b.match.end - b.match.start > a.match.end - a.match.start,
      ),
  );
}

// Where the head of an item's words ends: what follows a comma, a bracket, a colon or "for",
// "with", "para", "con"… only describes it ("Anaesthesia for the coma", "Hospedaje para acompañante").
const HEAD_END =
  /[,(:;[]|\s[-–—]\s|\s(?:for|with|including|includes|incl|near|after|before|during|plus|via|para|con|incluye|incluido|incluida|cerca|despu[eé]s|antes|durante|m[aá]s)\s/iu;

/**
 * A line's category: of a service code it holds; else of the keywords in the head of its words
 * (or in all of them when the head names none). English puts the thing named last ("physician-
 * supervised ketamine infusion"), Spanish first ("infusión de ketamina con monitoreo"): the last
 * match counts in an English line, the first in a Spanish one. Null when no keyword matches.
 */
export function categoryOf(label: string, codes: readonly string[], audit: AuditData): string | null {
  const w = wordsOf(audit);
  for (const code of codes) for (const c of w.categories) if (c.codes.has(code)) return c.id;
  const head = label.split(HEAD_END)[0] ?? label;
  let found = categoryMatches(normalise(head), audit);
  if (found.length === 0) found = categoryMatches(normalise(label), audit);
  if (found.length === 0) return null;
  // Spanish when a word matched only a Spanish keyword ("consulta" also starts "consultation").
  const spanish = found.some((f) => f.match.keyword.lang === 'es' && !found.some((g) => g.match.start === f.match.start && g.match.keyword.lang === 'en'));
  const order = (id: string) => w.categories.findIndex((c) => c.id === id);
  found.sort((a, b) => (spanish ? a.match.start - b.match.start : b.match.end - a.match.end) || order(a.id) - order(b.id));
  return found[0]!.id;
}

/** A figure of the data by its path (techniques.outpatient.price, boosters, extras.labs, audit.figures.course …), as listFigures names it. */
export function figureAt(data: CostData, path: string): Figure | null {
  return listFigures(data).find((f) => f.path === path)?.figure ?? null;
}

function rangeOf(data: CostData, path: string, each: boolean): AuditRange | null {
  const f = figureAt(data, path);
  if (!f) return null;
  const r = figureCents(f, data.priceIndex, 'today');
  return { low: r.low, high: r.high, figure: path, each, asOf: yearsOf(f.asOf), basis: f.basis, sourceIds: f.sourceIds };
}

/** The unit a line is priced in, and that unit price: per its unit, per what it covers, or for the whole line. */
function unitPrice(item: QuoteItem, audit: AuditData): { unit: string; price: Price } {
  if (item.per) return { unit: item.per, price: item.price };
  if (item.covers && item.covers.count > 0) {
    const n = item.covers.count;
    return { unit: item.covers.unit, price: { low: Math.round(item.price.low / n), high: Math.round(item.price.high / n) } };
  }
  const course = wordsOf(audit).courseUnits.some((kw) => findAll(normalise(item.label), kw).length > 0);
  return { unit: course ? 'course' : 'none', price: item.price };
}

/** The line's whole amount, its price times its count; null for a unit price with no count. */
function wholeAmount(item: QuoteItem): Price | null {
  if (item.per !== null && item.quantity === null) return null;
  const n = item.quantity ?? 1;
  return { low: item.price.low * n, high: item.price.high * n };
}

/** Audits a parsed quote against the data's audit section. */
export function auditQuote(parsed: ParsedQuote, data: CostData, opts: AuditOptions = {}): AuditResult {
  const audit = data.audit;
  if (!audit) throw new Error('the data has no audit section');
  const w = wordsOf(audit);
  const lines: { line: number; text: string; norm: string; priced: boolean }[] = [
    ...parsed.headings.map((h) => ({ line: h.line, text: h.text, norm: normalise(h.text), priced: false })),
    ...parsed.notes.map((n) => ({ line: n.line, text: n.text, norm: normalise(n.text), priced: false })),
    ...parsed.items.map((i) => ({ line: i.line, text: i.text, norm: normalise(i.kind === 'item' ? i.label : i.text), priced: true })),
  ].sort((a, b) => a.line - b.line);

  const technique = chooseTechnique(lines, w, opts.technique);
  const travel = chooseTravel(lines, parsed.items, w, technique.id, opts.travel);

  // Lines that say something is not included: what they name is asked about, not listed as missing.
  const exclusionLines = lines.filter((l) => !l.priced && mentions(l.norm, w.exclusion));

  const items: AuditedItem[] = parsed.items.map((item) => auditItem(item, data, audit, technique.id, travel.kind));
  const itemAt = new Map(items.map((i) => [i.line, i]));
  const flags: AuditFlag[] = [];
  const flag = (kind: FlagKind, line: number | null, id: string | null, words: string | null) => flags.push({ kind, line, id, words, question: 0 });

  for (const item of items) for (const f of item.flags) flag(f, item.line, null, item.label);
  for (const l of exclusionLines) if (categoryMatches(l.norm, audit).length > 0) flag('excluded', l.line, null, l.text);
  for (const l of lines)
    for (const term of w.terms)
      if (term.keywords.some((kw) => findAll(l.norm, kw).length > 0) && !(l.priced && itemAt.get(l.line)?.kind !== 'item'))
        flag('terms', l.line, term.id, l.text);

  // A course-priced technique itemised line by line: its medical lines together against the course.
  courseCheck(items, data, audit, technique.id);

  // The arithmetic: the items times their counts against the stated total.
  const totals = items.filter((i) => i.kind === 'total' && i.currency === 'USD');
  const totalItem = totals[totals.length - 1] ?? null;
  const counted = items.filter((i) => i.kind === 'item' && i.amount !== null && i.category !== 'terms');
  const sumOfItems = signedSum(counted);
  const otherCurrency = items.some((i) => i.kind === 'item' && i.currency !== 'USD');
  let difference: number | null = null;
  if (totalItem && counted.length > 0 && !otherCurrency) {
    const total = totalItem.price;
    if (total.high > sumOfItems.high) difference = total.high - sumOfItems.high;
    else if (total.low < sumOfItems.low) difference = total.low - sumOfItems.low;
    if (difference !== null) flag('arithmetic', totalItem.line, null, totalItem.label);
  }

  // What the technique usually needs that the quote does not mention.
  // Each line's categories, worked out once: what its words name, and its own category.
  const named = new Set<string>();
  for (const l of lines) {
    for (const m of categoryMatches(l.norm, audit)) named.add(m.id);
    const item = l.priced ? itemAt.get(l.line) : undefined;
    if (item?.category) named.add(item.category);
  }
  const mentioned = (e: AuditData['expected'][number]) =>
    e.categories.some((c) => named.has(c)) || lines.some((l) => (w.expected.get(e.id) ?? []).some((kw) => findAll(l.norm, kw).length > 0));
  const missing = audit.expected
    .filter((e) => e.techniques.includes(technique.id))
    .filter((e) => !mentioned(e))
    .map((e) => ({ id: e.id, label: e.label, why: fillPlaceholders(e.why, data), sourceIds: e.sourceIds }));
  for (const m of missing) flag('missing', null, m.id, null);

  // The Good Faith Estimate: its parts for a US provider; plain words for a clinic abroad.
  const applies = travel.kind !== 'international';
  const isGfe = lines.some((l) => mentions(l.norm, w.gfe));
  const missingParts = applies ? audit.gfeParts.filter((p) => !hasPart(p, lines, parsed, items, w)).map((p) => p.id) : [];
  if (applies) {
    if (isGfe) for (const id of missingParts) flag('gfe-part', null, id, null);
    else flag('not-gfe', null, null, null);
  } else flag('abroad', null, null, null);
  if (travel.kind === 'international' && items.some((i) => i.kind === 'item' && i.currency === 'USD' && !i.currencyWritten))
    flag('currency-unclear', null, null, null);

  const result: AuditResult = {
    headings: parsed.headings,
    notes: parsed.notes,
    unreadable: parsed.unreadable,
    items,
    technique,
    travel,
    gfe: { applies, isGfe, missing: missingParts },
    missing,
    flags,
    questions: [],
    total: totalItem?.price ?? null,
    totalLine: totalItem?.line ?? null,
    sumOfItems,
    difference,
    priceMonth: data.priceIndex.latestMonth,
  };
  result.questions = questionsFor(result, data, audit);
  return result;
}

/**
 * For a technique priced per course (inpatient, coma) whose lines are parts of the course, the
 * stated total (or, without one, nothing) is compared with the course's range: what the lines add
 * up to, travel and lodging left out, or the total itself when no line has a count.
 */
function courseCheck(items: AuditedItem[], data: CostData, audit: AuditData, technique: TechniqueId): void {
  if (data.techniques[technique].pricing !== 'course') return;
  const totals = items.filter((i) => i.kind === 'total' && i.currency === 'USD');
  const total = totals[totals.length - 1];
  if (!total) return;
  if (items.some((i) => i.range && !i.range.each)) return;
  const infusion = audit.categories.find((c) => c.id === 'infusion');
  const r = infusion?.ranges.find((x) => !x.each && (!x.techniques || x.techniques.includes(technique)));
  if (!r) return;
  const range = rangeOf(data, r.figure, false);
  if (!range) return;
  const medical = items.filter((i) => i.kind === 'item' && i.amount !== null && !['lodging', 'travel', 'terms'].includes(i.category ?? ''));
  if (items.some((i) => i.kind === 'item' && i.currency !== 'USD')) return;
  const sum = signedSum(medical);
  const compared = medical.length > 0 ? sum : total.price;
  total.range = range;
  total.compared = compared;
  if (compared.low < range.low) total.flags.push('below-range');
  if (compared.high > range.high) total.flags.push('above-range');
}

function chooseTechnique(lines: { norm: string; text: string }[], w: Words, given: TechniqueId | undefined): AuditResult['technique'] {
  if (given) return { id: given, inferred: false, because: null };
  for (const [id, hints] of [
    ['coma', w.coma],
    ['low-dose-inpatient', w.inpatient],
  ] as const)
    for (const l of lines)
      for (const kw of hints) {
        const m = findAll(l.norm, kw)[0];
        if (m) return { id, inferred: true, because: l.text };
      }
  return { id: 'outpatient', inferred: true, because: null };
}

function chooseTravel(
  lines: { norm: string; text: string }[],
  items: readonly QuoteItem[],
  w: Words,
  technique: TechniqueId,
  given: TravelKind | undefined,
): AuditResult['travel'] {
  if (given) return { kind: given, inferred: false, because: null };
  for (const l of lines) if (mentions(l.norm, w.abroad)) return { kind: 'international', inferred: true, because: l.text };
  const foreign = items.find((i) => i.currency !== 'USD');
  if (foreign) return { kind: 'international', inferred: true, because: foreign.text };
  if (technique === 'coma') return { kind: 'international', inferred: true, because: null };
  return { kind: 'none', inferred: true, because: null };
}

function hasPart(part: AuditData['gfeParts'][number], lines: { norm: string }[], parsed: ParsedQuote, items: readonly AuditedItem[], w: Words): boolean {
  const priced = items.filter((i) => i.kind === 'item');
  const byWords = lines.some((l) => (w.parts.get(part.id) ?? []).some((kw) => findAll(l.norm, kw).length > 0));
  switch (part.computed) {
    case 'itemised':
      return priced.length >= 2;
    case 'service-codes':
      return priced.length > 0 && priced.every((i) => i.codes.length > 0);
    case 'diagnosis-codes':
      return byWords || items.some((i) => i.diagnoses.length > 0) || parsed.notes.some((n) => (n.diagnoses?.length ?? 0) > 0);
    case 'co-providers':
      return byWords || new Set(items.map((i) => i.provider).filter((p) => p !== null)).size >= 2;
    default:
      return byWords;
  }
}

function auditItem(item: QuoteItem, data: CostData, audit: AuditData, technique: TechniqueId, travel: TravelKind): AuditedItem {
  const w = wordsOf(audit);
  let category = item.kind === 'item' ? categoryOf(item.label, item.codes, audit) : null;
  if (category === null && item.kind === 'item') category = w.terms.some((x) => mentions(normalise(item.label), x.keywords)) ? 'terms' : 'other';
  const flags: ItemFlag[] = [];
  const isInfusion = category === 'infusion';
  const usd = item.currency === 'USD';
  const amount = item.kind === 'item' && usd ? wholeAmount(item) : null;
  const out: AuditedItem = { ...item, category, compared: null, range: null, amount, flags };
  if (item.kind !== 'item') return out;
  if (!usd) {
    flags.push('currency');
    return out;
  }
  if (category === 'other') flags.push('other');
  const perSession = data.techniques[technique].pricing === 'per-session';
  const unit = unitPrice(item, audit);

  // The first range of the category whose conditions match.
  const cat = audit.categories.find((c) => c.id === category);
  // A free line is not below any range; an infusion billed by its hour codes (96365, 96366) is a
  // part of an infusion, not one infusion, so no per-infusion range fits it.
  const free = item.price.high === 0;
  const hourly = isInfusion && item.codes.length > 0;
  if (cat && !item.negative && category !== 'discount' && !free && !hourly) {
    for (const r of cat.ranges) {
      if (r.techniques && !r.techniques.includes(technique)) continue;
      if (r.travel && !r.travel.includes(travel)) continue;
      if (r.each) {
        if (r.units && !r.units.includes(unit.unit)) continue;
        out.range = rangeOf(data, r.figure, true);
        out.compared = unit.price;
      } else {
        // The price of a whole course: not for a line of an itemised estimate (it has a service
        // code) nor one priced by the hour; the quote's total is compared instead (courseCheck).
        const whole = wholeAmount(item);
        if (whole === null || item.codes.length > 0 || unit.unit === 'hour') continue;
        out.range = rangeOf(data, r.figure, false);
        out.compared = whole;
      }
      break;
    }
  }

  const series = audit.wholeSeries;
  let wholeSeries = false;
  if (out.range && out.compared) {
    const { low, high } = out.compared;
    if (
      category === series.category &&
      series.techniques.includes(technique) &&
      out.range.figure === series.perInfusion &&
      item.covers === null &&
      item.quantity === null &&
      low > out.range.high * series.factor
    ) {
      const course = rangeOf(data, series.course, false);
      if (course && low >= course.low && high <= course.high) {
        wholeSeries = true;
        flags.push('whole-series');
      }
    }
    if (!wholeSeries) {
      if (low < out.range.low) flags.push('below-range');
      if (high > out.range.high) flags.push('above-range');
    }
  }
  const band = audit.depressionBand;
  if (category === band.category && band.techniques.includes(technique) && out.compared && (item.hours === null || item.hours < 4)) {
    const b = rangeOf(data, band.figure, true);
    if (b && out.range?.each && out.compared.low >= b.low && out.compared.high <= b.high) flags.push('depression-band');
  }
  if (isInfusion && perSession && !wholeSeries && item.quantity === null && item.covers === null && !['course', 'package', 'hour'].includes(unit.unit))
    flags.push('how-many-infusions');
  else if (!isInfusion && category !== 'terms' && item.per !== null && item.quantity === null) flags.push('how-many-units');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Questions

const quotedWords = (s: string) => t.quoted(s);

function questionsFor(r: AuditResult, data: CostData, audit: AuditData): AuditQuestion[] {
  const out: AuditQuestion[] = [];
  const byText = new Map<string, AuditQuestion>();
  const itemAt = new Map(r.items.map((i) => [i.line, i]));
  const month = r.priceMonth;
  const add = (kind: FlagKind, line: number | null, question: string, why: string): number => {
    const q = fillPlaceholders(question, data);
    const y = fillPlaceholders(why, data);
    const same = byText.get(q);
    if (same) {
      if (line !== null && !same.lines.includes(line)) same.lines.push(line);
      return same.n;
    }
    const added = { n: out.length + 1, question: q, why: y, kind, lines: line === null ? [] : [line] };
    out.push(added);
    byText.set(q, added);
    return added.n;
  };
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{([a-z]+)\}/g, (m, name: string) => values[name] ?? m);
  const q = (kind: AuditQuestionKind) => audit.questions[kind];
  // The order questions are asked in: each line's own, then terms and exclusions, the sum, what is missing, the GFE.
  const order: FlagKind[] = [
    'whole-series',
    'how-many-infusions',
    'depression-band',
    'below-range',
    'above-range',
    'how-many-units',
    'other',
    'currency',
    'excluded',
    'terms',
    'arithmetic',
    'missing',
    'not-gfe',
    'gfe-part',
    'abroad',
    'currency-unclear',
  ];
  const sorted = [...r.flags].sort((a, b) => (a.line ?? 1e9) - (b.line ?? 1e9) || order.indexOf(a.kind) - order.indexOf(b.kind));
  const whole = new Set<FlagKind>(['missing', 'not-gfe', 'gfe-part', 'abroad', 'currency-unclear', 'arithmetic']);
  const lineFirst = sorted.filter((f) => !whole.has(f.kind));
  const rest = r.flags.filter((f) => whole.has(f.kind)).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const f of [...lineFirst, ...rest]) {
    const item = f.line === null ? undefined : itemAt.get(f.line);
    const values: Record<string, string> = {};
    if (item) {
      values.item = quotedWords(item.label || item.text);
      values.price = item.per ? `${formatRange(item.price.low, item.price.high)}` : formatRange(item.price.low, item.price.high);
      if (item.compared) values.price = formatRange(item.compared.low, item.compared.high);
      if (item.range) {
        values.low = formatDollars(item.range.low);
        values.high = formatDollars(item.range.high);
        values.years = t.rangeYears(item.range.asOf.from, item.range.asOf.to, month);
      }
      values.unit = item.per === null || item.per === 'each' ? t.unitItem : (audit.units.find((u) => u.id === item.per)?.label ?? item.per);
    }
    switch (f.kind) {
      case 'whole-series': {
        const course = rangeOf(data, audit.wholeSeries.course, false)!;
        const why = fill(q('whole-series').why, { low: formatDollars(course.low), high: formatDollars(course.high) });
        f.question = add(f.kind, f.line, fill(q('whole-series').question, values), why);
        break;
      }
      case 'depression-band': {
        const band = rangeOf(data, audit.depressionBand.figure, true)!;
        const v = { ...values, low: formatDollars(band.low), high: formatDollars(band.high) };
        f.question = add(f.kind, f.line, fill(q('depression-band').question, v), fill(q('depression-band').why, v));
        break;
      }
      case 'below-range':
      case 'above-range':
      case 'how-many-infusions':
      case 'how-many-units':
      case 'other':
      case 'currency':
        f.question = add(f.kind, f.line, fill(q(f.kind).question, values), fill(q(f.kind).why, values));
        break;
      case 'excluded': {
        const v = { quote: quotedWords(f.words ?? '') };
        f.question = add(f.kind, f.line, fill(q('excluded').question, v), fill(q('excluded').why, v));
        break;
      }
      case 'terms': {
        const term = audit.terms.find((x) => x.id === f.id)!;
        const text = fill(term.question, { quote: quotedWords(f.words ?? '') });
        f.question = add(f.kind, f.line, fill(q('terms-in-writing').question, { term: text }), q('terms-in-writing').why);
        break;
      }
      case 'arithmetic': {
        const total = r.total!;
        const v = {
          sum: formatRange(r.sumOfItems.low, r.sumOfItems.high),
          total: formatRange(total.low, total.high),
          difference: formatDollars(Math.abs(r.difference ?? 0)),
        };
        f.question = add(f.kind, f.line, fill(q('arithmetic').question, v), fill(q('arithmetic').why, v));
        break;
      }
      case 'missing': {
        const e = audit.expected.find((x) => x.id === f.id)!;
        f.question = add(f.kind, null, e.question, e.why);
        break;
      }
      case 'not-gfe': {
        const parts = r.gfe.missing.map((id) => audit.gfeParts.find((p) => p.id === id)!.label);
        f.question = add(f.kind, null, fill(q('not-gfe').question, { parts: t.list(parts) }), q('not-gfe').why);
        break;
      }
      case 'gfe-part': {
        const part = audit.gfeParts.find((p) => p.id === f.id)!;
        f.question = add(f.kind, null, fill(q('gfe-part').question, { part: part.question }), q('gfe-part').why);
        break;
      }
      case 'abroad':
      case 'currency-unclear':
        f.question = add(f.kind, null, q(f.kind).question, q(f.kind).why);
        break;
    }
  }
  return out;
}

/** Items added up at the low and high end, a discount (or a negative line) taken off: its high end from the low, its low end from the high. */
function signedSum(items: readonly { negative?: boolean; category: string | null; amount: Price | null }[]): Price {
  return items.reduce<Price>(
    (sum, i) =>
      i.negative || i.category === 'discount'
        ? { low: sum.low - i.amount!.high, high: sum.high - i.amount!.low }
        : { low: sum.low + i.amount!.low, high: sum.high + i.amount!.high },
    { low: 0, high: 0 },
  );
}
