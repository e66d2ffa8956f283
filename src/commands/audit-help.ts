import { localised } from '../core/lang.js';

/**
 * The words of `audit --help` and of the wizard's "I have a quote" choice, in English and Spanish,
 * kept apart from the audit's report words so the program and the wizard's first question load
 * only these.
 */
const auditHelpEn = {
  inputFlag:
    'how the quote is written: text (one item a line), csv (label,amount[,quantity,unit,code,provider]) or json ({"items": [...]}); default: recognised from the content',
  formatFlag: 'output: table, json, markdown or html (a report to print; default: table)',
  estimateFlag: 'also run the full estimate with the audited quote as --quote (your share and paying plan follow from the flags given)',
  asciiFlag: 'draw the table with plain ASCII characters (also chosen when TERM=dumb)',
  help: `
The quote is plain text, one item a line, as a clinic's quote, Good Faith
Estimate, email or text message gives it:
  # Example Pain Center, quoted 2026-11-02
  Consultation 350
  Ketamine infusion (4 h) $1,000 x 5
  Labs 120
  Booster 650-800 per infusion
  Total 5,470
The last amount on a line is its price ($, US$, commas, cents, a range
650-800); "x 5", "5 x" or "(5)" its quantity; "per infusion", "/night" or
"each" its unit. A line without an amount is a note; a "Total" line is checked
against the sum; a line starting with # is a heading. CSV and JSON are read too.

Examples:
  $ ketamine-cost audit quote.txt
  $ pbpaste | ketamine-cost audit --lang es
  $ ketamine-cost audit quote.txt --format html > quote-check.html
  $ ketamine-cost audit quote.txt --estimate --insurance none --apr 27 --finance-months 24

Exit codes: 0 done (also when lines could not be read: they are listed),
1 unexpected failure, 2 nothing could be read or a mistake in the flags.
This is information for planning, not medical, financial or legal advice.`,

  // The wizard's first question
  quoteChoice: 'I have a quote: check it',
  quoteChoiceHelp: 'Paste the quote or Good Faith Estimate you were given: see what it leaves out, what looks wrong, and what to ask.',
};

/** The words above in the language chosen for this run. */
export const auditHelp: typeof auditHelpEn = localised('auditHelp', auditHelpEn);
export { auditHelpEn };
