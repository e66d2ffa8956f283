import { cliText } from '../cli-text.js';
import { Command } from 'commander';
import type { Io } from '../edge/io.js';
import { UsageError } from '../errors.js';
import { commandDescriptions } from './command-descriptions.js';
import { h } from './help-words.js';
import { optionFrom } from './common-options.js';

/** `data show|validate|schema`: inspect the figures, check a data file, print its JSON Schema. */
export function dataCommand(io: Io): Command {
  const data = new Command('data').description(h(commandDescriptions.data));
  data
    .command('show')
    .description(h('dataShowCommand'))
    .addOption(optionFrom({ flags: '--data <file>', help: 'dataShowDataOption' }))
    .action(async (_opts: unknown, command: Command) => {
      const flags = command.optsWithGlobals<{ data?: string; ascii?: boolean }>();
      await (await import('./data-run.js')).showData(flags.data, io, flags);
    });
  data
    .command('validate')
    .description(h('dataValidateCommand'))
    .argument('<file>', h('dataValidateFileArgument'))
    .action(async (file: string) => (await import('./data-run.js')).validateData(file, io));
  data
    .command('schema')
    .description(h('dataSchemaCommand'))
    .action(async () => (await import('./data-run.js')).printSchema(io));
  // `data` alone, or with a mistyped subcommand, says what it takes instead of printing help as an error.
  data.allowExcessArguments(true).action((_opts: unknown, command: Command) => {
    if (command.args.length > 0) (command as unknown as { unknownCommand(): never }).unknownCommand();
    throw new UsageError(cliText.dataNeedsSubcommand);
  });
  return data;
}
