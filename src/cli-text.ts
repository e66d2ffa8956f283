import { escapeJsonText } from './core/escape.js';
import { localised } from './core/lang.js';

/** Words the command line says outside any one command: errors about files, streams and arguments. */
const cliTextEn = {
  prefix: 'ketamine-cost: ',
  noSuchFile: 'no such file',
  permissionDenied: 'permission denied',
  isDirectory: 'it is a directory',
  notADirectoryOnPath: 'a part of the path is not a folder',
  notRegularToRead: 'it is not a regular file (a FIFO, device or socket, which may never end or never start); save what it holds to a file and give that',
  emptyName: 'the name is empty; give a file name',
  cannotRead: (what: string, file: string, why: string) => `cannot read ${what} ${quoted(file)}: ${why}`,
  tooLarge: (what: string, file: string, max: number) => `${what} ${quoted(file)} is larger than ${megabytes(max)}; is it the right file?`,
  notUtf8: (what: string, file: string) => `${what} ${quoted(file)} is not UTF-8 text; save it as UTF-8 and try again`,
  notJson: (what: string, file: string, why: string) => `${what} ${quoted(file)} is not valid JSON: ${why}`,
  inFile: (what: string, file: string, problem: string) => `${what} ${quoted(file)}: ${problem}`,
  invalidInput: 'invalid input',
  dataInvalid: (file: string) => `data file ${file} is not valid`,
  problemsHeading: (heading: string, n: number) => `${heading} (${n} problems):`,
  pricesOneOf: (values: string, got: string) => `--prices must be one of: ${values} (got ${got})`,
  formatOneOf: (values: string, got: string) => `--format must be one of: ${values} (got ${got})`,
  jsonVsFormat: (format: string) => `--json asks for JSON but --format asks for ${format}: give one of them`,
  wizardNeedsTerminal: 'the wizard needs a terminal to ask its questions; for scripts use `ketamine-cost estimate` (see `ketamine-cost estimate --help`)',
  dataNeedsSubcommand: 'data needs a subcommand: show, validate FILE or schema (see ketamine-cost data --help)',
  forceNeedsSave: '--force only applies with --save FILE',
  savedScenario: (path: string) => `Saved the scenario to ${path}`,
  atLine: (line: number, problem: string) => `line ${line}: ${problem}`,
  badLang: (got: string) => `--lang must be en (English) or es (Spanish) (got ${got})`,
  versionAlone: (got: string) => `--version prints the version and takes nothing else (got ${got}); give it alone`,
  scenarioNotObject: (file: string) => `scenario file ${file} must hold one JSON object, like the one --save writes`,
  givenTwice: 'It is given more than once: give it once.',
  emptyValue: 'It is empty: give a value, or leave the flag out.',
  unexpected: (message: string) => `unexpected error: ${message}`,
  reportIt: 'Run again with --debug for details, and please report it.',
  cancelled: 'Cancelled.',
  cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
  alreadyExists: (file: string) => `${file} already exists; choose another name, or add --force to replace it`,
  notRegularFile: (file: string) => `${file} is not a regular file (a folder, device, link, FIFO or socket), so it is never replaced; choose another name`,
  shortWrite: 'the file or disk took only part of it (full, or a size limit)',
  saveDash: '"-" is not a file name here (the result is what goes to standard output); give a file name',
  saveFlagLike: (asFile: string) =>
    `it looks like a flag, not a file name: give the file name right after the flag (for a file with that name, write ${asFile})`,
  saveFolderName: 'it ends with a slash, so it names a folder; give a file name',
  hardLinked: (file: string, names: number) =>
    `${file} has ${names} names (hard links); replacing it would leave the others with the old content, so it is never replaced: choose another name`,
  folderKeepsFiles:
    'its folder does not let files be removed or renamed (append-only, or owned by someone else), so the file cannot be replaced; choose a new name',
  outputFailed: (why: string) => `cannot write the output: ${why}`,
};

/** A file name as the user gave it, quoted, with control characters escaped. */
export function quoted(file: string): string {
  return escapeJsonText(JSON.stringify(file));
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The words above in the language chosen for this run (English or Spanish). */
export const cliText: typeof cliTextEn = localised('cli', cliTextEn);
