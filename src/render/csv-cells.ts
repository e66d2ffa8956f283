import { INVISIBLE_CHARS } from '../core/escape.js';
// Spreadsheets run a cell as a formula when it starts with one of these, even after spaces or line breaks.
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
// Control characters other than tab and line breaks, and invisible ones (direction marks, line
// separators), have no place in a cell: written as \u escapes.
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${INVISIBLE_CHARS}]`, 'g');

// Words, numbers and ids made of these need nothing done: the commonest cells, copied at once by
// csvRecordInto (test/render/csv-cells.test.ts holds this shortcut to the whole rule, textCell).
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_.:/ -]*$/;

/** A text cell made safe for a spreadsheet: control characters escaped, formula-like text prefixed with ', quoted per RFC 4180 when needed. */
export function textCell(text: string): string {
  let s = text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV record with a CRLF line end: numbers as plain numbers, text cells made safe; null is an empty cell. */
export function csvRecord(cells: readonly (string | number | null)[]): string {
  const bytes = Buffer.allocUnsafe(csvRecordMaxBytes(cells));
  return bytes.toString('utf8', 0, csvRecordInto(cells, bytes, 0));
}

/**
 * The most bytes csvRecordInto can write for these cells: a text unit takes at most 6 (a control
 * character as \uXXXX), and a text cell 3 more (a formula's ' and two quotes); a number at most 25.
 */
export function csvRecordMaxBytes(cells: readonly (string | number | null)[]): number {
  let n = 2;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    n += 1 + (typeof c === 'string' ? c.length * 6 + 3 : MAX_NUMBER_CHARS);
  }
  return n;
}

// String(n) of any number is at most 25 characters ("-1.2345678901234567e-308").
const MAX_NUMBER_CHARS = 25;
const COMMA = 44;

/**
 * Writes one CSV record, as UTF-8, into `bytes` at `at` (room for csvRecordMaxBytes is the caller's
 * to give), and returns where it ends. Batch output writes its rows this way, straight into the
 * chunk that goes out, without building a string for each row first.
 */
export function csvRecordInto(cells: readonly (string | number | null)[], bytes: Buffer, at: number): number {
  let pos = at;
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) bytes[pos++] = COMMA;
    const c = cells[i];
    if (c === null || c === undefined) continue;
    if (typeof c === 'number') pos = numberInto(c, bytes, pos);
    // PLAIN text is ASCII only: a byte for each character.
    else if (PLAIN.test(c)) for (let j = 0; j < c.length; j++) bytes[pos++] = c.charCodeAt(j);
    else pos += bytes.write(textCell(c), pos, 'utf8');
  }
  bytes[pos++] = 13;
  bytes[pos++] = 10;
  return pos;
}

/** String(n) written as bytes: whole numbers below a billion digit by digit (the commonest cells), others through String. */
function numberInto(n: number, bytes: Buffer, at: number): number {
  if (!(n >= 0 && n < 1e9 && (n | 0) === n)) return at + bytes.write(String(n), at, 'latin1');
  const end = at + (n < 10 ? 1 : n < 100 ? 2 : n < 1e3 ? 3 : n < 1e4 ? 4 : n < 1e5 ? 5 : n < 1e6 ? 6 : n < 1e7 ? 7 : n < 1e8 ? 8 : 9);
  let p = end;
  let rest = n;
  do {
    const q = (rest / 10) | 0;
    bytes[--p] = 48 + rest - q * 10;
    rest = q;
  } while (rest > 0);
  return end;
}
