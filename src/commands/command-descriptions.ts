import type { HelpId } from './help-text.js';

/** The one-line description of each command, shown by `ketamine-cost --help`: its message id in help-text.ts. */
export const commandDescriptions = {
  wizard: 'wizardCommand',
  estimate: 'estimateCommand',
  compare: 'compareCommand',
  batch: 'batchCommand',
  audit: 'auditCommand',
  'gfe-check': 'gfeCheckCommand',
  data: 'dataCommand',
} as const satisfies Record<string, HelpId>;
export type CommandName = keyof typeof commandDescriptions;
