import { PRICE_BASES } from '../core/price-index.js';
import type { FLAG_FIELDS } from '../core/scenario-fields.js';

/**
 * An option as a table row: commander's flags string (`-f, --format <format>`, `--no-color`) and
 * its English help. commander builds the options from these rows, and so does the plain-line
 * reader that runs a plain `estimate` without loading commander (plain-args.ts).
 */
export interface OptionSpec {
  flags: string;
  help: string;
}

/** Options every command takes, declared on the program. */
export const GLOBAL_OPTIONS = [
  { flags: '--no-color', help: 'plain text without colour (NO_COLOR=1 does the same)' },
  { flags: '--debug', help: 'show a stack trace for unexpected errors (DEBUG=1 does the same)' },
  {
    flags: '--ascii',
    help: 'plain ASCII output for screen readers and old terminals: table borders, bars and charts, and letters without accents (also chosen when TERM=dumb)',
  },
  { flags: '--lang <code>', help: 'language: en (English) or es (Spanish); without it, from LC_ALL, LC_MESSAGES or LANG (es_* is Spanish)' },
] as const satisfies readonly OptionSpec[];

/** --prices: today's dollars (the default) or the sources' own published amounts. */
export const PRICES_OPTION: OptionSpec = {
  flags: '--prices <basis>',
  help: `${PRICE_BASES.join(' or ')}: restate every figure to today's dollars with the price index, or show the sources' own published amounts (default: today)`,
};

/** --data: another cost data file, checked by the same schema. */
export const DATA_OPTION: OptionSpec = {
  flags: '--data <file>',
  help: 'use this cost data file instead of the built-in one (checked by the same schema)',
};

/** `estimate`'s own options, after the scenario fields. */
export const ESTIMATE_OPTIONS: readonly OptionSpec[] = [
  { flags: '--scenario <file>', help: 'start from a saved scenario file (JSON); flags given beside it win' },
  { flags: '--save <file>', help: 'also save the normalised scenario to this file (never overwrites without --force)' },
  { flags: '--force', help: 'with --save: replace the file if it exists (a regular file only)' },
  { flags: '-f, --format <format>', help: 'output: table, json, csv, markdown or html (a report to print; default: table)' },
  { flags: '--json', help: 'short for --format json' },
  {
    flags: '--timeline',
    help: 'add the month-by-month cash plan to the table and Markdown; with --format csv, write one row per month instead (JSON always has it)',
  },
  PRICES_OPTION,
  DATA_OPTION,
];

/** A scenario field's flags string: `-t, --technique <id>`. */
export function fieldFlags(f: (typeof FLAG_FIELDS)[number]): string {
  return `${'short' in f ? `-${f.short}, ` : ''}--${f.flag} ${f.arg}`;
}
