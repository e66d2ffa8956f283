import { escapeJsonText } from './escape.js';
import { text } from './text.js';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const ARRAY = 0;
const OBJECT = 1;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const ESCAPES = new Set([...'"\\/bfnrt'].map((c) => c.charCodeAt(0)));
const LITERALS: Record<string, string> = { t: 'true', f: 'false', n: 'null' };

/**
 * Where JSON text (RFC 8259) first goes wrong: the index of the first character that cannot be
 * there, the text's length when it ends too soon, or null when it is valid JSON. Read without
 * recursion, so no depth of nesting can overflow the stack.
 */
export function jsonErrorIndex(s: string): number | null {
  const n = s.length;
  let i = 0;
  const containers: number[] = [];
  const skipSpace = () => {
    for (let c = s.charCodeAt(i); c === SPACE || c === TAB || c === LF || c === CR; c = s.charCodeAt(++i));
  };

  /** A string from its opening quote; null once read, else where it goes wrong. */
  const string = (): number | null => {
    i++;
    for (;;) {
      if (i >= n) return n;
      const c = s.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        return null;
      }
      if (c < SPACE) return i;
      i++;
      if (c !== BACKSLASH) continue;
      if (i >= n) return n;
      const e = s.charCodeAt(i);
      if (ESCAPES.has(e)) i++;
      else if (e === 0x75 /* u */) {
        i++;
        for (let k = 0; k < 4; k++, i++) {
          if (i >= n) return n;
          if (!isHex(s.charCodeAt(i))) return i;
        }
      } else return i;
    }
  };

  /** A number; null once read, else where it goes wrong. */
  const number = (): number | null => {
    if (s.charCodeAt(i) === MINUS) i++;
    if (i >= n) return n;
    if (s.charCodeAt(i) === 0x30) i++;
    else if (isDigit(s.charCodeAt(i))) while (isDigit(s.charCodeAt(i))) i++;
    else return i;
    for (const [mark, sign] of [
      [DOT, false],
      [0x65 /* e */, true],
    ] as const) {
      const c = s.charCodeAt(i);
      if (c !== mark && !(sign && c === 0x45) /* E */) continue;
      i++;
      if (sign && (s.charCodeAt(i) === PLUS || s.charCodeAt(i) === MINUS)) i++;
      if (i >= n) return n;
      if (!isDigit(s.charCodeAt(i))) return i;
      while (isDigit(s.charCodeAt(i))) i++;
    }
    return null;
  };

  /** An object's key and its colon; null once read, else where it goes wrong. */
  const key = (): number | null => {
    skipSpace();
    if (i >= n) return n;
    if (s.charCodeAt(i) !== QUOTE) return i;
    const bad = string();
    if (bad !== null) return bad;
    skipSpace();
    if (i >= n) return n;
    if (s.charCodeAt(i) !== COLON) return i;
    i++;
    return null;
  };

  for (;;) {
    // A value.
    skipSpace();
    if (i >= n) return n;
    const c = s.charCodeAt(i);
    let bad: number | null = null;
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      i++;
      skipSpace();
      if (s.charCodeAt(i) === (c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) i++;
      else {
        containers.push(c === OPEN_OBJECT ? OBJECT : ARRAY);
        if (c === OPEN_OBJECT && (bad = key()) !== null) return bad;
        continue;
      }
    } else if (c === QUOTE) bad = string();
    else if (c === MINUS || isDigit(c)) bad = number();
    else {
      const word = LITERALS[s[i]!];
      if (word === undefined) return i;
      for (let k = 0; k < word.length; k++, i++) {
        if (i >= n) return n;
        if (s[i] !== word[k]) return i;
      }
    }
    if (bad !== null) return bad;
    // What may follow a value: the end, a comma or the close of its container.
    for (;;) {
      skipSpace();
      if (containers.length === 0) return i < n ? i : null;
      if (i >= n) return n;
      const next = s.charCodeAt(i);
      const inside = containers[containers.length - 1];
      if (next === COMMA) {
        i++;
        if (inside === OBJECT && (bad = key()) !== null) return bad;
        break;
      }
      if (next !== (inside === OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) return i;
      i++;
      containers.pop();
    }
  }
}

/**
 * Why text is not JSON, in the run's language, at a line and column: the same words on every Node
 * version, and nothing of the text itself but the one character. Null when the text is JSON.
 */
export function jsonProblem(s: string): string | null {
  const at = jsonErrorIndex(s);
  if (at === null) return null;
  const where = whereIn(s, at);
  if (at >= s.length) return text.jsonEndsEarly(where);
  const found = String.fromCodePoint(s.codePointAt(at)!);
  // An invisible byte-order mark (a second one, or one inside the text) is named, not shown.
  if (found === '\ufeff') return text.jsonByteOrderMark(where);
  // A quote is shown between single quotes: "\"" would puzzle more than it tells.
  return text.jsonUnexpected(found === '"' ? `'"'` : escapeJsonText(JSON.stringify(found)), where);
}

/** "line 3, column 5" (or "column 5" in one-line text) for an index into the text. */
function whereIn(s: string, at: number): string {
  const lineStart = s.lastIndexOf('\n', at - 1) + 1;
  const column = at - lineStart + 1;
  return lineStart === 0 && !s.includes('\n', at) ? text.jsonColumn(column) : text.jsonLineColumn(lineCount(s, lineStart), column);
}

/**
 * The first key given twice in one object of valid JSON text (JSON.parse silently keeps the last),
 * with where it is, in the run's language; null when every key is given once. Keys are compared
 * as read, so "a" and "\u0061" are the same key.
 */
export function jsonDuplicateKey(s: string): string | null {
  const objects: (Set<string> | null)[] = [];
  let wantKey = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const k = s.charCodeAt(i);
        if (k === QUOTE) break;
        if (k === BACKSLASH) {
          escaped = true;
          i++;
        }
      }
      if (!wantKey) continue;
      wantKey = false;
      const key = escaped ? (JSON.parse(s.slice(start, i + 1)) as string) : s.slice(start + 1, i);
      const keys = objects[objects.length - 1]!;
      if (keys.has(key)) return text.jsonDuplicateKey(escapeJsonText(JSON.stringify(key)), whereIn(s, start));
      keys.add(key);
    } else if (c === OPEN_OBJECT) {
      objects.push(new Set());
      wantKey = true;
    } else if (c === OPEN_ARRAY) objects.push(null);
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) objects.pop();
    else if (c === COMMA) wantKey = objects[objects.length - 1] !== null;
  }
  return null;
}

/**
 * Whether valid JSON text may give a key twice, cheaply, for the many short lines of a batch: each
 * key is followed by one colon, so text with no more colons than the parsed value has keys gives
 * each key once. Only the rest (a colon inside a string, or a key given twice) is read in full.
 */
export function mayRepeatKeys(s: string, value: unknown): boolean {
  let colons = 0;
  for (let i = s.indexOf(':'); i !== -1; i = s.indexOf(':', i + 1)) colons++;
  return colons > 0 && colons !== keyCount(value);
}

function keyCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) for (const v of value) n += keyCount(v);
  else
    for (const k in value) {
      n++;
      n += keyCount((value as Record<string, unknown>)[k]);
    }
  return n;
}

function lineCount(s: string, end: number): number {
  let lines = 1;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) lines++;
  return lines;
}
