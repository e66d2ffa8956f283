import { Command } from 'commander';
import type { Io } from '../edge/io.js';
import { embeddedData } from '../edge/embedded-data.js';
import { addScenarioOptions } from './scenario-options.js';
import { optionFrom } from './common-options.js';
import { ESTIMATE_OPTIONS } from './option-specs.js';
import type { EstimateFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

const EXAMPLES = `
Examples:
  $ ketamine-cost estimate --technique low-dose-inpatient
  $ ketamine-cost estimate --technique outpatient --sessions 10 --boosters 2 --json
  $ ketamine-cost estimate --technique coma --quote 30000 --travelers 2 --nights 14
  $ ketamine-cost estimate --scenario my-plan.json --format markdown > plan.md

Each flag takes one value and may be given once.
Amounts: write 650 or '$650' (unquoted, the shell reads $6 in $650 as a variable).
Exit codes: 0 done, 1 unexpected failure, 2 a mistake in the input, 130 cancelled.`;

/** `estimate`: every wizard question as a flag; prints the estimate in the chosen format. */
export function estimateCommand(io: Io): Command {
  const cmd = new Command('estimate').description(h(commandDescriptions.estimate));
  addScenarioOptions(cmd, embeddedData);
  for (const spec of ESTIMATE_OPTIONS) cmd.addOption(optionFrom(spec));
  return cmd.addHelpText('after', helpBlock(EXAMPLES)).action(async (_opts: unknown, command: Command) => {
    const { runEstimate } = await import('./estimate-run.js');
    await runEstimate(command.optsWithGlobals<EstimateFlags>(), io);
  });
}
