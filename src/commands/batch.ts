import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { once } from './option-parsers.js';
import { dataOption, pricesOption } from './common-options.js';
import type { BatchFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

/** `batch`: many scenarios in, one result row each out, streamed. */
export function batchCommand(io: Io): Command {
  return new Command('batch')
    .description(h(commandDescriptions.batch))
    .argument('[file]', h('batchFileArgument'))
    .addOption(new Option('--input <kind>', h('batchInputOption')).argParser(once))
    .addOption(new Option('-f, --format <format>', h('batchFormatOption')).argParser(once))
    .addOption(new Option('--fail-fast', h('failFastOption')))
    .addOption(pricesOption())
    .addOption(dataOption())
    .addHelpText('after', helpBlock(h('batchHelp')))
    .action(async (file: string | undefined, _opts: unknown, command: Command) => {
      const { runBatch } = await import('./batch-run.js');
      await runBatch(file, command.optsWithGlobals<BatchFlags>(), io);
    });
}
