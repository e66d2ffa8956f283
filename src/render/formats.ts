/** The output formats of `estimate` and `compare`. */
export const FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];
