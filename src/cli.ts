import { Command, CommanderError } from 'commander';
import type { Io } from './io.js';
import { tool } from './version.js';
import { estimateCommand } from './commands/estimate.js';
import { wizardCommand, runDefault } from './commands/wizard.js';
import { batchCommand } from './commands/batch.js';
import { dataCommand } from './commands/data.js';

const DESCRIPTION = `Plan the money side of ketamine infusion treatment for CRPS: a low-to-high cost
estimate from sourced figures, and a checklist of questions to ask the clinic.
Run with no arguments in a terminal for a step-by-step wizard.
This is information for planning, not medical or financial advice.`;

/** Builds the command-line program for one run; commands write only to `io`. */
export function createProgram(io: Io): Command {
  const program = new Command(tool.name)
    .description(DESCRIPTION)
    .version(tool.version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'plain text without colour (NO_COLOR=1 does the same)')
    .option('--debug', 'show a stack trace for unexpected errors (DEBUG=1 does the same)')
    .showHelpAfterError('(add --help to see what is accepted)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
    })
    .action(async (_opts: unknown, command: Command) => {
      if (command.args.length > 0) throw new CommanderError(2, 'ketamine-cost.unknownCommand', `error: unknown command '${command.args[0]}'. Commands: wizard, estimate, batch, data (see --help)\n`);
      await runDefault(command.opts<{ color: boolean }>(), io);
    });
  program.allowExcessArguments(true);
  for (const sub of [wizardCommand(io), estimateCommand(io), batchCommand(io), dataCommand(io)]) {
    program.addCommand(inherit(sub, program));
  }
  return program;
}

function inherit(cmd: Command, parent: Command): Command {
  cmd.copyInheritedSettings(parent);
  for (const child of cmd.commands) inherit(child, cmd);
  return cmd;
}

function helpWidth(io: Io): number {
  return Math.min(100, io.stdout.columns ?? 80);
}

/** Runs the CLI and returns the exit code: 0 done, 1 unexpected, 2 usage or input, 130 cancelled. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug') || Boolean(io.env.DEBUG);
  try {
    await createProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

/** Maps a thrown error to its exit code, printing one clear line (a stack only with --debug). */
export function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'ketamine-cost.unknownCommand') io.stderr.write(error.message);
    return error.exitCode === 0 ? 0 : 2;
  }
  const e = error as { name?: string; exitCode?: number; message?: string; stack?: string };
  // The prompt library's Ctrl-C (ExitPromptError) and abort (AbortPromptError).
  if (e?.name === 'ExitPromptError' || e?.name === 'AbortPromptError') {
    io.stderr.write('Cancelled.\n');
    return 130;
  }
  if (e?.name === 'UsageError') {
    io.stderr.write(`ketamine-cost: ${e.message}\n`);
    if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
  io.stderr.write(`ketamine-cost: unexpected error: ${e?.message ?? String(error)}\n`);
  io.stderr.write(debug && e?.stack ? `${e.stack}\n` : 'Run again with --debug for details, and please report it.\n');
  return 1;
}

/** Entry point for the bin: the only place that touches `process`. */
export async function run(): Promise<void> {
  // The prompt library colours through node:util's styleText, which reads NO_COLOR itself:
  // --no-color must reach it the same way before it loads.
  if (process.argv.includes('--no-color')) process.env.NO_COLOR = '1';
  const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.on('SIGINT', () => {
    process.stderr.write('\nCancelled.\n');
    process.exit(130);
  });
  process.exitCode = await main(process.argv.slice(2), io);
}
