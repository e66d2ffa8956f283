/** The output formats of `estimate` and `compare`. */
export const FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The end of every switch over formats (output or input, any command): `format` is `never` once
 * every case is handled, so a format added to a union and missed by a switch is a compile-time
 * error here rather than a silent fall-through to another format.
 */
export function unhandledFormat(format: never): never {
  throw new Error(`no case for the format ${String(format)}`);
}
