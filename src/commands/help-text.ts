import { PRICE_BASES } from '../core/price-index.js';
import { INPUT_COLUMNS } from '../core/scenario-fields.js';

/**
 * The project's own --help words, keyed by message id (descriptions, option and argument help,
 * the blocks after the options). Each id is written in English here and in every other language
 * beside this file (help-text-es.ts), which has the type of this object: a missing id is a
 * compile-time error, and test/commands/help-ids.test.ts checks every id has every language.
 * Not here: the scenario fields' help (field-help.ts), gfe-check's and audit's flags and help
 * blocks (gfe-text.ts, audit-help.ts) and commander's fixed words (commander-es.ts).
 */
export const helpTextEn = {
  // src/program.ts
  programDescription: `Plan the money side of ketamine infusion treatment for CRPS: a low-to-high cost
estimate from sourced figures, and a checklist of questions to ask the clinic.
Run with no arguments in a terminal for a step-by-step wizard.
This is information for planning, not medical, financial or tax advice.`,
  versionOption: 'print the version and exit',
  helpOption: 'show help',
  helpCommand: 'show help for a command',
  helpAfterError: '(add --help to see what is accepted)',

  // src/commands/option-specs.ts: GLOBAL_OPTIONS
  noColorOption: 'plain text without colour (NO_COLOR=1 does the same)',
  debugOption: 'show a stack trace for unexpected errors (DEBUG=1 does the same)',
  asciiOption:
    'plain ASCII output for screen readers and old terminals: table borders, bars and charts, and letters without accents (also chosen when TERM=dumb)',
  langOption: 'language: en (English) or es (Spanish); without it, from LC_ALL, LC_MESSAGES or LANG (es_* is Spanish)',

  // src/commands/command-descriptions.ts
  wizardCommand: 'answer a few plain questions and get an estimate and a checklist (the default in a terminal); flags given answer their questions in advance',
  estimateCommand: 'print a cost estimate and clinic checklist from flags (for scripts and spreadsheets)',
  compareCommand: 'put options side by side: the three techniques, saved scenarios, or one technique at several quotes, with a range chart',
  batchCommand: 'estimate many scenarios at once (NDJSON or CSV in, CSV or NDJSON out), streaming',
  auditCommand: "check a clinic's quote or Good Faith Estimate: what is missing or out of range, and the questions to send back",
  gfeCheckCommand: 'check bills against their Good Faith Estimates (No Surprises Act): which can be disputed, and by when',
  dataCommand: 'inspect the cost data: show it, validate a data file, print its JSON Schema',

  // --prices and --data (option-specs.ts)
  pricesOption: `${PRICE_BASES.join(' or ')}: restate every figure to today's dollars with the price index, or show the sources' own published amounts (default: today)`,
  dataOption: 'use this cost data file instead of the built-in one (checked by the same schema)',

  // estimate (option-specs.ts: ESTIMATE_OPTIONS, and estimate.ts)
  estimateScenarioOption: 'start from a saved scenario file (JSON); flags given beside it win',
  saveOption: 'also save the normalised scenario to this file (never overwrites without --force)',
  forceOption: 'with --save: replace the file if it exists (a regular file only)',
  estimateFormatOption: 'output: table, json, csv, markdown or html (a report to print; default: table)',
  // estimate's, compare's and audit's --json
  jsonOption: 'short for --format json',
  timelineOption: 'add the month-by-month cash plan to the table and Markdown; with --format csv, write one row per month instead (JSON always has it)',
  estimateHelp: `
Examples:
  $ ketamine-cost estimate --technique low-dose-inpatient
  $ ketamine-cost estimate --technique outpatient --sessions 10 --boosters 2 --json
  $ ketamine-cost estimate --technique coma --quote 30000 --travelers 2 --nights 14
  $ ketamine-cost estimate --scenario my-plan.json --format markdown > plan.md

Each flag takes one value and may be given once.
Amounts: write 650 or '$650' (unquoted, the shell reads $6 in $650 as a variable).
Exit codes: 0 done, 1 unexpected failure, 2 a mistake in the input, 130 cancelled.`,
  // scenario-options.ts: after --quote's help in compare
  repeatQuote: 'repeat it to compare clinics',

  // src/commands/wizard.ts
  wizardScenarioOption: 'start from a saved scenario file (JSON): review, change and save it back',

  // src/commands/compare.ts
  compareScenarioOption: 'an option from a saved scenario file; repeat it for more options',
  compareFormatOption: 'output: table, json, csv, markdown or html (default: table)',
  compareHelp: `
Options to compare, one of:
  the three techniques, each with its defaults (when neither --scenario nor --quote is given);
  saved scenario files: --scenario a.json --scenario b.json;
  one technique at several clinics' quotes: -t outpatient --quote 650 --quote 900.
Every other flag (visits, boosters, travel, insurance, paying) applies to every option alike.

Examples:
  $ ketamine-cost compare
  $ ketamine-cost compare --travel domestic --pre-visits 2
  $ ketamine-cost compare -t coma --quote 20000 --quote 28000-35000
  $ ketamine-cost compare --scenario clinic-a.json --scenario clinic-b.json --format html > compare.html

Amounts: write 650 or '$650' (unquoted, the shell reads $6 in $650 as a variable).
Exit codes: 0 done, 1 unexpected failure, 2 a mistake in the input.`,

  // src/commands/batch.ts
  batchFileArgument: 'the scenarios file (one); "-" or nothing reads standard input',
  batchInputOption: 'input format: ndjson or csv (default: csv for *.csv files, else ndjson)',
  batchFormatOption: 'output format: csv or ndjson (default: csv)',
  failFastOption: 'stop at the first bad row',
  batchHelp: `
Input: one scenario per NDJSON line ({"technique": "outpatient", "sessions": 10}), or CSV rows
whose header uses the flag names (${INPUT_COLUMNS.join(',')}).
An optional "id" field names each row; otherwise the row number is used. Empty CSV cells take
the defaults. A line may be at most 1 MB; the input must be UTF-8 text.

Output: one row per scenario with its normalised fields, the total low, typical and high, and the
low and high of each category. A bad row is reported on stderr with its line number and does not
stop the others. Exit code 0 when every row passed, 2 when any failed.

Examples:
  $ ketamine-cost batch scenarios.csv > estimates.csv
  $ cat scenarios.ndjson | ketamine-cost batch --format ndjson`,

  // src/commands/audit.ts
  auditFileArgument: 'the quote: a text, CSV or JSON file, or - (the default) for standard input',

  // src/commands/data.ts
  dataShowCommand: 'print the data version, effective date, sources with their years, and which figures are assumptions',
  dataShowDataOption: 'show this data file instead of the built-in one',
  dataValidateCommand: 'check a data file against the schema; lists every problem with its JSON path (exit 0 valid, 2 not)',
  dataValidateFileArgument: 'the JSON data file to check',
  dataSchemaCommand: 'print the JSON Schema of the data file (the same as data/costs.schema.json), for editors',
};

/** A --help message id. */
export type HelpId = keyof typeof helpTextEn;
/** The --help words of one language: every id, as a string. */
export type HelpCatalog = { readonly [K in HelpId]: string };
