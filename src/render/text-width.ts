const ANSI = /\u001b\[[0-9;]*m/g;
const PLAIN = /^[\x20-\x7e]*$/;
// Marks that sit on the letter before them, and zero-width joiners and spaces: no column of their own.
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;

/** East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms) and emoji: two columns each. */
function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Columns one character takes in a terminal. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (ZERO.test(ch)) return 0;
  return wide(cp) ? 2 : 1;
}

/**
 * Columns a text takes in a terminal, as people see it: a CJK character is two, an accent that
 * combines with its letter none, colour codes none. Plain ASCII, the common case, is its length.
 */
export function displayWidth(s: string): number {
  if (PLAIN.test(s)) return s.length;
  let w = 0;
  for (const ch of s.replace(ANSI, '')) w += charWidth(ch);
  return w;
}

/** The longest start of `s` that fits `width` columns, never splitting a character. */
export function sliceToWidth(s: string, width: number): string {
  if (PLAIN.test(s)) return s.slice(0, Math.max(0, width));
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width) break;
    w += cw;
    out += ch;
  }
  return out;
}
