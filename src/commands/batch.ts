import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { INPUT_COLUMNS } from '../core/scenario-fields.js';
import { once } from './option-parsers.js';
import { dataOption, pricesOption } from './common-options.js';
import type { BatchFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

const HELP = `
Input: one scenario per NDJSON line ({"technique": "outpatient", "sessions": 10}), or CSV rows
whose header uses the flag names (${INPUT_COLUMNS.join(',')}).
An optional "id" field names each row; otherwise the row number is used. Empty CSV cells take
the defaults. A line may be at most 1 MB; the input must be UTF-8 text.

Output: one row per scenario with its normalised fields, the total low, typical and high, and the
low and high of each category. A bad row is reported on stderr with its line number and does not
stop the others. Exit code 0 when every row passed, 2 when any failed.

Examples:
  $ ketamine-cost batch scenarios.csv > estimates.csv
  $ cat scenarios.ndjson | ketamine-cost batch --format ndjson`;

/** `batch`: many scenarios in, one result row each out, streamed. */
export function batchCommand(io: Io): Command {
  return new Command('batch')
    .description(h(commandDescriptions.batch))
    .argument('[file]', h('the scenarios file (one); "-" or nothing reads standard input'))
    .addOption(new Option('--input <kind>', h('input format: ndjson or csv (default: csv for *.csv files, else ndjson)')).argParser(once))
    .addOption(new Option('-f, --format <format>', h('output format: csv or ndjson (default: csv)')).argParser(once))
    .addOption(new Option('--fail-fast', h('stop at the first bad row')))
    .addOption(pricesOption())
    .addOption(dataOption())
    .addHelpText('after', helpBlock(HELP))
    .action(async (file: string | undefined, _opts: unknown, command: Command) => {
      const { runBatch } = await import('./batch-run.js');
      await runBatch(file, command.optsWithGlobals<BatchFlags>(), io);
    });
}
