import type { AuditData } from './data-schema.js';
import { keywords, normalise, findAll, type Keyword } from './audit-lexicon.js';
import { escapeControls } from './escape.js';

/**
 * Reads a clinic's quote, one item a line, as patients have it: a Good Faith Estimate's table, an
 * email, a price page or a text message, in English or Spanish. The last money amount on a line is
 * its price; "x 5", "5 x", "(5)" or "qty 5" its quantity; "per infusion", "/night", "each" its
 * unit; "6 infusions" what a price covers. Dates, times, phone numbers, identifiers, codes, doses,
 * percents and durations are read as what they are, never as money. Pure: no clock, no files.
 */

/** An amount in integer cents: one amount (low = high) or a range. */
export interface Price {
  low: number;
  high: number;
}

export type Currency = 'USD' | 'EUR' | 'MXN';

/** One line of the quote that names a price. */
export interface QuoteItem {
  /** The line number (the item's position for JSON input). */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  kind: 'item' | 'total' | 'subtotal';
  /** The line without its price, quantity and unit: the clinic's own words for the item. */
  label: string;
  /** Per unit when `per` is set, else for the line; a negative (discount) line has `negative`. */
  price: Price;
  negative: boolean;
  quantity: number | null;
  /** A unit id of the data ("infusion", "night"), "each", or null when no unit was written. */
  per: string | null;
  /** What the price covers when the line says so without a unit price: "6 infusions", "5 days". */
  covers: { count: number; unit: string } | null;
  /** Length of each infusion or session, when written ("4 h"). */
  hours: number | null;
  currency: Currency;
  /** A currency was written (US$, USD, MXN, €, pesos…), not only "$" or nothing. */
  currencyWritten: boolean;
  /** Service codes (CPT, HCPCS) and diagnosis codes (ICD-10) written on the line. */
  codes: string[];
  diagnoses: string[];
  provider: string | null;
}

/** A line kept as written: a heading (# …) or a note without an amount, with any codes it holds. */
export interface QuoteNote {
  line: number;
  text: string;
  codes?: string[];
  diagnoses?: string[];
}

// A spreadsheet runs a cell starting with one of these as a formula, even after spaces.
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;

/**
 * The clinic's words made safe to show anywhere: tabs (a pasted table's cells) as " | ", control
 * and direction characters as \u escapes, and text a spreadsheet would run as a formula prefixed with '.
 */
export function clinicText(s: string): string {
  const shown = escapeControls(s.replace(/\t+/g, ' | '));
  return FORMULA.test(shown) ? `'${shown}` : shown;
}

export type UnreadableProblem = 'too-long' | 'too-large' | 'decimals' | 'range-backwards' | 'quantity' | 'amount' | 'record';

/** A line that names something like an amount but cannot be read as one; the rest is still read. */
export interface UnreadableLine {
  line: number;
  text: string;
  problem: UnreadableProblem;
  /** For a CSV or JSON record: the reader's own words. */
  detail?: string;
}

/** Everything read from a quote. */
export interface ParsedQuote {
  headings: QuoteNote[];
  items: QuoteItem[];
  notes: QuoteNote[];
  unreadable: UnreadableLine[];
}

/** The longest line read: a line longer than this is reported, not read. */
export const MAX_QUOTE_LINE = 4000;
/** $10 million, as for every other amount: anything above is a typo. */
export const MAX_QUOTE_CENTS = 1_000_000_000;
const MAX_QUANTITY = 1000;

/** The data's words, normalised once per data file. */
export interface Lexicon {
  units: { id: string; keywords: Keyword[] }[];
  hourUnit: string | null;
  totalHints: Keyword[];
  subtotalHints: Keyword[];
  knownCodes: Set<string>;
}

const lexicons = new WeakMap<object, Lexicon>();

