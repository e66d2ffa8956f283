import { Command } from 'commander';
import type { Io } from './edge/io.js';
import { tool } from './version.js';
import { estimateCommand } from './commands/estimate.js';
import { wizardCommand, startWizard } from './commands/wizard.js';
import { batchCommand } from './commands/batch.js';
import { dataCommand } from './commands/data.js';
import { compareCommand } from './commands/compare.js';
import { gfeCheckCommand } from './commands/gfe-check.js';
import { auditCommand } from './commands/audit.js';
import type { WizardFlags } from './commands/flag-types.js';
import { escapeControls } from './core/escape.js';
import { cliText as t } from './cli-text.js';
import { language } from './core/lang.js';
import { h } from './commands/help-words.js';
import { spanishError, spanishHelp } from './commands/commander-es.js';
import { commandDescriptions, type CommandName } from './commands/command-descriptions.js';
import { optionFrom } from './commands/common-options.js';
import { toAscii } from './render/ascii.js';
import { GLOBAL_OPTIONS } from './commands/option-specs.js';

/** Builds the command-line program for one run; commands write only to `io`. */
export function createProgram(io: Io, argv: readonly string[] = []): Command {
  const es = language() === 'es';
  // commander's own words (Usage:, Options:, its errors) in the run's language.
  const ascii = argv.includes('--ascii') || io.env.TERM === 'dumb';
  const helpText = (s: string) => {
    const text = es ? spanishHelp(s) : s;
    return ascii ? toAscii(text) : text;
  };
  const program = new Command(tool.name)
    .description(h('programDescription'))
    .version(tool.version, '-V, --version', h('versionOption'))
    .helpOption('-h, --help', h('helpOption'))
    .showHelpAfterError(h('helpAfterError'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(helpText(s)),
      writeErr: (s) => io.stderr.write(helpText(s)),
      // One prefix for every message, commander's own included.
      outputError: (s, write) => write(commanderMessage(es ? spanishError(s) : s)),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
    });
  for (const spec of GLOBAL_OPTIONS) program.addOption(optionFrom(spec));
  // Only the command being run is built in full (its options, defaults from the data, help): the
  // others are names and descriptions for --help and suggestions, which keeps start-up short.
  const wanted = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  const factories: Record<CommandName, (io: Io) => Command> = {
    wizard: wizardCommand,
    estimate: estimateCommand,
    compare: compareCommand,
    batch: batchCommand,
    audit: auditCommand,
    'gfe-check': gfeCheckCommand,
    data: dataCommand,
  };
  for (const [name, factory] of Object.entries(factories) as [CommandName, (io: Io) => Command][]) {
    const sub = name === wanted || wanted === 'help' ? factory(io) : new Command(name).description(h(commandDescriptions[name]));
    program.addCommand(inherit(sub, program));
  }
  // `help` and `help estimate` are commands too (commander leaves its help command out of a program with an action).
  program.helpCommand('help [command]', h('helpCommand'));
  // `help estimat` names the unknown command with the nearest one, as `estimat` does, rather than printing all the help as an error.
  const internals = program as unknown as {
    _dispatchHelpCommand(name?: string): unknown;
    _findCommand(name: string): Command | undefined;
    unknownCommand(): never;
  };
  const dispatchHelp = internals._dispatchHelpCommand.bind(program);
  internals._dispatchHelpCommand = (name?: string) => {
    if (name === undefined || name === 'help' || internals._findCommand(name)) return dispatchHelp(name === 'help' ? undefined : name);
    program.args = [name];
    return internals.unknownCommand();
  };
  // A mistyped command with options after it (`estimat -t outpatient`) is an unknown command, not
  // an unknown option: the program then takes those options as words, and the action names the
  // command with the nearest one.
  if (wanted !== undefined && !(wanted in factories) && wanted !== 'help' && onlyGlobalsBefore(argv, argv.indexOf(wanted))) program.allowUnknownOption(true);
  // Only the program itself takes stray words, to name an unknown command with the nearest one.
  program.allowExcessArguments(true).action(async (_opts: unknown, command: Command) => {
    if (command.args.length > 0) (command as unknown as { unknownCommand(): never }).unknownCommand();
    await startWizard(command.opts<WizardFlags>(), io);
  });
  return program;
}

/** Whether every word before `end` is a global option (--no-color, --debug, --lang and its value). */
function onlyGlobalsBefore(argv: readonly string[], end: number): boolean {
  for (let i = 0; i < end; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (a !== '--no-color' && a !== '--debug' && !a.startsWith('--lang=')) return false;
  }
  return true;
}

/** commander's message with our prefix; the user's words it quotes ('like this') have their control characters escaped. */
function commanderMessage(s: string): string {
  const quotedEscaped = s.replace(/^error: /, t.prefix).replace(/'([^']*)'/g, (_m, inner: string) => `'${escapeControls(inner)}'`);
  return quotedEscaped.split('\n').map(escapeControls).join('\n');
}

function inherit(cmd: Command, parent: Command): Command {
  const takesWords = cmd.commands.length > 0;
  cmd.copyInheritedSettings(parent);
  cmd.allowExcessArguments(takesWords);
  for (const child of cmd.commands) inherit(child, cmd);
  return cmd;
}

function helpWidth(io: Io): number {
  return Math.min(100, io.stdout.columns ?? 80);
}
