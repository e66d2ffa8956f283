/** C0 controls, DEL and C1 controls: a terminal may run them (clear screen, set a title, hide text). */
export const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;
// Text direction overrides can make a terminal show text in another order than it is.
const BIDI_ALL = /[\u202a-\u202e\u2066-\u2069]/g;
/** Text direction overrides: a data text may not hold them either. */
export const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

const MAX_SHOWN = 60;

/** A value from the user or a file, made safe to echo: quoted, control characters escaped, long text cut. */
export function shown(value: unknown): string {
  let s = typeof value === 'string' ? value : value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  if (s.length > MAX_SHOWN) s = `${s.slice(0, MAX_SHOWN)}…`;
  const escaped = escapeControls(s);
  return typeof value === 'string' ? `"${escaped}"` : escaped;
}

/** Control and direction characters written as \u escapes, so they print as text instead of acting. */
export function escapeControls(s: string): string {
  return s.replace(CONTROL_ALL, hex).replace(BIDI_ALL, hex);
}

/** JSON text with C1 controls and direction marks escaped too (JSON.stringify escapes only C0). */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, hex);
}

function hex(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
