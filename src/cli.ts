import { Command, CommanderError, Option } from 'commander';
import { once } from './commands/option-parsers.js';
import type { Io } from './edge/io.js';
import { tool } from './version.js';
import { estimateCommand } from './commands/estimate.js';
import { wizardCommand, startWizard } from './commands/wizard.js';
import { batchCommand } from './commands/batch.js';
import { dataCommand } from './commands/data.js';
import { compareCommand } from './commands/compare.js';
import { gfeCheckCommand } from './commands/gfe-check.js';
import type { WizardFlags } from './commands/flag-types.js';
import { removePendingTempFiles } from './edge/atomic-write.js';
import { fileStdout } from './edge/file-stdout.js';
import { escapeControls } from './core/escape.js';
import { cliText as t } from './cli-text.js';
import { chooseLanguage, language, setLanguage } from './core/lang.js';
import { shown } from './core/escape.js';
import { h } from './commands/help-words.js';
import { spanishError, spanishHelp } from './commands/commander-es.js';
import { commandDescriptions, type CommandName } from './commands/command-descriptions.js';

const DESCRIPTION = `Plan the money side of ketamine infusion treatment for CRPS: a low-to-high cost
estimate from sourced figures, and a checklist of questions to ask the clinic.
Run with no arguments in a terminal for a step-by-step wizard.
This is information for planning, not medical, financial or tax advice.`;

/** Builds the command-line program for one run; commands write only to `io`. */
export function createProgram(io: Io, argv: readonly string[] = []): Command {
  const es = language() === 'es';
  // commander's own words (Usage:, Options:, its errors) in the run's language.
  const helpText = (s: string) => (es ? spanishHelp(s) : s);
  const program = new Command(tool.name)
    .description(h(DESCRIPTION))
    .version(tool.version, '-V, --version', h('print the version and exit'))
    .helpOption('-h, --help', h('show help'))
    .option('--no-color', h('plain text without colour (NO_COLOR=1 does the same)'))
    .option('--debug', h('show a stack trace for unexpected errors (DEBUG=1 does the same)'))
    .addOption(
      new Option('--lang <code>', h('language: en (English) or es (Spanish); without it, from LC_ALL, LC_MESSAGES or LANG (es_* is Spanish)')).argParser(once),
    )
    .showHelpAfterError(h('(add --help to see what is accepted)'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(helpText(s)),
      writeErr: (s) => io.stderr.write(helpText(s)),
      // One prefix for every message, commander's own included.
      outputError: (s, write) => write(commanderMessage(es ? spanishError(s) : s)),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
    });
  // Only the command being run is built in full (its options, defaults from the data, help): the
  // others are names and descriptions for --help and suggestions, which keeps start-up short.
  const wanted = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  const factories: Record<CommandName, (io: Io) => Command> = {
    wizard: wizardCommand,
    estimate: estimateCommand,
    compare: compareCommand,
    batch: batchCommand,
    'gfe-check': gfeCheckCommand,
    data: dataCommand,
  };
  for (const [name, factory] of Object.entries(factories) as [CommandName, (io: Io) => Command][]) {
    const sub = name === wanted || wanted === 'help' ? factory(io) : new Command(name).description(h(commandDescriptions[name]));
    program.addCommand(inherit(sub, program));
  }
  // Only the program itself takes stray words, to name an unknown command with the nearest one.
  program.allowExcessArguments(true).action(async (_opts: unknown, command: Command) => {
    if (command.args.length > 0) (command as unknown as { unknownCommand(): never }).unknownCommand();
    await startWizard(command.opts<WizardFlags>(), io);
  });
  return program;
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

/** Runs the CLI and returns the exit code: 0 done, 1 unexpected or output failure, 2 usage or input, 130 cancelled. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug') || Boolean(io.env.DEBUG);
  // The language is chosen before anything is built or written: help, errors and results use it.
  const given = langFlag(argv);
  const lang = chooseLanguage(given, io.env);
  // A --lang that is not known is said in the language of the environment.
  setLanguage(lang ?? chooseLanguage(undefined, io.env) ?? 'en');
  if (lang === null) {
    io.stderr.write(`${t.prefix}${t.badLang(shown(given))}\n`);
    return 2;
  }
  try {
    await createProgram(io, argv).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

/** The value of --lang (or --lang=x) on the command line, if given. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') return argv[i + 1] ?? '';
    if (argv[i]!.startsWith('--lang=')) return argv[i]!.slice('--lang='.length);
  }
  return undefined;
}

/** Maps a thrown error to its exit code by its class, printing one clear line (a stack only with --debug). */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2; // commander has printed its message
  const e = error as { name?: string; exitCode?: number; message?: string; stack?: string };
  const stack = () => (debug && e?.stack ? `${e.stack}\n` : '');
  // The prompt library's Ctrl-C (ExitPromptError) and abort (AbortPromptError).
  if (e?.name === 'ExitPromptError' || e?.name === 'AbortPromptError') {
    io.stderr.write(`${t.cancelled}\n`);
    return 130;
  }
  if (e?.name === 'UsageError' || e?.name === 'OutputError') {
    io.stderr.write(`${t.prefix}${e.message}\n`);
    return e.exitCode ?? 2;
  }
  io.stderr.write(`${t.prefix}${t.unexpected(escapeControls(e?.message ?? String(error)))}\n`);
  io.stderr.write(stack() || `${t.reportIt}\n`);
  return 1;
}

/** Entry point for the bin: the only place that touches `process`. */
export async function run(): Promise<void> {
  // The prompt library colours through node:util's styleText, which reads NO_COLOR itself:
  // --no-color must reach it the same way before it loads.
  if (process.argv.includes('--no-color')) process.env.NO_COLOR = '1';
  const io: Io = { stdout: fileStdout(1) ?? process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`| head`) is the reader's choice, not an error; anything else is one line.
    if (error.code !== 'EPIPE') {
      process.exitCode = 1;
      try {
        process.stderr.write(`${t.prefix}${t.outputFailed(escapeControls(error.message))}\n`);
      } catch {
        // stderr is gone too
      }
    }
    removePendingTempFiles();
    process.exit(process.exitCode ?? 0);
  });
  process.stderr.on('error', () => undefined);
  // On Ctrl-C or SIGTERM: remove any temporary file, say so, then end by the signal itself
  // (exit status 130 or 143), even if a thread is still blocked opening a FIFO nobody writes to.
  const stop = (signal: NodeJS.Signals) => () => {
    removePendingTempFiles();
    process.stderr.write(`\n${t.cancelled}\n`);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', stop('SIGINT'));
  process.on('SIGTERM', stop('SIGTERM'));
  process.exitCode = await main(process.argv.slice(2), io);
}