/** The audit data's words for reading lines. */
export function lexicon(audit: AuditData): Lexicon {
  let lex = lexicons.get(audit);
  if (!lex) {
    const units = audit.units.map((u) => ({ id: u.id, keywords: keywords(u.keywords) }));
    lex = {
      units,
      hourUnit: audit.units.find((u) => u.id === 'hour')?.id ?? null,
      totalHints: keywords(audit.totalHints),
      subtotalHints: keywords(audit.subtotalHints),
      knownCodes: new Set(audit.categories.flatMap((c) => c.codes ?? [])),
    };
    lexicons.set(audit, lex);
  }
  return lex;
}

// ---------------------------------------------------------------------------------------------
// Spans that are never money. Each is blanked (same length, so positions hold) before reading.

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|noviembre|diciembre|dic';
const NEVER_MONEY: RegExp[] = [
  /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/giu,
  /\b\d{4}-\d{1,2}-\d{1,2}\b/gu,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/gu,
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'giu'),
  new RegExp(`\\b\\d{1,2}(?:\\s+de)?\\s+(?:${MONTHS})\\.?,?(?:\\s+(?:de|del))?\\s+\\d{4}\\b`, 'giu'),
  new RegExp(`\\b(?:${MONTHS})\\.?(?:\\s+de)?\\s+\\d{4}\\b`, 'giu'),
  /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/giu,
  /\b\d{1,2}\s*[ap]\.?m\.?(?![\p{L}])/giu,
  /(?:\+\d{1,3}[\s.-]?)?(?:\b1[\s.-])?(?:\(\d{3}\)\s*|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b/gu,
  /\b(?:npi|tin|ein|tax\s*id(?:entification)?(?:\s*(?:number|no\.?))?|rfc|nif|cif|identificaci[oó]n\s+fiscal|n[uú]mero\s+fiscal|id\s+fiscal)\s*(?:no\.?|number|n[uú]mero|#)?\s*[:#]?\s*\d[\d-]*/giu,
  /\b\d{2}-\d{7}\b/gu,
  /\b(?:account|acct|invoice|factura|folio|ref(?:erence)?|quote|estimate|cotizaci[oó]n|presupuesto|room|habitaci[oó]n|suite|member|patient|paciente|mrn)\s*(?:no\.|number|n[uú]m(?:ero|\.)|#)\s*:?\s*\d[\d-]*/giu,
  /#\s*\d[\d-]*/gu,
  /\b\d+(?:[.,]\d+)?\s*%/gu,
  /\b\d+(?:[.,]\d+)?\s*(?:mg\/kg\/h(?:r|ora)?|mg\/kg|mg\/h(?:r)?|mcg|µg|mg|ml|cc|kg|lbs?|mmhg)(?![\p{L}])/giu,
  /\b(?:day|days|week|weeks|d[ií]a|d[ií]as|semana|semanas|phase|fase|step|paso|stage|etapa)\s+\d{1,2}(?:\s*(?:-|–|to|a|al|through|y|and)\s*\d{1,2})?\b/giu,
  /\b\d{1,2}(?:st|nd|rd|th|º|°|ª|er|do|ro|to|vo|no)(?![\p{L}])/giu,
];

/** Codes: service codes after a keyword, HCPCS (J3490), ICD-10 with its dot (G90.50); read, then blanked. */
const CODE_AFTER_WORD = /\b(?:cpt|hcpcs|code|codes|c[oó]digo|c[oó]digos)\s*[:#]?\s*((?:[A-Z]?\d{4,5}[A-Z]?)(?:\s*[,/;&]\s*[A-Z]?\d{4,5}[A-Z]?)*)/giu;
const DIAGNOSIS_AFTER_WORD =
  /\b(?:icd-?10(?:-cm)?|cie-?10|dx|diagnosis|diagn[oó]stico)\s*(?:codes?|c[oó]digos?)?\s*[:#]?\s*([A-Z]\d{2}(?:\.?[0-9A-Z]{1,4})?(?:\s*[,/;&]\s*[A-Z]\d{2}(?:\.?[0-9A-Z]{1,4})?)*)/giu;
const HCPCS = /\b[A-V]\d{4}\b/gu;
const ICD10 = /\b[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}\b/gu;
const NDC = /\bndc\s*[:#]?\s*[\d-]+/giu;

function blank(s: string, from: number, to: number): string {
  return s.slice(0, from) + ' '.repeat(to - from) + s.slice(to);
}

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  type: 'num' | 'word' | 'sym';
  text: string;
  start: number;
  end: number;
  /** Normalised word. */
  norm: string;
}

const TOKEN = /(\d[\d.,]*\d|\d)|([\p{L}]+)|(\S)/gu;

function tokenise(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN)) {
    const type = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    out.push({ type, text: m[0], start: m.index!, end: m.index! + m[0].length, norm: type === 'word' ? normalise(m[0]) : m[0] });
  }
  return out;
}

/** A number as written to cents, or why it is not an amount. */
function numberCents(text: string): { cents: number } | { problem: 'decimals' | 'amount' } {
  let whole: string;
  let frac = '';
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    [whole, frac = ''] = text.replaceAll(',', '').split('.') as [string, string?];
  } else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) {
    [whole, frac = ''] = text.replaceAll('.', '').split(',') as [string, string?];
  } else if (/^\d+(\.\d+)?$/.test(text)) {
    [whole, frac = ''] = text.split('.') as [string, string?];
  } else if (/^\d+,\d{1,2}$/.test(text)) {
    [whole, frac = ''] = text.split(',') as [string, string?];
  } else return { problem: 'amount' };
  if (frac.length > 2) return { problem: 'decimals' };
  if (whole.length > 12) return { problem: 'amount' };
  return { cents: Number(whole) * 100 + Number(frac.padEnd(2, '0')) };
}

