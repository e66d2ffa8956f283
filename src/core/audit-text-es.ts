import type { SameKeys, Words } from './words.js';
import type { AuditTextEn } from './audit-text.js';
import { text } from './text.js';

/**
 * Every word `ketamine-cost audit` says outside the data file, in Spanish (usted): the same keys
 * and signatures as the English. Amounts and the clinic's words arrive as arguments.
 */
export const auditTextEs = {
  // In questions
  quoted: (words: string) => `"${words}"`,
  rangeYears: (from: number, to: number, month: string) => `${from === to ? String(from) : `alrededor de ${from}-${to}`}, en dólares de ${text.month(month)}`,
  unitItem: 'unidad',
  list: (parts: readonly string[]) => parts.join('; '),

  // Reports
  title: 'Revisión de la cotización',
  titleFor: (heading: string) => `Revisión de la cotización: ${heading}`,
  technique: (label: string, inferred: boolean, because: string | null) =>
    `Técnica: ${label}${inferred ? (because ? ` (se deduce de ${because}; use --technique para cambiarla)` : ' (se supone: ningún renglón menciona una hospitalización ni un coma; use --technique para cambiarla)') : ''}.`,
  whereUs: (inferred: boolean) =>
    `Dónde: un proveedor de EE. UU.${inferred ? ' (se supone: use --travel international si la clínica está en el extranjero)' : ''}. Se considera que usted paga por su cuenta (sin seguro), así que se aplican las reglas del Estimado de Buena Fe.`,
  whereAbroad: (inferred: boolean, because: string | null) =>
    `Dónde: una clínica en el extranjero${inferred ? (because ? ` (se deduce de ${because}; use --travel domestic si es una clínica de EE. UU.)` : ' (la técnica del coma no se hace en EE. UU.)') : ''}.`,
  pricesIn: (month: string) => `Los rangos están en dólares de ${text.month(month)}; los precios de la cotización, tal como están escritos.`,
  items: 'Conceptos',
  itemsCaption: 'La cotización, renglón por renglón, frente a los rangos habituales',
  columns: ['Renglón', 'Concepto', 'Categoría', 'Precio', 'Cant.', 'Rango habitual', 'Revisión'] as const,
  tableColumns: ['#', 'Concepto', 'Categoría', 'Precio × cant.', 'Rango habitual', 'Revisión'] as const,
  noItems: 'Ningún renglón de la cotización indica un precio.',
  per: (unit: string) => `por ${unit}`,
  each: 'c/u',
  covers: (count: number, units: string) => `por ${count} ${units}`,
  notCompared: '-',
  rangeCell: (range: string, from: number, to: number) => `${range} (${from === to ? from : `${from}-${to}`})`,
  check: {
    ok: 'en rango',
    'below-range': 'abajo',
    'above-range': 'arriba',
    'whole-series': '¿serie?',
    'how-many-infusions': '¿cuántas?',
    'how-many-units': '¿cuántos?',
    'depression-band': '¿depresión?',
    other: '¿qué es?',
    currency: 'no es US$',
    none: '',
  } as Record<string, string>,
  kinds: { total: 'total', subtotal: 'subtotal' } as Record<string, string>,
  otherCategory: 'Otro',
  termsCategory: 'Condiciones',
  currencyCell: (amount: string, currency: string) => `${amount} ${currency}`,
  totals: (total: string | null, sum: string, matches: boolean | null) =>
    total === null
      ? `Los renglones suman ${sum}; la cotización no indica un total.`
      : matches === false
        ? `El total de la cotización es ${total}, pero sus renglones suman ${sum}.`
        : matches === null
          ? `El total de la cotización es ${total}; no se pudieron sumar todos los renglones (otra moneda).`
          : `El total de la cotización es ${total}, y sus renglones suman eso.`,
  notSummed: 'Los renglones con precio por unidad sin cantidad no entran en la suma.',
  missing: 'Probablemente falta',
  missingIntro: (technique: string) => `Lo que suele necesitar ${technique} y esta cotización no menciona:`,
  missingNone: 'No falta ninguna de las cosas que la técnica suele necesitar.',
  flags: 'Lo que se encontró',
  flag: {
    'below-range': (item: string, price: string, range: string) => `${item}: ${price} está por debajo del rango habitual de ${range}.`,
    'above-range': (item: string, price: string, range: string) => `${item}: ${price} está por encima del rango habitual de ${range}.`,
    'whole-series': (item: string, price: string) => `${item}: ${price} está muy por encima de una infusión, pero dentro del precio de una serie completa.`,
    'how-many-infusions': (item: string) => `${item}: no se indica el número de infusiones.`,
    'how-many-units': (item: string) => `${item}: un precio por unidad sin cantidad; no se suma.`,
    'depression-band': (item: string, price: string) => `${item}: ${price} está en el rango habitual de las infusiones para la depresión.`,
    other: (item: string) => `${item}: no es una parte habitual del tratamiento con ketamina.`,
    currency: (item: string) => `${item}: no está en dólares estadounidenses; no se compara ni se suma.`,
    excluded: (words: string) => `No incluido: ${words}.`,
    terms: (label: string, words: string) => `Condiciones (${label}): ${words}`,
    arithmetic: (sum: string, total: string, difference: string, more: boolean) =>
      `El total (${total}) es ${difference} ${more ? 'más' : 'menos'} que la suma de los renglones (${sum}).`,
    missing: (label: string) => `No se menciona: ${label}.`,
    'not-gfe': 'Esto no es un Estimado de Buena Fe: como paciente que paga por su cuenta, usted tiene derecho a uno.',
    'gfe-part': (label: string) => `Al Estimado de Buena Fe le falta ${label}.`,
    abroad:
      'Una clínica en el extranjero no está obligada a dar un Estimado de Buena Fe, y no existe el derecho de disputa de EE. UU.: solo vale lo que esté por escrito.',
    'currency-unclear': 'Los montos están escritos solo con "$": ¿son dólares estadounidenses o moneda local?',
  },
  lineRef: (line: number) => `renglón ${line}`,
  questions: 'Preguntas para enviar a la clínica',
  why: 'Por qué:',
  noQuestions: 'No hay preguntas: la cotización responde todo lo que revisa esta herramienta. De todos modos, consérvela por escrito.',
  email: 'Un mensaje que puede copiar en un correo',
  emailSubject: (heading: string | null) => `Asunto: Preguntas sobre mi cotización${heading ? ` (${heading})` : ''}`,
  emailHello: 'Hola:',
  emailIntro: 'Gracias por la cotización del tratamiento con infusiones de ketamina. Antes de decidir, ¿podría responderme por escrito estas preguntas?',
  emailThanks: 'Gracias,',
  emailName: '[su nombre]',
  notes: 'Renglones que se conservan tal como están escritos',
  unreadable: 'Renglones que no se pudieron leer',
  unreadableLine: (line: number, text: string, why: string) => `renglón ${line}: ${text}: ${why}`,
  problem: {
    'too-long': 'el renglón tiene más de 4,000 caracteres',
    'too-large': 'el monto supera US$10,000,000',
    decimals: 'un monto puede tener 2 decimales como máximo (centavos)',
    'range-backwards': 'el rango va de mayor a menor; escríbalo de menor a mayor',
    quantity: 'la cantidad debe ser un número entero de 1 a 1,000',
    amount: 'el monto no está escrito como 1200, 1,200.50 o $1,200',
    record: 'no se pudo leer el registro',
  } as Record<string, string>,
  estimate: 'De la cotización al estimado',
  estimateIntro: 'Para convertir esta cotización en un estimado completo (con el viaje, su parte y un plan de pagos), ejecute:',
  estimateOr: (file: string) => `o: ketamine-cost audit ${file} --estimate, con las mismas opciones.`,
  estimateNoQuote: 'La cotización no tiene un precio por infusión que se pueda usar, así que el estimado usa el rango publicado:',
  sources: 'Fuentes',
  footer: (version: string, effective: string) =>
    `Datos ${version}, vigentes desde ${effective}. Esto es información para planificar, no asesoría médica, financiera ni legal.`,
  estimateHeading: 'El estimado a partir de esta cotización',

  // The wizard's "I have a quote" path
  pasteIntro:
    'Pegue la cotización (de un correo, un mensaje de texto o un Estimado de Buena Fe), un concepto por renglón, y luego presione Enter en un renglón vacío:',
  nothingPasted: 'No se pegó nada. Aun así puede planificar con los precios publicados.',
  nothingReadable: 'Ningún renglón de lo que pegó indica un precio, como "Consulta 350". Aun así puede planificar con los precios publicados.',
  quoteTechnique: '¿Para qué tratamiento es esta cotización?',
  toEstimate: '¿Convertir esta cotización en un estimado (viaje, su parte, un plan de pagos)?',
  quoteSaved: (command: string) => `Para revisar esta cotización más tarde, guárdela en un archivo y ejecute: ${command}`,
  // Input and its mistakes (each one line, after "ketamine-cost: ")
  quoteFile: 'el archivo de la cotización',
  stdinName: 'la entrada estándar',
  noInput: 'indique la cotización: un archivo (ketamine-cost audit cotizacion.txt), o envíela por una tubería (pbpaste | ketamine-cost audit)',
  inputKind: (got: string) => `--input debe ser text, csv o json (se recibió ${got})`,
  formatKind: (got: string) => `--format debe ser uno de: table, json, markdown, html (se recibió ${got})`,
  techniqueKind: (got: string) => `--technique debe ser uno de: low-dose-inpatient, outpatient, coma (se recibió ${got})`,
  travelKind: (got: string) => `--travel debe ser uno de: none, domestic, international (se recibió ${got})`,
  jsonVsFormat: (format: string) => `--json pide JSON, pero --format pide ${format}: indique solo una de las dos`,
  nothingRead: (name: string) =>
    `no se pudo leer nada de ${name} como una cotización: escriba un concepto por renglón con su precio, como "Consulta 350" o "Infusión de ketamina US$1,000 x 5"`,
  tooManyLines: (name: string, max: number) => `${name} tiene más de ${max} renglones; ¿es el archivo correcto?`,
  notJson: (name: string, why: string) => `${name} no es un JSON válido: ${why}`,
  jsonShape: (name: string) => `${name} debe contener {"items": [{"label": …, "amount": …}, …]} o una lista de esos conceptos`,
  jsonItem: (n: number) => `el concepto ${n} debe ser un objeto con label (concepto) y amount (monto)`,
  csvHeader: (name: string, got: string) => `${name}: columna desconocida ${got}; las columnas son label, amount, quantity, unit, code y provider`,
  stdinTooLarge: (max: string) => `la cotización recibida por la entrada estándar supera ${max}; ¿es el texto correcto?`,
  stdinNotUtf8: 'la cotización recibida por la entrada estándar no es texto UTF-8; guárdela como UTF-8 e intente de nuevo',
  unreadableStderr: (name: string, line: number, text: string, why: string) => `${name}, renglón ${line}: ${text}: ${why}`,
  noAuditData: (file: string) => `el archivo de datos ${file} no tiene la sección audit, que audit necesita (vea el data/costs.json incluido)`,
} satisfies Record<string, unknown>;

// The same keys and signatures as the English: a missing or changed entry fails the type check.
const _check: Words<AuditTextEn> = auditTextEs;
void _check;
const _sameKeys: SameKeys<typeof auditTextEs, AuditTextEn> = true;
void _sameKeys;
