import type { Io } from './edge/io.js';
import type { EstimateFlags } from './commands/flag-types.js';
import { removePendingTempFiles } from './edge/atomic-write.js';
import { openStdout } from './edge/stdout.js';
import { fs } from './edge/node-modules.js';
import { escapeControls, shown } from './core/escape.js';
import { cliText as t } from './cli-text.js';
import { chooseLanguage } from './core/lang.js';
import { useLanguage } from './languages.js';
import { tool } from './version.js';
import { plainEstimateFlags } from './commands/plain-args.js';
import { toAscii } from './render/ascii.js';

/** Runs the CLI and returns the exit code: 0 done, 1 unexpected or output failure, 2 usage or input, 130 cancelled. */
export async function main(argv: readonly string[], givenIo: Io): Promise<number> {
  const debug = argv.includes('--debug') || Boolean(givenIo.env.DEBUG);
  // --ascii (or TERM=dumb) reaches every message too: errors and notes on stderr are spelled in ASCII.
  const io = asciiArg(argv) || givenIo.env.TERM === 'dumb' ? asciiStderr(givenIo) : givenIo;
  // The language is chosen before anything is built or written: help, errors and results use it.
  const given = langFlag(argv);
  const lang = chooseLanguage(given, io.env);
  // A --lang that is not known is said in the language of the environment.
  await useLanguage(lang ?? chooseLanguage(undefined, io.env) ?? 'en');
  if (lang === null) {
    io.stderr.write(`${t.prefix}${t.badLang(shown(given))}\n`);
    return 2;
  }
  try {
    // The version, and a plain `estimate` line, run without loading commander; anything else goes through it.
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
      io.stdout.write(`${tool.version}\n`);
      return 0;
    }
    const extra = besideVersion(argv);
    if (extra !== null) {
      io.stderr.write(`${t.prefix}${t.versionAlone(shown(extra))}\n`);
      return 2;
    }
    const plain = plainEstimateFlags(argv);
    if (plain) {
      await (await import('./commands/estimate-run.js')).runEstimate(plain as unknown as EstimateFlags, io);
      return 0;
    }
    const { createProgram } = await import('./program.js');
    await createProgram(io, argv).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

const COMMANDS = new Set(['wizard', 'estimate', 'compare', 'batch', 'gfe-check', 'audit', 'data', 'help']);

/**
 * A word given with the program's --version (`--version extra`), which commander would drop while
 * printing the version: the first such word, or null. The global options (--lang and its value,
 * --no-color, --debug) may stand beside it; after a command's name, --version is that command's to refuse.
 */
function besideVersion(argv: readonly string[]): string | null {
  const words: string[] = [];
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i]!;
    if (a === '--lang') i++;
    else if (a !== '--no-color' && a !== '--debug' && !a.startsWith('--lang=')) words.push(a);
  }
  const at = words.findIndex((w) => w === '--version' || w === '-V');
  if (at === -1 || words.length === 1 || COMMANDS.has(words[0]!)) return null;
  return at === 0 ? words[1]! : words[0]!;
}

/** The same streams with stderr spelled in ASCII; stdin stays made on first use (its getter is copied, not called). */
function asciiStderr(io: Io): Io {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(io)) as Io;
  const stderr = io.stderr;
  return Object.assign(copy, { stderr: { ...stderr, write: (s: string) => stderr.write(toAscii(s)) } });
}

/** Whether --ascii is on the command line (before any `--`). */
function asciiArg(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--ascii');
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
  const e = error as { name?: string; code?: unknown; exitCode?: number; message?: string; stack?: string };
  // commander has printed its message (its errors' codes all start with "commander.").
  if (typeof e?.code === 'string' && e.code.startsWith('commander.')) return e.exitCode === 0 ? 0 : 2;
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
  // A closed pipe (`| head`) or socket is the reader's choice, not an error; anything else is one line.
  const stdoutGone = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') {
      process.exitCode = 1;
      try {
        process.stderr.write(`${t.prefix}${t.outputFailed(escapeControls(error.message))}\n`);
      } catch {
        // stderr is gone too
      }
    }
    removePendingTempFiles();
    process.exit(process.exitCode ?? 0);
  };
  const nodeStdout = () => {
    if (process.stdout.listenerCount('error') === 0) process.stdout.on('error', stdoutGone);
    return process.stdout;
  };
  // Node's stdio streams are made on first use (each loads stream and network modules): a command
  // that writes its result to a pipe or a file and nothing to stderr never makes them.
  const stderr = () => {
    if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', () => undefined);
    return process.stderr;
  };
  const io: Io = {
    stdout: openStdout(1, nodeStdout, stdoutGone),
    stderr: { write: (s: string) => stderr().write(s) },
    get stdin() {
      return process.stdin;
    },
    stdinIsDirectory: () => {
      try {
        return fs.fstatSync(0).isDirectory();
      } catch {
        return false;
      }
    },
    env: process.env,
    cwd: process.cwd(),
  };
  // On Ctrl-C, SIGTERM or SIGHUP (the terminal closed): remove any half-written file, say so, then
  // end by the signal itself (exit status 130, 143 or 129), even if a thread is still blocked
  // opening a FIFO nobody writes to.
  const stop = (signal: NodeJS.Signals) => () => {
    removePendingTempFiles();
    try {
      stderr().write(`\n${t.cancelled}\n`);
    } catch {
      // the terminal that would show it is gone
    }
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  };
  process.on('SIGINT', stop('SIGINT'));
  process.on('SIGTERM', stop('SIGTERM'));
  process.on('SIGHUP', stop('SIGHUP'));
  // SIGUSR1 opens Node's inspector, a debugger anyone on this machine could reach, in a running
  // batch: a listener of our own keeps it closed (Node 22.14+ has --disable-sigusr1, which a #!
  // line cannot pass; process.execArgv is read only at start-up).
  process.on('SIGUSR1', () => undefined);
  process.exitCode = await main(process.argv.slice(2), io);
}