const CURRENCY_WORDS: Record<string, Currency> = {
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  dolar: 'USD',
  dolares: 'USD',
  dlls: 'USD',
  dls: 'USD',
  dlrs: 'USD',
  mxn: 'MXN',
  peso: 'MXN',
  pesos: 'MXN',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
};

/** A money token: a number with what was written around it. */
interface Money {
  first: number;
  last: number;
  start: number;
  end: number;
  price: Price | null;
  problem: UnreadableProblem | null;
  currency: Currency | null;
  dollarSign: boolean;
  negative: boolean;
  bare: boolean;
  plainInteger: number | null;
}

const QUANTITY_WORDS = new Set(['qty', 'quantity', 'units', 'cant', 'cantidad', 'unidades']);
const RANGE_WORDS = new Set(['to', 'a', 'hasta', 'through']);
const EACH_WORDS = new Set(['each', 'ea', 'apiece', 'cada']);
const PER_WORDS = new Set(['per', 'por', 'cada', 'al', 'a', 'an', 'the']);
const DASHES = new Set(['-', '–', '—', '−']);
const NOT_COUNTED = new Set(['week', 'month', 'course', 'package']);

/** Reads one line of text; null for a line that is only decoration (a Markdown rule, dashes). */
export function readLine(
  lineNo: number,
  written: string,
  lex: Lexicon,
): { item: QuoteItem } | { note: QuoteNote } | { heading: QuoteNote } | { unreadable: UnreadableLine } | null {
  const text = written.trim();
  if (text === '') return null;
  if (written.length > MAX_QUOTE_LINE) return { unreadable: { line: lineNo, text: `${clinicText(text.slice(0, 200))}…`, problem: 'too-long' } };
  if (text.startsWith('#')) {
    const heading = text.replace(/^#+\s*/, '');
    return heading === '' ? null : { heading: { line: lineNo, text: clinicText(heading) } };
  }
  if (/^[\s|:\-=_*+.~·•—–]+$/u.test(text)) return null;

  // A list marker is not part of the item: "- Labs 120", "1. Labs 120", "• Labs 120".
  let body = text.replace(/^(?:[-*•·–—]+|\d{1,2}[.)])\s+/u, '');
  const offset = text.length - body.length;
  body = text.slice(offset);

  const codes: string[] = [];
  const diagnoses: string[] = [];
  let masked = body;
  const addCode = (c: string, to: string[]) => {
    const code = c.toUpperCase();
    if (!to.includes(code)) to.push(code);
  };
  for (const m of masked.matchAll(DIAGNOSIS_AFTER_WORD)) {
    for (const c of m[1]!.split(/\s*[,/;&]\s*/)) addCode(c, diagnoses);
    masked = blank(masked, m.index!, m.index! + m[0].length);
  }
  for (const m of masked.matchAll(CODE_AFTER_WORD)) {
    for (const c of m[1]!.split(/\s*[,/;&]\s*/)) addCode(c, codes);
    masked = blank(masked, m.index!, m.index! + m[0].length);
  }
  for (const re of [NDC]) for (const m of masked.matchAll(re)) masked = blank(masked, m.index!, m.index! + m[0].length);
  for (const m of masked.matchAll(ICD10)) {
    addCode(m[0], diagnoses);
    masked = blank(masked, m.index!, m.index! + m[0].length);
  }
  for (const m of masked.matchAll(HCPCS)) {
    addCode(m[0], codes);
    masked = blank(masked, m.index!, m.index! + m[0].length);
  }
  for (const re of NEVER_MONEY) for (const m of masked.matchAll(re)) masked = blank(masked, m.index!, m.index! + m[0].length);

  const tokens = tokenise(masked);
  const used = new Array<boolean>(tokens.length).fill(false);
  const removed: [number, number][] = [];
  const unitOf = (t: Token | undefined): string | null => (t && t.type === 'word' ? unitId(t.norm, lex) : null);

  // Known service codes written bare (a GFE table's "96365" column), and a table cell holding a
  // revenue code ("0110").
  const tableRow = /[|\t]/.test(body);
  tokens.forEach((t, i) => {
    if (t.type !== 'num' || isDollar(tokens, i)) return;
    if ((/^\d{5}$/.test(t.text) && lex.knownCodes.has(t.text)) || (tableRow && /^0\d{3}$/.test(t.text))) {
      addCode(t.text, codes);
      used[i] = true;
    }
  });

  // Numbers with what is written around them.
  const money: Money[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'num' || used[i]) continue;
    const m = moneyAt(tokens, i, used);
    if (m) {
      money.push(m);
      i = m.last;
    }
  }

  // Quantities: "x 5", "5 x", "qty 5", "(5)", each an integer without a currency.
  let quantity: number | null = null;
  let quantityProblem = false;
  const asQuantity = (m: Money | undefined): number | null =>
    m && !m.dollarSign && m.currency === null && !m.negative && m.plainInteger !== null && m.price?.low === m.price?.high ? m.plainInteger : null;
  const takeQuantity = (m: Money, extra: [number, number]) => {
    const n = m.plainInteger!;
    if (n < 1 || n > MAX_QUANTITY) quantityProblem = true;
    else quantity = n;
    money.splice(money.indexOf(m), 1);
    removed.push([Math.min(m.start, extra[0]), Math.max(m.end, extra[1])]);
  };
  const moneyEndingAt = (tokenIndex: number) => money.find((m) => m.last === tokenIndex);
  const moneyStartingAt = (tokenIndex: number) => money.find((m) => m.first === tokenIndex);
  for (let i = 0; i < tokens.length && quantity === null; i++) {
    const t = tokens[i]!;
    const isX = (t.type === 'word' && (t.norm === 'x' || t.text === '×')) || t.text === '×' || t.text === '*';
    if (!isX || used[i]) continue;
    // Skip a unit word between the number and the sign: "5 infusions x $1,000", "$1,000 x 5 infusions".
    let left = i - 1;
    if (unitOf(tokens[left]) && tokens[left - 1]?.type === 'num') left--;
    const right = i + 1;
    const before = moneyEndingAt(left);
    const after = moneyStartingAt(right);
    const qBefore = asQuantity(before);
    const qAfter = asQuantity(after);
    if (t.text === '*' && (qBefore === null || after === undefined) && (qAfter === null || before === undefined)) continue;
    let pick: Money | undefined;
    if (qBefore !== null && qAfter !== null) pick = qBefore <= qAfter ? before : after;
    else if (qAfter !== null) pick = after;
    else if (qBefore !== null) pick = before;
    if (!pick) continue;
    used[i] = true;
    takeQuantity(pick, [t.start, t.end]);
    // "x 5 infusions": the unit word belongs to the quantity.
    const unitAfter = pick === after ? tokens[pick.last + 1] : undefined;
    if (unitOf(unitAfter)) removed.push([unitAfter!.start, unitAfter!.end]);
  }
  for (let i = 0; i < tokens.length && quantity === null; i++) {
    const t = tokens[i]!;
    if (t.type === 'word' && QUANTITY_WORDS.has(t.norm)) {
      let j = i + 1;
      while (tokens[j]?.type === 'sym' && (tokens[j]!.text === ':' || tokens[j]!.text === '.' || tokens[j]!.text === '=')) j++;
      const m = moneyStartingAt(j);
      if (asQuantity(m) !== null) takeQuantity(m!, [t.start, t.end]);
    }
  }
  for (let i = 0; i < tokens.length && quantity === null; i++) {
    const t = tokens[i]!;
    if (t.text === '(' && tokens[i + 2]?.text === ')') {
      const m = moneyStartingAt(i + 1);
      if (asQuantity(m) !== null && m!.last === i + 1) takeQuantity(m!, [t.start, tokens[i + 2]!.end]);
    }
  }
  // A table row (cells between | or tabs): a cell holding only a small whole number is the quantity.
  if (quantity === null && tableRow) {
    const cells = [...body.matchAll(/[^|\t]+/g)].map((c) => ({ text: c[0].trim(), start: c.index!, end: c.index! + c[0].length }));
    if (cells.length >= 3) {
      const last = money[money.length - 1];
      for (const m of money) {
        if (m === last || asQuantity(m) === null) continue;
        if (cells.some((c) => c.text === masked.slice(m.start, m.end).trim() && c.start <= m.start && m.end <= c.end)) {
          takeQuantity(m, [m.start, m.end]);
          break;
        }
      }
    }
  }

  // Counts and durations: "6 infusions", "5-day", "14 nights", "4 h".
  let covers: { count: number; unit: string } | null = null;
  let hours: number | null = null;
  for (const m of [...money]) {
    if (asQuantity(m) === null) continue;
    let j = m.last + 1;
    if (tokens[j] && DASHES.has(tokens[j]!.text) && tokens[j]!.start === tokens[m.last]!.end) j++;
    const unit = unitOf(tokens[j]);
    if (!unit) continue;
    // "per hour", "/night" after a number are the price's unit, not a count.
    if (tokens[m.last + 1]?.text === '/') continue;
    money.splice(money.indexOf(m), 1);
    if (unit === lex.hourUnit) hours ??= m.plainInteger;
    // "2 weeks after", "12-month minimum": a time, not what a price covers.
    else if (!NOT_COUNTED.has(unit)) covers ??= { count: m.plainInteger!, unit };
  }
  // A decimal duration ("4.5 h") is not an integer count.
  for (const m of [...money]) {
    const unit = unitOf(tokens[m.last + 1]);
    if (unit === lex.hourUnit && m.currency === null && !m.dollarSign && m.price && m.price.low === m.price.high && m.price.low < 10000) {
      money.splice(money.indexOf(m), 1);
      hours ??= m.price.low / 100;
    }
  }

  // The unit of the price: "per infusion", "/night", "a night" (right after an amount), "each", "c/u".
  let per: string | null = null;
  for (let i = 0; i < tokens.length && per === null; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.type === 'word' && EACH_WORDS.has(t.norm) && !(t.norm === 'cada' && unitOf(next))) {
      // "cada uno", "cada una": each.
      const end = next && (next.norm === 'uno' || next.norm === 'una') ? next.end : t.end;
      per = 'each';
      removed.push([t.start, end]);
    } else if (t.type === 'word' && t.norm === 'c' && next?.text === '/' && tokens[i + 2]?.norm === 'u') {
      per = 'each';
      removed.push([t.start, tokens[i + 2]!.end]);
    } else if ((t.type === 'word' && PER_WORDS.has(t.norm)) || t.text === '/') {
      const unit = unitOf(next);
      if (!unit) continue;
      // "a" and "an" only right after an amount: "$150 a night".
      if ((t.norm === 'a' || t.norm === 'an' || t.norm === 'the') && !money.some((m) => m.last === i - 1)) continue;
      per = unit;
      removed.push([t.start, next!.end]);
    } else if (
      t.type === 'word' &&
      /^(daily|nightly|hourly|weekly|monthly|diario|diaria|semanal|mensual)$/.test(t.norm) &&
      money.some((m) => m.last === i - 1)
    ) {
      per = unitOf(t);
      removed.push([t.start, t.end]);
    }
  }

  // Bare small numbers inside text are words ("phase 2 infusions"), not prices.
  const candidates = money.filter(
    (m, k) => !(m.bare && m.plainInteger !== null && m.plainInteger < 10 && k < money.length - 1 && tokens[m.last + 1]?.type === 'word'),
  );
  const priceToken = candidates[candidates.length - 1];
  if (!priceToken) return { note: { line: lineNo, text: clinicText(body), codes, diagnoses } };
  if (priceToken.problem) return { unreadable: { line: lineNo, text: clinicText(text), problem: priceToken.problem } };
  if (quantityProblem) return { unreadable: { line: lineNo, text: clinicText(text), problem: 'quantity' } };
  removed.push([priceToken.start, priceToken.end]);

  // "14 nights at $150 a night": the count is the quantity.
  if (per !== null && covers !== null && covers.unit === per && quantity === null) {
    quantity = covers.count;
    covers = null;
  }
  if (per !== null && covers !== null && quantity === null && per === 'each') {
    quantity = covers.count;
    per = covers.unit;
    covers = null;
  }

  const currencyWords = tokens.filter((t) => t.type === 'word' && CURRENCY_WORDS[t.norm]).map((t) => CURRENCY_WORDS[t.norm]!);
  const currency = priceToken.currency ?? currencyWords.find((c) => c !== 'USD') ?? (currencyWords.length > 0 ? 'USD' : null);
  const label = labelOf(body, removed);
  const norm = normalise(label);
  const kind = startsWithAny(norm, lex.subtotalHints) ? 'subtotal' : startsWithAny(norm, lex.totalHints) ? 'total' : 'item';
  return {
    item: {
      line: lineNo,
      text: clinicText(text),
      kind,
      label: clinicText(label),
      price: priceToken.price!,
      negative: priceToken.negative,
      quantity,
      per,
      covers,
      hours,
      currency: currency ?? 'USD',
      currencyWritten: currency !== null,
      codes,
      diagnoses,
      provider: null,
    },
  };
}

