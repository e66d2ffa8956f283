import { h } from './help-words.js';
import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { embeddedData } from '../edge/embedded-data.js';
import { dollarsToCents, formatDollars } from '../core/money.js';
import { collect, once } from './option-parsers.js';
import { dataOption } from './common-options.js';
import type { GfeCheckFlags } from './flag-types.js';
import { gfeText as t } from './gfe-text.js';
import { commandDescriptions } from './command-descriptions.js';

/** `gfe-check`: which bills may be disputed against their Good Faith Estimates, and the last day to start. */
export function gfeCheckCommand(io: Io): Command {
  const gfe = embeddedData().goodFaithEstimate;
  return new Command('gfe-check')
    .description(h(commandDescriptions['gfe-check']))
    .addOption(new Option('--estimate <amount>', t.estimateFlag).argParser(collect))
    .addOption(new Option('--bill <amount>', t.billFlag).argParser(collect))
    .addOption(new Option('--file <providers.csv>', t.fileFlag).argParser(once))
    .addOption(new Option('--bill-date <date>', t.billDateFlag).argParser(once))
    .addOption(new Option('--today <date>', t.todayFlag).argParser(once))
    .addOption(new Option('--json', t.jsonFlag))
    .addOption(dataOption())
    .addHelpText('after', t.help(formatDollars(dollarsToCents(gfe.thresholdDollars)), gfe.disputeDays, formatDollars(dollarsToCents(gfe.feeDollars))))
    .action(async (_opts: unknown, command: Command) => {
      const { runGfeCheck } = await import('./gfe-check-run.js');
      await runGfeCheck(command.optsWithGlobals<GfeCheckFlags>(), io);
    });
}
