import type { SameKeys, Words } from '../core/words.js';
import type { gfeText } from './gfe-text.js';

/**
 * Every word `gfe-check` says, in Spanish: the same keys and signatures as `gfeText`. Amounts,
 * days and the help line arrive as arguments: they come from the data file, never from here.
 */
export const gfeTextEs = {
  // --help
  estimateFlag:
    "el Estimado de Buena Fe de un proveedor, como 1200 o 1,200.50 (escriba 650 o '$650'), o un archivo de cotización como lo lee audit (su total); repítalo para cada proveedor",
  billFlag: 'la factura de ese mismo proveedor; repítala en el mismo orden que --estimate',
  fileFlag: 'lee los proveedores de un archivo CSV con el encabezado provider,estimate,bill (provider es opcional)',
  billDateFlag: 'la fecha de la factura, AAAA-MM-DD o DD/MM/AAAA (una sola fecha para todos los proveedores)',
  todayFlag: 'cuenta los días que quedan a partir de esta fecha en lugar de hoy, AAAA-MM-DD o DD/MM/AAAA',
  jsonFlag: 'muestra JSON en lugar de texto',
  help: (threshold: string, days: number, fee: string) => `
La regla (45 CFR 149.620): si usted no tiene seguro o no lo está usando, y la
factura de un proveedor supera en ${threshold} o más el Estimado de Buena Fe de ese
mismo proveedor, puede iniciar una disputa dentro de los ${days} días siguientes a
la fecha de la factura, pagando una tarifa de ${fee}.
(Los montos y los días vienen de los datos incluidos; --data ARCHIVO usa los
de otro archivo.)

Varios proveedores: repita --estimate y --bill en pares (el primer estimado va
con la primera factura), o use --file con un proveedor por fila:
  provider,estimate,bill
  Clínica de infusión,4000,4600
  Anestesia,900,1250

Ejemplos:
  $ ketamine-cost gfe-check --estimate 4000 --bill 4600 --bill-date 2026-01-15
  $ ketamine-cost gfe-check --estimate 4000 --bill 4600 --estimate 900 \\
      --bill 1250 --bill-date 2026-01-15 --json
  $ ketamine-cost gfe-check --file providers.csv --bill-date 2026-01-15

Códigos de salida: 0 terminado (también si ya pasó la fecha límite), 1 falla
inesperada, 2 un error en los datos de entrada (un monto, una fecha, una
factura con fecha posterior a hoy).
Esto es información, no asesoría legal.`,

  // Text output
  title: 'Revisión del Estimado de Buena Fe (Ley Sin Sorpresas)',
  yourBill: 'Su factura',
  providerNumber: (n: number) => `Proveedor ${n}`,
  amounts: (label: string, estimate: string, bill: string) => `${label}: estimado ${estimate}, factura ${bill},`,
  over: (amount: string) => `${amount} por encima del estimado.`,
  under: (amount: string) => `${amount} por debajo del estimado.`,
  same: 'igual al estimado.',
  eligible: (threshold: string) => `Se puede disputar: la factura está ${threshold} o más por encima del estimado.`,
  notEligible: (threshold: string) => `No se puede disputar: la factura está menos de ${threshold} por encima del estimado.`,
  noneEligible: 'Ninguna de estas facturas supera su estimado lo suficiente para disputarla de esta manera.',
  deadline: (billDate: string, deadline: string, days: number) =>
    `Fecha de la factura: ${billDate}. El último día para iniciar una disputa es el ${deadline}, ${days} días después de la fecha de la factura:`,
  daysLeft: (n: number) => (n === 0 ? 'hoy es el último día.' : n === 1 ? 'queda 1 día.' : `quedan ${n} días.`),
  passed: (billDate: string, deadline: string, days: number, ago: number, helpLine: string) =>
    `Fecha de la factura: ${billDate}. El último día para iniciar una disputa fue el ${deadline}, ${days} días después de la fecha de la factura: pasó hace ${ago} ${ago === 1 ? 'día' : 'días'}, así que ya no se puede iniciar una disputa de esta manera. Llame a la línea de ayuda, ${helpLine}, para preguntar qué puede hacer todavía.`,
  fee: (fee: string) => `Iniciar una disputa tiene una tarifa de ${fee}.`,
  collections: 'Mientras la disputa esté abierta, el proveedor no puede enviar la factura a una agencia de cobranza.',
  helpLine: (helpLine: string) => `Línea de ayuda (No Surprises Help Desk): ${helpLine}.`,
  note: (note: string) => `Nota: ${note}`,
  source: (titles: string) => `Fuente: ${titles}.`,
  disclaimer: 'Esto es información, no asesoría legal.',

  // Mistakes in the input (each one line, after the "ketamine-cost: " prefix)
  noProviders: 'indique el estimado y la factura (--estimate MONTO --bill MONTO), o --file PROVEEDORES.csv',
  fileAndFlags: 'indique los proveedores con --estimate y --bill, o con --file, pero no de las dos formas',
  countMismatch: (estimates: number, bills: number) =>
    `--estimate aparece ${times(estimates)}, pero --bill ${times(bills)}: indique un --bill por cada --estimate, en el mismo orden`,
  needBillDate: 'indique --bill-date AAAA-MM-DD, la fecha que aparece en la factura',
  notAmount: (what: string, value: string, why: string) => `${what} ${value} no es un monto: ${why}`,
  negative: 'no puede ser negativo',
  tooManyDecimals: 'puede tener 2 decimales como máximo (centavos), como 1200.50',
  tooLarge: 'es demasiado grande',
  emptyAmount: 'está vacío',
  // "$1200" as typed: the amount reader accepts "$", not "US$".
  amountLike: "escríbalo como 1200, 1,200.50 o '$1200' (entre comillas: la terminal lee $1 como una variable)",
  notDate: (flag: string, value: string, why: string) => `${flag} ${value} no es una fecha: ${why}`,
  dateFormat: 'escríbala como AAAA-MM-DD (2026-01-15) o DD/MM/AAAA (15/01/2026)',
  longDate: (y: number, month: string, d: number) => `${d} de ${month} de ${y}`,
  dateRead: (flag: string, value: string, iso: string, long: string, other: { iso: string; long: string } | null) =>
    `${flag} ${value} se leyó como ${iso} (${long})${other ? `; para el ${other.long}, escriba ${other.iso}` : ''}`,
  noSuchMonth: (m: number) => `no existe el mes ${m}`,
  noSuchDay: (month: string, y: number, days: number) => `${month} de ${y} tiene ${days} días`,
  yearRange: 'el año debe estar entre 1900 y 2200',
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const,
  billInFuture: (billDate: string, today: string, fromClock: boolean) =>
    `--bill-date ${billDate} es posterior a ${fromClock ? 'hoy' : '--today'} (${today}): indique la fecha impresa en la factura`,

  // The providers file
  providersFile: 'el archivo de proveedores',
  fileLine: (file: string, line: number, problem: string) => `archivo de proveedores ${file}, línea ${line}: ${problem}`,
  fileEmpty: (file: string) => `el archivo de proveedores ${file} está vacío: empiece con el encabezado provider,estimate,bill`,
  noRows: (file: string) => `el archivo de proveedores ${file} tiene encabezado, pero no proveedores: agregue una fila por proveedor, como Clínica,4000,4600`,
  unknownColumn: (name: string) => `columna desconocida ${name} en el encabezado: las columnas son provider (opcional), estimate y bill`,
  duplicateColumn: (name: string) => `la columna ${name} aparece dos veces en el encabezado`,
  missingColumn: (name: string) => `al encabezado le falta la columna ${name}: empiece el archivo con provider,estimate,bill`,
  cellCount: (got: number, want: number) => `tiene ${got} ${got === 1 ? 'celda' : 'celdas'}, pero el encabezado tiene ${want}`,
} satisfies Record<string, unknown>;

function times(n: number): string {
  return n === 1 ? 'una vez' : `${n} veces`;
}

/** The English module's shape with its words widened to string, so Spanish words fit; `value`s stay exact. */
// The same keys and signatures as the English: a missing or changed entry fails the type check.
const _check: Words<typeof gfeText> = gfeTextEs;
void _check;
const _sameKeys: SameKeys<typeof gfeTextEs, typeof gfeText> = true;
void _sameKeys;