function startsWithAny(norm: string, hints: readonly Keyword[]): boolean {
  return hints.some((h) => findAll(norm, h).some((m) => m.start === 0));
}

/** The unit id a word names, from the data's unit words (both languages). */
export function unitId(norm: string, lex: Lexicon): string | null {
  for (const u of lex.units) for (const k of u.keywords) if (k.words === norm) return u.id;
  for (const u of lex.units) for (const k of u.keywords) if (k.words.length >= 4 && !k.words.includes(' ') && norm.startsWith(k.words)) return u.id;
  return null;
}

function isDollar(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.text === '$' || prev.text === '€') && prev.end === tokens[i]!.start;
}

/** The money token starting at a number: its currency, sign, and a range "650-800" or "650 to 800". */
function moneyAt(tokens: Token[], i: number, used: boolean[]): Money | null {
  let first = i;
  let start = tokens[i]!.start;
  let dollarSign = false;
  let currency: Currency | null = null;
  let negative = false;
  // Before the number: $, US$, MX$, €, USD, and a minus sign stuck to it.
  const prefix = (k: number): number => {
    let j = k - 1;
    const t = tokens[j];
    if (!t) return k;
    if (t.text === '$' || t.text === '€') {
      dollarSign ||= t.text === '$';
      if (t.text === '€') currency = 'EUR';
      const before = tokens[j - 1];
      if (before?.type === 'word' && (before.norm === 'us' || before.norm === 'mx') && before.end === t.start) {
        currency = before.norm === 'us' ? 'USD' : 'MXN';
        j--;
      }
      return j;
    }
    if (t.type === 'word' && CURRENCY_WORDS[t.norm] && (t.norm === 'usd' || t.norm === 'mxn' || t.norm === 'eur')) {
      currency = CURRENCY_WORDS[t.norm]!;
      return j;
    }
    return k;
  };
  first = prefix(first);
  const minus = tokens[first - 1];
  if (minus && DASHES.has(minus.text) && minus.end === tokens[first]!.start && tokens[first - 2]?.type !== 'num') {
    negative = true;
    first--;
  }
  // Accounting style: ($500).
  if (tokens[first - 1]?.text === '(' && dollarSign) {
    const close = tokens[i + 1];
    if (close?.text === ')') negative = true;
  }
  start = tokens[first]!.start;
  const low = numberCents(tokens[i]!.text);
  let last = i;
  let high = low;
  // After the number: a currency word, then maybe a range.
  const suffix = (k: number): number => {
    const t = tokens[k + 1];
    if (t && ((t.type === 'word' && CURRENCY_WORDS[t.norm]) || t.text === '€')) {
      currency = t.text === '€' ? 'EUR' : CURRENCY_WORDS[t.norm]!;
      return k + 1;
    }
    return k;
  };
  last = suffix(last);
  const sep = tokens[last + 1];
  if (sep && (DASHES.has(sep.text) || (sep.type === 'word' && RANGE_WORDS.has(sep.norm)))) {
    let j = last + 2;
    const second = tokens[j]?.text === '$' || tokens[j]?.text === '€' ? j + 1 : j;
    if (tokens[second]?.type === 'num' && !used[second]) {
      const h = numberCents(tokens[second]!.text);
      const lowIsMoney = 'cents' in low;
      if (lowIsMoney && 'cents' in h) {
        high = h;
        j = suffix(second);
        last = j;
        if (tokens[second - 1]?.text === '$') dollarSign = true;
      }
    }
  }
  const end = tokens[last]!.end;
  const bare = !dollarSign && currency === null;
  // A whole number that may be a count; a leading zero makes it a code ("0110", a revenue code).
  const plain = /^(?:0|[1-9]\d{0,3})$/.test(tokens[i]!.text) && last === i ? Number(tokens[i]!.text) : null;
  let problem: UnreadableProblem | null = null;
  let price: Price | null = null;
  if ('problem' in low) problem = low.problem;
  else if ('problem' in high) problem = high.problem;
  else {
    price = { low: low.cents, high: high.cents };
    if (price.high > MAX_QUOTE_CENTS || price.low > MAX_QUOTE_CENTS) problem = 'too-large';
    else if (price.low > price.high) problem = 'range-backwards';
  }
  return { first, last, start, end, price, problem, currency, dollarSign, negative, bare, plainInteger: plain };
}

