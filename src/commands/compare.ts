import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { embeddedData } from '../edge/embedded-data.js';
import { addScenarioOptions } from './scenario-options.js';
import { collect, once } from './option-parsers.js';
import { dataOption, pricesOption } from './common-options.js';
import type { CompareFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

const HELP = `
Options to compare, one of:
  the three techniques, each with its defaults (when neither --scenario nor --quote is given);
  saved scenario files: --scenario a.json --scenario b.json;
  one technique at several clinics' quotes: -t outpatient --quote 650 --quote 900.
Every other flag (visits, boosters, travel, insurance, paying) applies to every option alike.

Examples:
  $ ketamine-cost compare
  $ ketamine-cost compare --travel domestic --pre-visits 2
  $ ketamine-cost compare -t coma --quote 20000 --quote 28000-35000
  $ ketamine-cost compare --scenario clinic-a.json --scenario clinic-b.json --format html > compare.html

Amounts: write 650 or '$650' (unquoted, the shell reads $6 in $650 as a variable).
Exit codes: 0 done, 1 unexpected failure, 2 a mistake in the input.`;

/** `compare`: options side by side with a range chart on one dollar axis. */
export function compareCommand(io: Io): Command {
  const cmd = new Command('compare').description(h(commandDescriptions.compare));
  addScenarioOptions(cmd, embeddedData, { repeatQuote: true })
    .addOption(new Option('--scenario <file>', h('an option from a saved scenario file; repeat it for more options')).argParser(collect))
    .addOption(new Option('-f, --format <format>', h('output: table, json, csv, markdown or html (default: table)')).argParser(once))
    .addOption(new Option('--json', h('short for --format json')))
    .addOption(pricesOption())
    .addOption(dataOption())
    .addHelpText('after', helpBlock(HELP))
    .action(async (_opts: unknown, command: Command) => {
      const { runCompare } = await import('./compare-run.js');
      await runCompare(command.optsWithGlobals<CompareFlags>(), io);
    });
  return cmd;
}
