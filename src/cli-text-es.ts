import { quoted, type cliText } from './cli-text.js';

/** What a file is, as the code names it in English ("data file"), in Spanish with its article; anything else is shown as given. */
const FILES: Readonly<Record<string, string>> = {
  'data file': 'el archivo de datos',
  'scenario file': 'el archivo de escenario',
  'providers file': 'el archivo de proveedores',
};
const fileKind = (what: string) => FILES[what] ?? what;

/** The same as cli-text.ts's own (not exported) helper: a size in MB, or KB below 1 MB. */
function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Words the command line says outside any one command, in Spanish: the same keys and signatures as `cliText`. */
export const cliTextEs = {
  prefix: 'ketamine-cost: ',
  noSuchFile: 'no existe el archivo',
  permissionDenied: 'permiso denegado',
  isDirectory: 'es una carpeta',
  notADirectoryOnPath: 'una parte de la ruta no es una carpeta',
  notRegularToRead:
    'no es un archivo normal (es un FIFO, un dispositivo o un socket, que pueden no terminar nunca o no empezar nunca); guarde su contenido en un archivo e indique ese archivo',
  emptyName: 'el nombre está vacío; indique un nombre de archivo',
  cannotRead: (what: string, file: string, why: string) => `no se puede leer ${fileKind(what)} ${quoted(file)}: ${why}`,
  tooLarge: (what: string, file: string, max: number) => `${fileKind(what)} ${quoted(file)} pesa más de ${megabytes(max)}; ¿es el archivo correcto?`,
  notUtf8: (what: string, file: string) => `${fileKind(what)} ${quoted(file)} no es texto UTF-8; guárdelo como UTF-8 e inténtelo de nuevo`,
  notJson: (what: string, file: string, why: string) => `${fileKind(what)} ${quoted(file)} no es JSON válido: ${why}`,
  inFile: (what: string, file: string, problem: string) => `${fileKind(what)} ${quoted(file)}: ${problem}`,
  invalidInput: 'datos de entrada no válidos',
  dataInvalid: (file: string) => `el archivo de datos ${file} no es válido`,
  problemsHeading: (heading: string, n: number) => `${heading} (${n} problemas):`,
  pricesOneOf: (values: string, got: string) => `--prices debe ser uno de estos valores: ${values} (se recibió ${got})`,
  formatOneOf: (values: string, got: string) => `--format debe ser uno de estos valores: ${values} (se recibió ${got})`,
  jsonVsFormat: (format: string) => `--json pide JSON, pero --format pide ${format}: indique solo uno de los dos`,
  wizardNeedsTerminal:
    'el asistente necesita una terminal para hacerle las preguntas; para scripts use `ketamine-cost estimate` (vea `ketamine-cost estimate --help`)',
  dataNeedsSubcommand: 'data necesita un subcomando: show, validate ARCHIVO o schema (vea ketamine-cost data --help)',
  forceNeedsSave: '--force solo se aplica junto con --save ARCHIVO',
  savedScenario: (path: string) => `Se guardó el escenario en ${path}`,
  atLine: (line: number, problem: string) => `línea ${line}: ${problem}`,
  badLang: (got: string) => `--lang debe ser en (inglés) o es (español) (se recibió ${got})`,
  versionAlone: (got: string) => `--version muestra la versión y no admite nada más (se recibió ${got}); indíquelo solo`,
  scenarioNotObject: (file: string) => `el archivo de escenario ${file} debe contener un solo objeto JSON, como el que escribe --save`,
  givenTwice: 'Aparece más de una vez: indíquelo una sola vez.',
  emptyValue: 'Está vacío: indique un valor, u omita la opción.',
  unexpected: (message: string) => `error inesperado: ${message}`,
  reportIt: 'Vuelva a ejecutarlo con --debug para ver los detalles y, por favor, repórtelo.',
  cancelled: 'Cancelado.',
  cannotWrite: (file: string, why: string) => `no se puede escribir ${file}: ${why}`,
  alreadyExists: (file: string) => `${file} ya existe; elija otro nombre, o agregue --force para reemplazarlo`,
  notRegularFile: (file: string) =>
    `${file} no es un archivo normal (es una carpeta, un dispositivo, un enlace, un FIFO o un socket), así que nunca se reemplaza; elija otro nombre`,
  shortWrite: 'el archivo o el disco solo aceptó una parte (está lleno o tiene un límite de tamaño)',
  saveDash: '"-" no es un nombre de archivo aquí (el resultado es lo que va a la salida estándar); indique un nombre de archivo',
  saveFlagLike: (asFile: string) =>
    `parece una opción, no un nombre de archivo: indique el nombre del archivo justo después de la opción (para un archivo con ese nombre, escriba ${asFile})`,
  saveFolderName: 'termina con una barra, así que nombra una carpeta; indique un nombre de archivo',
  hardLinked: (file: string, names: number) =>
    `${file} tiene ${names} nombres (enlaces duros); reemplazarlo dejaría los demás con el contenido anterior, así que nunca se reemplaza: elija otro nombre`,
  folderKeepsFiles:
    'su carpeta no permite borrar ni renombrar archivos (solo agregar, o es de otro usuario), así que el archivo no se puede reemplazar; elija un nombre nuevo',
  outputFailed: (why: string) => `no se puede escribir la salida: ${why}`,
} satisfies Record<string, unknown>;

// The same keys and signatures as the English: a missing or changed entry fails the type check.
const _check: typeof cliText = cliTextEs;
void _check;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _sameKeys: SameKeys<typeof cliTextEs, typeof cliText> = true;
void _sameKeys;