/** The line without the spans read as price, quantity and unit, tidied: the clinic's words for the item. */
function labelOf(body: string, removed: readonly [number, number][]): string {
  let s = body;
  for (const [from, to] of [...removed].sort((a, b) => b[0] - a[0])) s = `${s.slice(0, from)} ${s.slice(to)}`;
  // A table row keeps its cells that still hold words.
  if (/[|\t]/.test(s))
    s = s
      .split(/[|\t]/)
      .map((c) => c.trim())
      .filter((c) => c !== '')
      .join(' | ');
  return s
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*(?:[|:=@~….!?]|-{1,}|–|—|\b(?:at|a|of|de|por|per|for|is|are|es|son|cost|costs|cuesta|cuestan|sale|salen|en)\b))+\s*$/iu, '')
    .replace(/^\s*(?:[|:~…]|-+|–|—)+\s*/u, '')
    .replace(/[\s,;]+$/u, '')
    .trim();
}

/** Reads a whole quote written as text, one item a line. */
export function parseQuoteText(text: string, audit: AuditData): ParsedQuote {
  const lex = lexicon(audit);
  const out: ParsedQuote = { headings: [], items: [], notes: [], unreadable: [] };
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    const r = readLine(i + 1, line, lex);
    if (!r) return;
    if ('item' in r) out.items.push(r.item);
    else if ('note' in r) out.notes.push(r.note);
    else if ('heading' in r) out.headings.push(r.heading);
    else out.unreadable.push(r.unreadable);
  });
  return out;
}

