import { localised } from '../core/lang.js';
/** Every word `batch` says, in one place. */
const batchTextEn = {
  strayQuote: 'a quote inside a cell that does not start with one (write "" inside a quoted cell)',
  afterClosingQuote: 'text after the closing quote of a cell',
  unclosedQuote: (column: number) => `the quote at column ${column} opens a cell that is never closed (write "" for a quote inside a cell)`,
  quoteNotClosed: (column: number) =>
    `the quote at column ${column} opens a cell that is not closed on this line (write "" for a quote inside a cell); the lines after it are read as rows of their own`,
  cellCount: (got: number, want: number) => `has ${got} cell${got === 1 ? '' : 's'} but the header has ${want}`,
  notObject: 'each line must be one JSON object, like {"technique": "outpatient"}',
  notJson: (why: string) => `not valid JSON (${why})`,
  lineTooLong: (line: number, max: string) => `line ${line} of the scenarios is longer than ${max}; is it the right file?`,
  notUtf8: (line: number) => `the scenarios are not UTF-8 text (near line ${line}); save them as UTF-8 and try again`,
  cannotRead: (why: string) => `cannot read the scenarios: ${why}`,
  cannotReadFile: (file: string, why: string) => `cannot read the scenarios ${file}: ${why}`,
  stdinIsDirectory: 'standard input is a folder, not scenarios: give a file name, or pipe scenarios in',
  noHeader: 'the CSV input has no header row: start it with the column names, e.g. id,technique,boosters',
  unknownColumns: (names: string, known: string) =>
    `unknown CSV column${names.includes(',') ? 's' : ''} ${names}: use the flag names: ${known} (and an optional id)`,
  duplicateColumn: (name: string, other: string) => `the CSV column ${name} names the same field as ${other}: give each column once`,
  rowProblem: (line: number, id: string | undefined, problems: string, last = line) =>
    `${last === line ? `line ${line}` : `lines ${line}-${last}`}${id === undefined ? '' : ` (id ${id})`}: ${problems}`,
  summary: (failed: number, total: number, passed: number, failFast: boolean) =>
    `${failed} of ${total} rows failed${failFast ? ' (stopped at the first, --fail-fast)' : ''}; ${passed === 0 ? 'no result rows were written' : `the ${passed} others were written`}`,
  stoppedAt: (why: string, written: number) =>
    `${why} (${written === 0 ? 'no result rows were written' : `${written} result row${written === 1 ? '' : 's'} before that line ${written === 1 ? 'was' : 'were'} written`})`,
  noTerminalInput: 'batch reads scenarios from a FILE or from standard input: give a file name, or pipe scenarios in',
  inputKind: (got: string) => `--input must be ndjson or csv (got ${got})`,
  outputKind: (got: string) => `--format for batch must be csv or ndjson (got ${got})`,
};

/** The words above in the language chosen for this run (English or Spanish). */
export const batchText: typeof batchTextEn = localised('batch', batchTextEn);
