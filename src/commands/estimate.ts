import { Command } from 'commander';
import type { Io } from '../edge/io.js';
import { embeddedData } from '../edge/embedded-data.js';
import { addScenarioOptions } from './scenario-options.js';
import { optionFrom } from './common-options.js';
import { ESTIMATE_OPTIONS } from './option-specs.js';
import type { EstimateFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

/** `estimate`: every wizard question as a flag; prints the estimate in the chosen format. */
export function estimateCommand(io: Io): Command {
  const cmd = new Command('estimate').description(h(commandDescriptions.estimate));
  addScenarioOptions(cmd, embeddedData);
  for (const spec of ESTIMATE_OPTIONS) cmd.addOption(optionFrom(spec));
  return cmd.addHelpText('after', helpBlock(h('estimateHelp'))).action(async (_opts: unknown, command: Command) => {
    const { runEstimate } = await import('./estimate-run.js');
    await runEstimate(command.optsWithGlobals<EstimateFlags>(), io);
  });
}