/** One item given as fields (a CSV row or a JSON item): the same reading of its amount as a text line. */
export interface ItemFields {
  line: number;
  /** The record as written, for messages. */
  text: string;
  label: string;
  amount: string | number | null;
  quantity: string | number | null;
  unit: string | null;
  code: string | null;
  provider: string | null;
}

/** Reads items given as fields; each amount is read as a text line's would be. */
export function readFields(f: ItemFields, audit: AuditData): { item: QuoteItem } | { note: QuoteNote } | { unreadable: UnreadableLine } {
  const lex = lexicon(audit);
  const label = f.label.trim();
  const amountText = f.amount === null ? '' : typeof f.amount === 'number' ? amountFromNumber(f.amount) : f.amount.trim();
  const text = clinicText(f.text);
  if (amountText === null) return { unreadable: { line: f.line, text, problem: 'amount' } };
  if (amountText === '') return { note: { line: f.line, text: clinicText(label) } };
  // The amount alone, as a line: its price, currency and unit ("650-800 per infusion").
  const read = readLine(f.line, amountText, lex);
  if (!read || !('item' in read)) {
    if (read && 'unreadable' in read) return { unreadable: { ...read.unreadable, text } };
    return { unreadable: { line: f.line, text, problem: 'amount' } };
  }
  // The label, as a line: what it covers, its hours and codes (a price written in it is not used).
  const fromLabel = readLine(f.line, `${label} 0`, lex);
  const described = fromLabel && 'item' in fromLabel ? fromLabel.item : null;
  let quantity: number | null = read.item.quantity;
  if (f.quantity !== null && String(f.quantity).trim() !== '') {
    const q = typeof f.quantity === 'number' ? f.quantity : /^\s*\d+\s*$/.test(f.quantity) ? Number(f.quantity) : Number.NaN;
    if (!Number.isInteger(q) || q < 1 || q > MAX_QUANTITY) return { unreadable: { line: f.line, text, problem: 'quantity' } };
    quantity = q;
  }
  const unitWord = f.unit?.trim() ?? '';
  const per = unitWord === '' ? read.item.per : (unitId(normalise(unitWord.replace(/^(per|por|each|cada)\s+/i, '')), lex) ?? 'each');
  const codes = [...read.item.codes, ...(described?.codes ?? [])];
  const diagnoses = [...read.item.diagnoses, ...(described?.diagnoses ?? [])];
  for (const c of (f.code ?? '').split(/[\s,;/]+/).filter(Boolean)) {
    const code = c.toUpperCase();
    const list = /^[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}$/.test(code) ? diagnoses : codes;
    if (!list.includes(code)) list.push(code);
  }
  const norm = normalise(label);
  const kind = startsWithAny(norm, lex.subtotalHints) ? 'subtotal' : startsWithAny(norm, lex.totalHints) ? 'total' : 'item';
  const provider = f.provider?.trim() ? clinicText(f.provider.trim()) : null;
  return {
    item: {
      ...read.item,
      text,
      kind,
      label: clinicText(label),
      quantity,
      per,
      covers: described?.covers ?? null,
      hours: described?.hours ?? null,
      codes,
      diagnoses,
      provider,
    },
  };
}

/** A JSON number of dollars as text; null when it is not a finite amount of at most 2 decimals. */
function amountFromNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const cents = Math.round(n * 100);
  if (Math.abs(n * 100 - cents) > 1e-6) return null;
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
