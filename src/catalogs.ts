import type { Words } from './core/words.js';
import type { text } from './core/text.js';
import type { auditText } from './core/audit-text.js';
import type { dataText } from './core/data-text.js';
import type { cliText } from './cli-text.js';
import type { batchText } from './batch/batch-text.js';
import type { renderText } from './render/render-text.js';
import type { gfeText } from './commands/gfe-text.js';
import type { auditHelp } from './commands/audit-help.js';
import type { wizardText } from './commands/wizard-text.js';
import type { compareText } from './commands/compare-text.js';
import type { HelpCatalog } from './commands/help-text.js';

/**
 * The one interface every language but English implements: a catalog per text module (its domain,
 * as the module passes it to localised()), each with the type of the module's English words. A
 * language is a file that exports `catalogs: Catalogs` (src/lang-es.ts) and one line in
 * src/languages.ts; a text module added here is a compile-time error in every language until written.
 */
export interface Catalogs {
  text: Words<typeof text>;
  audit: Words<typeof auditText>;
  data: Words<typeof dataText>;
  cli: Words<typeof cliText>;
  batch: Words<typeof batchText>;
  render: Words<typeof renderText>;
  gfe: Words<typeof gfeText>;
  auditHelp: Words<typeof auditHelp>;
  wizard: Words<typeof wizardText>;
  compare: Words<typeof compareText>;
  help: HelpCatalog;
}
