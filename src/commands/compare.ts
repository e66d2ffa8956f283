import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { embeddedData } from '../edge/embedded-data.js';
import { addScenarioOptions } from './scenario-options.js';
import { collect, once } from './option-parsers.js';
import { dataOption, pricesOption } from './common-options.js';
import type { CompareFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

/** `compare`: options side by side with a range chart on one dollar axis. */
export function compareCommand(io: Io): Command {
  const cmd = new Command('compare').description(h(commandDescriptions.compare));
  addScenarioOptions(cmd, embeddedData, { repeatQuote: true })
    .addOption(new Option('--scenario <file>', h('compareScenarioOption')).argParser(collect))
    .addOption(new Option('-f, --format <format>', h('compareFormatOption')).argParser(once))
    .addOption(new Option('--json', h('jsonOption')))
    .addOption(pricesOption())
    .addOption(dataOption())
    .addHelpText('after', helpBlock(h('compareHelp')))
    .action(async (_opts: unknown, command: Command) => {
      const { runCompare } = await import('./compare-run.js');
      await runCompare(command.optsWithGlobals<CompareFlags>(), io);
    });
  return cmd;
}
