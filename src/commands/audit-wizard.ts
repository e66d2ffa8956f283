import { confirm, select } from '@inquirer/prompts';
import type { Io } from '../edge/io.js';
import type { CostData } from '../core/data-schema.js';
import { TECHNIQUES, type TechniqueId } from '../core/ids.js';
import { parseQuoteText } from '../core/audit-parse.js';
import { auditQuote } from '../core/audit.js';
import { quoteCommand, quoteScenario } from '../core/audit-estimate.js';
import { auditText as t } from '../core/audit-text.js';
import { renderAuditTable } from '../render/audit-report.js';
import { wrap } from '../render/wrap.js';
import { makeChalk } from '../edge/colour.js';
import { terminalWidth } from '../edge/terminal.js';
import { readPastedLines } from '../edge/pasted-lines.js';
import { wizardText } from './wizard-text.js';

/** Answers as the wizard keeps them: text per scenario field. */
export type QuoteAnswers = Record<string, string>;

/**
 * The wizard's "I have a quote: check it": reads pasted lines until an empty line, asks which
 * treatment the quote is for (suggesting the one the lines name), prints the audit, and offers to
 * carry the quote into the estimate. Returns the answers the quote gives (at least the technique),
 * or null when the person wants only the check.
 */
export async function checkQuoteInWizard(data: CostData, io: Io, color: boolean): Promise<QuoteAnswers | null> {
  const say = (s: string) => io.stdout.write(s);
  say(`\n${wrap(t.pasteIntro, 78)}\n`);
  const text = await readPastedLines(io);
  const parsed = data.audit ? parseQuoteText(text, data.audit) : null;
  if (!parsed || parsed.items.length === 0) {
    say(`${wrap(text.trim() === '' ? t.nothingPasted : t.nothingReadable, 78)}\n`);
    return { technique: await askTechnique(data, 'low-dose-inpatient', wizardText.technique) };
  }
  const technique = await askTechnique(data, auditQuote(parsed, data).technique.id, t.quoteTechnique);
  // Said where the choice is made, as for any technique: for coma, its legal status and risks.
  for (const w of data.techniques[technique].warnings) say(`${wrap(`! ${w}`, 78, '  ')}\n`);
  const result = auditQuote(parsed, data, { technique });
  const scenario = quoteScenario(result, data);
  const extras = { command: quoteCommand(scenario.fields), quoteUsed: scenario.quoteUsed, file: 'quote.txt' };
  say(`\n${renderAuditTable(result, data, makeChalk(io, color), terminalWidth(io), extras, { ascii: io.env.TERM === 'dumb' })}\n`);
  if (!(await confirm({ message: t.toEstimate, default: true, theme: { keywords: { yes: wizardText.yes, no: wizardText.no } } }))) return null;
  return scenario.fields;
}

async function askTechnique(data: CostData, suggested: TechniqueId, message: string): Promise<TechniqueId> {
  return select<TechniqueId>({
    message,
    default: suggested,
    choices: TECHNIQUES.map((id) => ({ value: id, name: data.techniques[id].label })),
  });
}
