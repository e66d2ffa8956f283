import type { FLAG_FIELDS } from '../core/scenario-fields.js';
import type { HelpId } from './help-text.js';

/**
 * An option as a table row: commander's flags string (`-f, --format <format>`, `--no-color`) and
 * its help's message id (help-text.ts). commander builds the options from these rows, and so does the plain-line
 * reader that runs a plain `estimate` without loading commander (plain-args.ts).
 */
export interface OptionSpec {
  flags: string;
  help: HelpId;
}

/** Options every command takes, declared on the program. */
export const GLOBAL_OPTIONS = [
  { flags: '--no-color', help: 'noColorOption' },
  { flags: '--debug', help: 'debugOption' },
  { flags: '--ascii', help: 'asciiOption' },
  { flags: '--lang <code>', help: 'langOption' },
] as const satisfies readonly OptionSpec[];

/** --prices: today's dollars (the default) or the sources' own published amounts. */
export const PRICES_OPTION: OptionSpec = {
  flags: '--prices <basis>',
  help: 'pricesOption',
};

/** --data: another cost data file, checked by the same schema. */
export const DATA_OPTION: OptionSpec = {
  flags: '--data <file>',
  help: 'dataOption',
};

/** `estimate`'s own options, after the scenario fields. */
export const ESTIMATE_OPTIONS: readonly OptionSpec[] = [
  { flags: '--scenario <file>', help: 'estimateScenarioOption' },
  { flags: '--save <file>', help: 'saveOption' },
  { flags: '--force', help: 'forceOption' },
  { flags: '-f, --format <format>', help: 'estimateFormatOption' },
  { flags: '--json', help: 'jsonOption' },
  { flags: '--timeline', help: 'timelineOption' },
  PRICES_OPTION,
  DATA_OPTION,
];

/** A scenario field's flags string: `-t, --technique <id>`. */
export function fieldFlags(f: (typeof FLAG_FIELDS)[number]): string {
  return `${'short' in f ? `-${f.short}, ` : ''}--${f.flag} ${f.arg}`;
}
