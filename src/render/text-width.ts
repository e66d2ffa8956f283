// East Asian wide and full-width characters take two terminal columns: CJK, Hangul, kana,
// full-width forms and most emoji (Unicode's East Asian Width W and F, in broad ranges).
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];
// Combining marks and format characters (zero-width joiners, variation selectors) take none.
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
// Plain ASCII and Latin text, the common case, is one column a character.
const NARROW_ONLY = /^[\u0020-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** Columns one character (a code point) takes in a terminal: 0, 1 or 2. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (ZERO.test(ch)) return 0;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = WIDE[mid]!;
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return 2;
  }
  return 1;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Columns text takes in a terminal, as people see it (not its length in UTF-16 units or code
 * points): a CJK character is two, an accent that combines with its letter none, colour codes none.
 */
export function textWidth(s: string): number {
  if (NARROW_ONLY.test(s)) return s.length;
  let width = 0;
  for (const ch of s.includes('\u001b') ? s.replace(ANSI, '') : s) width += charWidth(ch);
  return width;
}

/** The longest start of the text that fits in `width` columns; never half a character. */
export function cutToWidth(s: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const w = charWidth(ch);
    if (used + w > width) break;
    used += w;
    end += ch.length;
  }
  return s.slice(0, end);
}

/** The text cut to `width` columns, with the ellipsis at the end when it was cut. */
export function fitToWidth(s: string, width: number, ellipsis: string): string {
  if (textWidth(s) <= width) return s;
  const room = width - textWidth(ellipsis);
  return room <= 0 ? cutToWidth(s, width) : cutToWidth(s, room) + ellipsis;
}
