/** C0 controls, DEL and C1 controls: a terminal may run them (clear screen, set a title, hide text). */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;
// Characters that change how text is shown without being seen: direction marks, embeddings,
// overrides and isolates (text shown in another order than it is), the Arabic letter mark, the
// line and paragraph separators (a line break to a terminal and to some JSON readers), the
// zero-width space and the byte-order mark (a word that looks right and is not).
const INVISIBLE_CLASS = '\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff';
const BIDI_ALL = new RegExp(`[${INVISIBLE_CLASS}]`, 'g');
/** Direction marks and overrides, line separators and other invisible characters: a data text may not hold them either. */
export const BIDI = new RegExp(`[${INVISIBLE_CLASS}]`);
const JSON_UNESCAPED = new RegExp(`[\\u007f-\\u009f${INVISIBLE_CLASS}]`, 'g');
const JSON_UNESCAPED_ONE = new RegExp(`[\\u007f-\\u009f${INVISIBLE_CLASS}]`);
/** The invisible characters above as a regex class body, for renderers that replace them their own way. */
export const INVISIBLE_CHARS = INVISIBLE_CLASS;

const MAX_SHOWN = 60;

/** A value from the user or a file, made safe to echo: quoted, control characters escaped, long text cut. */
export function shown(value: unknown): string {
  let s = typeof value === 'string' ? value : value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  if (s.length > MAX_SHOWN) s = `${s.slice(0, MAX_SHOWN)}…`;
  const escaped = escapeControls(s);
  return typeof value === 'string' ? `"${escaped}"` : escaped;
}

/** Control, direction and other invisible characters written as \u escapes, so they print as text instead of acting. */
export function escapeControls(s: string): string {
  return s.replace(CONTROL_ALL, hex).replace(BIDI_ALL, hex);
}

/** JSON text with C1 controls, direction marks and line separators escaped too (JSON.stringify escapes only C0). */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_UNESCAPED, hex);
}

/** Whether JSON text holds a character escapeJsonText would escape (checked before copying a large text). */
export function needsJsonEscape(json: string): boolean {
  return JSON_UNESCAPED_ONE.test(json);
}

function hex(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
