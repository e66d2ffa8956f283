import { Command, Option } from 'commander';
import type { Io } from '../edge/io.js';
import { embeddedData } from '../edge/embedded-data.js';
import { addScenarioOptions } from './scenario-options.js';
import { once } from './option-parsers.js';
import { dataOption } from './common-options.js';
import type { AuditFlags } from './flag-types.js';
import { auditHelp as t } from './audit-help.js';
import { commandDescriptions } from './command-descriptions.js';
import { h, helpBlock } from './help-words.js';

/** `audit`: reads a clinic's quote, flags what is missing or out of range, and writes the questions to send back. */
export function auditCommand(io: Io): Command {
  const cmd = new Command('audit')
    .description(h(commandDescriptions.audit))
    .argument('[file]', h('auditFileArgument'))
    .addOption(new Option('--input <kind>', t.inputFlag).argParser(once))
    .addOption(new Option('-f, --format <format>', t.formatFlag).argParser(once))
    .addOption(new Option('--json', h('jsonOption')))
    .addOption(new Option('--estimate', t.estimateFlag))
    .addOption(new Option('--ascii', t.asciiFlag))
    .addOption(dataOption());
  // The scenario's flags: --technique and --travel steer the audit; all of them shape --estimate.
  addScenarioOptions(cmd, embeddedData);
  return cmd.addHelpText('after', helpBlock(t.help)).action(async (file: string | undefined, _opts: unknown, command: Command) => {
    const { runAudit } = await import('./audit-run.js');
    await runAudit(file, command.optsWithGlobals<AuditFlags>(), io);
  });
}
