import type { Catalogs } from './catalogs.js';
import { textEs } from './core/text-es.js';
import { auditTextEs } from './core/audit-text-es.js';
import { dataTextEs } from './core/data-text-es.js';
import { cliTextEs } from './cli-text-es.js';
import { batchTextEs } from './batch/batch-text-es.js';
import { renderTextEs } from './render/render-text-es.js';
import { gfeTextEs } from './commands/gfe-text-es.js';
import { auditHelpEs } from './commands/audit-help-es.js';
import { wizardTextEs } from './commands/wizard-text-es.js';
import { compareTextEs } from './commands/compare-text-es.js';
import { helpTextEs } from './commands/help-text-es.js';

/**
 * Spanish (usted, US$ amounts): every text module's words. Loaded only in a Spanish run (a file of
 * its own in the bundle, dist/lang-es.cjs), so an English run reads none of it.
 */
export const catalogs: Catalogs = {
  text: textEs,
  audit: auditTextEs,
  data: dataTextEs,
  cli: cliTextEs,
  batch: batchTextEs,
  render: renderTextEs,
  gfe: gfeTextEs,
  auditHelp: auditHelpEs,
  wizard: wizardTextEs,
  compare: compareTextEs,
  help: helpTextEs,
};
