// The bin's entry: `--version` answers at once; everything else loads the program.
import { tool } from './version.js';

/** Runs the CLI: the version without loading the argument parser, else the whole program. */
export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${tool.version}\n`);
    return;
  }
  await (await import('./cli.js')).run();
}
