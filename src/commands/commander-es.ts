/**
 * Commander 14's own fixed words (in node_modules/commander/lib/help.js, command.js and
 * suggestSimilar.js), in Spanish, for `--help` and commander's error messages.
 *
 * How to apply them:
 * - `titles`: through `configureHelp({ styleTitle: (s) => commanderEs.titles[s] ?? s })`, as
 *   commander calls styleTitle with exactly these words ("Usage:", "Options:" …).
 * - `descriptions`: as the description argument of `.helpOption(flags, …)`,
 *   `.helpCommand(name, …)` and `.version(v, flags, …)`; or, on help text, by `spanishHelp`.
 * - `help`: regex/replacement pairs for a whole help text, by `spanishHelp(text)`: the titles
 *   at line starts (should styleTitle not be used), the default descriptions, and the
 *   "(default: …)", "(choices: …)", "(preset: …)", "(env: …)" notes after an option.
 * - `errors`: regex/replacement pairs for a message handed to `configureOutput({ outputError })`,
 *   by `spanishError(message)`, before or after the project's own prefixing: "error: " stays
 *   "error: " in Spanish, and the words commander quotes stay in single quotes ('like this'),
 *   so cli.ts's commanderMessage keeps escaping them.
 * - `program`: the few English words cli.ts passes to commander itself, in Spanish.
 */

type Replacement = string | ((match: string, ...groups: string[]) => string);

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;
const helpExtras: Readonly<Record<string, string>> = {
  choices: 'opciones',
  default: 'predeterminado',
  preset: 'valor si no se indica',
  env: 'variable de entorno',
};

export const commanderEs = {
  /** Section titles, as commander passes them to styleTitle. */
  titles: {
    'Usage:': 'Uso:',
    'Options:': 'Opciones:',
    'Commands:': 'Comandos:',
    'Arguments:': 'Argumentos:',
    'Global Options:': 'Opciones globales:',
  } as Readonly<Record<string, string>>,

  /** The default descriptions of the help option, the help command and the version option. */
  descriptions: {
    'display help for command': 'muestra la ayuda del comando',
    'output the version number': 'muestra el número de versión',
  } as Readonly<Record<string, string>>,

  /** For a whole --help text. */
  help: [
    [/^(\s*)Usage:/gm, '$1Uso:'],
    // The usage line's placeholders.
    [/ \[options\]/g, ' [opciones]'],
    [/ \[command\]/g, ' [comando]'],
    [/^(\s*)help \[command\]/gm, '$1help [comando]'],
    [/^(\s*)Global Options:/gm, '$1Opciones globales:'],
    [/^(\s*)Options:/gm, '$1Opciones:'],
    [/^(\s*)Commands:/gm, '$1Comandos:'],
    [/^(\s*)Arguments:/gm, '$1Argumentos:'],
    [/\bdisplay help for command\b/g, 'muestra la ayuda del comando'],
    [/\boutput the version number\b/g, 'muestra el número de versión'],
    // The notes after a description: "(choices: "a", "b", default: "a")".
    [/([(]|, )(choices|default|preset|env): /g, (_m: string, before: string, word: string) => `${before}${helpExtras[word] ?? word}: `],
  ] as ReadonlyArray<readonly [RegExp, Replacement]>,

  /** For commander's error messages; each begins with "error: ", and at most one pattern of the first group applies. */
  errors: [
    [/^error: unknown option '([^']*)'/, "error: opción desconocida '$1'"],
    [/^error: unknown command '([^']*)'/, "error: comando desconocido '$1'"],
    [
      /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
      (_m: string, name: string | undefined, expected: string, got: string) =>
        `error: demasiados argumentos${name === undefined ? '' : ` para '${name}'`}. Se ${expected === '1' ? 'esperaba' : 'esperaban'} ${plural(expected, 'argumento', 'argumentos')}, pero se ${got === '1' ? 'recibió' : 'recibieron'} ${got}.`,
    ],
    [/^error: missing required argument '([^']*)'/, "error: falta el argumento obligatorio '$1'"],
    [/^error: option '([^']*)' argument missing/, "error: a la opción '$1' le falta su valor"],
    [/^error: required option '([^']*)' not specified/, "error: falta la opción obligatoria '$1'"],
    [
      /^error: (option|environment variable) '([^']*)' cannot be used with (option|environment variable) '([^']*)'/,
      (_m: string, kind1: string, name1: string, kind2: string, name2: string) =>
        `error: ${kind1 === 'option' ? 'la opción' : 'la variable de entorno'} '${name1}' no se puede usar con ${kind2 === 'option' ? 'la opción' : 'la variable de entorno'} '${name2}'`,
    ],
    // Followed by the project's own reason (an InvalidArgumentError's message), left as it is.
    [/^error: option '([^']*)' argument '([\s\S]*?)' is invalid\./, "error: el valor '$2' de la opción '$1' no es válido."],
    [
      /^error: option '([^']*)' value '([\s\S]*?)' from env '([^']*)' is invalid\./,
      "error: el valor '$2' de la opción '$1', tomado de la variable de entorno '$3', no es válido.",
    ],
    [/^error: command-argument value '([\s\S]*?)' is invalid for argument '([^']*)'\./, "error: el valor '$1' no es válido para el argumento '$2'."],
    // The suggestion on its own line after an unknown option or command.
    [/\(Did you mean one of ([^\n]*)\?\)/, '(¿Quiso decir alguno de estos: $1?)'],
    [/\(Did you mean ([^\n]*)\?\)/, '(¿Quiso decir $1?)'],
    // cli.ts's showHelpAfterError line.
    [/\(add --help to see what is accepted\)/, '(agregue --help para ver qué se acepta)'],
  ] as ReadonlyArray<readonly [RegExp, Replacement]>,

  /** The English words cli.ts gives commander for the program itself. */
  program: {
    'print the version and exit': 'muestra la versión y termina',
    'show help': 'muestra la ayuda',
    'plain text without colour (NO_COLOR=1 does the same)': 'texto simple, sin colores (NO_COLOR=1 hace lo mismo)',
    'show a stack trace for unexpected errors (DEBUG=1 does the same)':
      'muestra el rastreo de la pila (stack trace) en los errores inesperados (DEBUG=1 hace lo mismo)',
    '(add --help to see what is accepted)': '(agregue --help para ver qué se acepta)',
  } as Readonly<Record<string, string>>,
};

function applyAll(s: string, pairs: ReadonlyArray<readonly [RegExp, Replacement]>): string {
  let out = s;
  for (const [pattern, replacement] of pairs) {
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

/** A --help text from commander with its fixed English words in Spanish; the project's own words are untouched. */
export function spanishHelp(text: string): string {
  return applyAll(text, commanderEs.help);
}

/** One of commander's error messages in Spanish; a message it does not know is returned as it is. */
export function spanishError(message: string): string {
  return applyAll(message, commanderEs.errors);
}
