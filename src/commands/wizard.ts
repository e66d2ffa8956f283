import { cliText } from '../cli-text.js';
import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { UsageError } from '../errors.js';
import { embeddedData } from '../edge/embedded-data.js';
import { addScenarioOptions } from './scenario-options.js';
import { once } from './option-parsers.js';
import { dataOption, pricesOption } from './common-options.js';
import type { WizardFlags } from './flag-types.js';
import { commandDescriptions } from './command-descriptions.js';
import { h } from './help-words.js';

/** `wizard`: asks the questions one by one, in a terminal. */
export function wizardCommand(io: Io): Command {
  const cmd = new Command('wizard').description(h(commandDescriptions.wizard));
  return addScenarioOptions(cmd, embeddedData)
    .addOption(new Option('--scenario <file>', h('wizardScenarioOption')).argParser(once))
    .addOption(pricesOption())
    .addOption(dataOption())
    .action(async (_opts: unknown, command: Command) => {
      await startWizard(command.optsWithGlobals<WizardFlags>(), io);
    });
}

/** The wizard in a terminal, else a pointer to the scripted command. */
export async function startWizard(flags: WizardFlags, io: Io): Promise<void> {
  if (!io.stdin.isTTY || !io.stdout.isTTY) throw new UsageError(cliText.wizardNeedsTerminal);
  const { runWizard } = await import('./wizard-run.js');
  await runWizard(flags, io);
}
