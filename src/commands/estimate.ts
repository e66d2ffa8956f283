import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { embeddedData } from '../edge/embedded-data.js';
import { addScenarioOptions } from './scenario-options.js';
import { once } from './option-parsers.js';
import { dataOption, pricesOption } from './common-options.js';
import type { EstimateFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

const EXAMPLES = `
Examples:
  $ ketamine-cost estimate --technique low-dose-inpatient
  $ ketamine-cost estimate --technique outpatient --sessions 10 --boosters 2 --json
  $ ketamine-cost estimate --technique coma --quote 30000 --travelers 2 --nights 14
  $ ketamine-cost estimate --scenario my-plan.json --format markdown > plan.md

Each flag takes one value and may be given once.
Exit codes: 0 done, 1 unexpected failure, 2 a mistake in the input, 130 cancelled.`;

/** `estimate`: every wizard question as a flag; prints the estimate in the chosen format. */
export function estimateCommand(io: Io): Command {
  const cmd = new Command('estimate').description(h(commandDescriptions.estimate));
  addScenarioOptions(cmd, embeddedData)
    .addOption(new Option('--scenario <file>', h('start from a saved scenario file (JSON); flags given beside it win')).argParser(once))
    .addOption(new Option('--save <file>', h('also save the normalised scenario to this file (never overwrites without --force)')).argParser(once))
    .addOption(new Option('--force', h('with --save: replace the file if it exists (a regular file only)')))
    .addOption(new Option('-f, --format <format>', h('output: table, json, csv, markdown or html (a report to print; default: table)')).argParser(once))
    .addOption(new Option('--json', h('short for --format json')))
    .addOption(new Option('--ascii', h('draw the total bar with plain ASCII characters (also chosen when TERM=dumb)')))
    .addOption(
      new Option(
        '--timeline',
        h('add the month-by-month cash plan to the table and Markdown; with --format csv, write one row per month instead (JSON always has it)'),
      ),
    )
    .addOption(pricesOption())
    .addOption(dataOption())
    .addHelpText('after', helpBlock(EXAMPLES))
    .action(async (_opts: unknown, command: Command) => {
      const { runEstimate } = await import('./estimate-run.js');
      await runEstimate(command.optsWithGlobals<EstimateFlags>(), io);
    });
  return cmd;
}
