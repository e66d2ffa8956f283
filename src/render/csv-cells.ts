// Spreadsheets run a cell as a formula when it starts with one of these, even after spaces or line breaks.
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
// Control characters other than tab and line breaks have no place in a cell: written as \u escapes.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

// Words, numbers and ids made of these need nothing done: the commonest cells, let through at once
// (test/render/csv-cells.test.ts holds this shortcut to the whole rule, safeTextCell).
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_.:/ -]*$/;

/** A text cell made safe for a spreadsheet: formula-like text prefixed with ', quoted per RFC 4180 when needed. */
export function textCell(text: string): string {
  return PLAIN.test(text) ? text : safeTextCell(text);
}

/** The whole rule of textCell, without its shortcut for plain words. */
export function safeTextCell(text: string): string {
  let s = text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV record with a CRLF line end: numbers as plain numbers, text cells made safe; null is an empty cell. */
export function csvRecord(cells: readonly (string | number | null)[]): string {
  // Joined once rather than added cell by cell: one string, not a chain of pieces for each cell.
  const parts = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    parts[i] = c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : textCell(c);
  }
  return `${parts.join(',')}\r\n`;
}
