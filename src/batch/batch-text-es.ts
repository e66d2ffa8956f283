import type { batchText } from './batch-text.js';

/** Every word `batch` says, in Spanish: the same keys and signatures as `batchText`. */
export const batchTextEs = {
  strayQuote: 'hay comillas dentro de una celda que no empieza con comillas (dentro de una celda entre comillas, escriba "")',
  afterClosingQuote: 'hay texto después de las comillas de cierre de una celda',
  unclosedQuote: (column: number) => `las comillas de la columna ${column} abren una celda que nunca se cierra (dentro de una celda, escriba "")`,
  quoteNotClosed: (column: number) =>
    `las comillas de la columna ${column} abren una celda que no se cierra en esta línea (dentro de una celda, escriba ""); las líneas siguientes se leen como filas aparte`,
  cellCount: (got: number, want: number) => `tiene ${got} ${got === 1 ? 'celda' : 'celdas'}, pero el encabezado tiene ${want}`,
  notObject: 'cada línea debe ser un solo objeto JSON, como {"technique": "outpatient"}',
  notJson: (why: string) => `no es JSON válido (${why})`,
  lineTooLong: (line: number, max: string) => `la línea ${line} de los escenarios tiene más de ${max}; ¿es el archivo correcto?`,
  notUtf8: (line: number) => `los escenarios no son texto UTF-8 (cerca de la línea ${line}); guárdelos como UTF-8 e inténtelo de nuevo`,
  cannotRead: (why: string) => `no se pueden leer los escenarios: ${why}`,
  cannotReadFile: (file: string, why: string) => `no se pueden leer los escenarios ${file}: ${why}`,
  stdinIsDirectory: 'la entrada estándar es una carpeta, no escenarios: indique un nombre de archivo, o envíe los escenarios por una tubería (|)',
  noHeader: 'la entrada CSV no tiene fila de encabezado: empiece con los nombres de las columnas, por ejemplo id,technique,boosters',
  unknownColumns: (names: string, known: string) =>
    `${names.includes(',') ? 'columnas CSV desconocidas' : 'columna CSV desconocida'} ${names}: use los nombres de las opciones: ${known} (y un id opcional)`,
  duplicateColumn: (name: string, other: string) => `la columna CSV ${name} corresponde al mismo campo que ${other}: incluya cada columna una sola vez`,
  rowProblem: (line: number, id: string | undefined, problems: string, last = line) =>
    `${last === line ? `línea ${line}` : `líneas ${line} a ${last}`}${id === undefined ? '' : ` (id ${id})`}: ${problems}`,
  summary: (failed: number, total: number, passed: number, failFast: boolean) =>
    `${failed} de ${total} ${total === 1 ? 'fila' : 'filas'} ${failed === 1 ? 'falló' : 'fallaron'}${failFast ? ' (se detuvo en la primera, --fail-fast)' : ''}; ${
      passed === 0 ? 'no se escribió ninguna fila de resultados' : passed === 1 ? 'la otra sí se escribió' : `las otras ${passed} sí se escribieron`
    }`,
  stoppedAt: (why: string, written: number) =>
    `${why} (${written === 0 ? 'no se escribió ninguna fila de resultados' : written === 1 ? 'antes de esa línea se escribió 1 fila de resultados' : `antes de esa línea se escribieron ${written} filas de resultados`})`,
  noTerminalInput: 'batch lee los escenarios de un archivo o de la entrada estándar: indique un nombre de archivo, o envíe los escenarios por una tubería (|)',
  inputKind: (got: string) => `--input debe ser ndjson o csv (se recibió ${got})`,
  outputKind: (got: string) => `--format para batch debe ser csv o ndjson (se recibió ${got})`,
} satisfies Record<string, unknown>;

// The same keys and signatures as the English: a missing or changed entry fails the type check.
const _check: typeof batchText = batchTextEs;
void _check;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const _sameKeys: SameKeys<typeof batchTextEs, typeof batchText> = true;
void _sameKeys;
