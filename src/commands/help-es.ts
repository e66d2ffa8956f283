/**
 * The project's own --help words, in Spanish: each key is the exact English string as the source
 * gives it to commander (descriptions, option and argument help, addHelpText blocks), each value
 * its translation. Not here: the scenario fields' help (field-help-es.ts), gfe-check's flags and
 * help block (gfe-text-es.ts) and commander's fixed words (commander-es.ts).
 *
 * Two keys are template literals evaluated with their constants, and must change with them:
 * - common-options.ts's --prices: `${PRICE_BASES.join(' or ')}` is "today or published";
 * - batch.ts's HELP: `${INPUT_COLUMNS.join(',')}`, the batch CSV columns, comes from the field table
 *   (src/core/scenario-fields.ts) in the key and in its translation alike.
 */
import { INPUT_COLUMNS } from '../core/scenario-fields.js';

export const helpEs: Readonly<Record<string, string>> = {
  // src/cli.ts
  [`Plan the money side of ketamine infusion treatment for CRPS: a low-to-high cost
estimate from sourced figures, and a checklist of questions to ask the clinic.
Run with no arguments in a terminal for a step-by-step wizard.
This is information for planning, not medical, financial or tax advice.`]: `Planifique el aspecto económico del tratamiento con infusiones de ketamina
para el CRPS: un estimado de costos, de bajo a alto, basado en cifras con sus
fuentes, y una lista de preguntas para hacerle a la clínica.
Ejecútelo sin argumentos en una terminal para usar un asistente paso a paso.
Esto es información para planificar, no asesoría médica, financiera ni fiscal.`,
  'print the version and exit': 'muestra la versión y termina',
  'show help': 'muestra la ayuda',
  'show help for a command': 'muestra la ayuda de un comando',
  'plain text without colour (NO_COLOR=1 does the same)': 'texto simple, sin colores (NO_COLOR=1 hace lo mismo)',
  'show a stack trace for unexpected errors (DEBUG=1 does the same)':
    'muestra el rastreo de la pila (stack trace) en los errores inesperados (DEBUG=1 hace lo mismo)',
  'language: en (English) or es (Spanish); without it, from LC_ALL, LC_MESSAGES or LANG (es_* is Spanish)':
    'idioma: en (inglés) o es (español); si no se indica, se toma de LC_ALL, LC_MESSAGES o LANG (es_* es español)',
  '(add --help to see what is accepted)': '(agregue --help para ver qué se acepta)',

  // src/commands/command-descriptions.ts
  'answer a few plain questions and get an estimate and a checklist (the default in a terminal); flags given answer their questions in advance':
    'hace unas cuantas preguntas sencillas y muestra un estimado y una lista de preguntas para la clínica (es lo que se abre de forma predeterminada en una terminal); las opciones que indique responden esas preguntas de antemano',
  'print a cost estimate and clinic checklist from flags (for scripts and spreadsheets)':
    'muestra un estimado de costos y la lista de preguntas para la clínica a partir de las opciones (para scripts y hojas de cálculo)',
  'put options side by side: the three techniques, saved scenarios, or one technique at several quotes, with a range chart':
    'compara alternativas lado a lado: las tres técnicas, escenarios guardados o una técnica con varias cotizaciones, con una gráfica de rangos',
  'estimate many scenarios at once (NDJSON or CSV in, CSV or NDJSON out), streaming':
    'calcula el estimado de muchos escenarios a la vez (entrada en NDJSON o CSV, salida en CSV o NDJSON), fila por fila a medida que llegan',
  "check a clinic's quote or Good Faith Estimate: what is missing or out of range, and the questions to send back":
    'revisa la cotización o el Estimado de Buena Fe de una clínica: lo que falta o está fuera de rango, y las preguntas para enviarle',
  'the quote: a text, CSV or JSON file, or - (the default) for standard input':
    'la cotización: un archivo de texto, CSV o JSON, o - (lo predeterminado) para la entrada estándar',
  'check bills against their Good Faith Estimates (No Surprises Act): which can be disputed, and by when':
    'compara las facturas con sus Estimados de Buena Fe (Ley Sin Sorpresas, No Surprises Act): cuáles se pueden disputar y hasta cuándo',
  'inspect the cost data: show it, validate a data file, print its JSON Schema':
    'revisa los datos de costos: los muestra, valida un archivo de datos o muestra su JSON Schema',

  // src/commands/common-options.ts (--prices: evaluated, see above)
  "today or published: restate every figure to today's dollars with the price index, or show the sources' own published amounts (default: today)":
    'today o published: actualiza cada cifra a dólares de hoy con el índice de precios, o muestra los montos tal como los publicaron las fuentes (predeterminado: today)',
  'use this cost data file instead of the built-in one (checked by the same schema)':
    'usa este archivo de datos de costos en lugar del incluido (se valida con el mismo esquema)',

  // src/commands/estimate.ts
  'start from a saved scenario file (JSON); flags given beside it win':
    'parte de un archivo de escenario guardado (JSON); las opciones que indique junto con él tienen prioridad',
  'also save the normalised scenario to this file (never overwrites without --force)':
    'además guarda el escenario normalizado en este archivo (nunca reemplaza un archivo existente sin --force)',
  'with --save: replace the file if it exists (a regular file only)': 'con --save: reemplaza el archivo si ya existe (solo si es un archivo normal)',
  'output: table, json, csv, markdown or html (a report to print; default: table)':
    'salida: table, json, csv, markdown o html (un informe para imprimir; predeterminado: table)',
  // Also compare.ts's --json.
  'short for --format json': 'forma abreviada de --format json',
  'plain ASCII output for screen readers and old terminals: table borders, bars and charts, and letters without accents (also chosen when TERM=dumb)':
    'salida en ASCII simple para lectores de pantalla y terminales antiguas: bordes de tablas, barras y gráficas, y letras sin acentos (también se usa cuando TERM=dumb)',
  'repeat it to compare clinics': 'repítala para comparar clínicas',
  'add the month-by-month cash plan to the table and Markdown; with --format csv, write one row per month instead (JSON always has it)':
    'agrega el plan de pagos mes a mes a la tabla y al Markdown; con --format csv, escribe en su lugar una fila por mes (el JSON siempre lo incluye)',
  [`
Examples:
  $ ketamine-cost estimate --technique low-dose-inpatient
  $ ketamine-cost estimate --technique outpatient --sessions 10 --boosters 2 --json
  $ ketamine-cost estimate --technique coma --quote 30000 --travelers 2 --nights 14
  $ ketamine-cost estimate --scenario my-plan.json --format markdown > plan.md

Each flag takes one value and may be given once.
Amounts: write 650 or '$650' (unquoted, the shell reads $6 in $650 as a variable).
Exit codes: 0 done, 1 unexpected failure, 2 a mistake in the input, 130 cancelled.`]: `
Ejemplos:
  $ ketamine-cost estimate --technique low-dose-inpatient
  $ ketamine-cost estimate --technique outpatient --sessions 10 --boosters 2 --json
  $ ketamine-cost estimate --technique coma --quote 30000 --travelers 2 --nights 14
  $ ketamine-cost estimate --scenario my-plan.json --format markdown > plan.md

Cada opción lleva un solo valor y se puede indicar una sola vez.
Montos: escriba 650 o '$650' (sin comillas, la terminal lee $6 en $650 como una variable).
Códigos de salida: 0 terminado, 1 falla inesperada, 2 un error en los datos de entrada,
130 cancelado.`,

  // src/commands/wizard.ts
  'start from a saved scenario file (JSON): review, change and save it back':
    'parte de un archivo de escenario guardado (JSON): revíselo, cámbielo y vuelva a guardarlo',

  // src/commands/compare.ts (--json: see estimate.ts)
  'an option from a saved scenario file; repeat it for more options':
    'una alternativa tomada de un archivo de escenario guardado; repítala para agregar más alternativas',
  'output: table, json, csv, markdown or html (default: table)': 'salida: table, json, csv, markdown o html (predeterminado: table)',
  [`
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
Exit codes: 0 done, 1 unexpected failure, 2 a mistake in the input.`]: `
Alternativas que se comparan, una de estas:
  las tres técnicas, con sus valores predeterminados (si no se indica --scenario ni --quote);
  archivos de escenario guardados: --scenario a.json --scenario b.json;
  una técnica con las cotizaciones de varias clínicas: -t outpatient --quote 650 --quote 900.
Todas las demás opciones (consultas, infusiones de refuerzo, viaje, seguro, forma de pago)
se aplican por igual a cada alternativa.

Ejemplos:
  $ ketamine-cost compare
  $ ketamine-cost compare --travel domestic --pre-visits 2
  $ ketamine-cost compare -t coma --quote 20000 --quote 28000-35000
  $ ketamine-cost compare --scenario clinic-a.json --scenario clinic-b.json --format html > compare.html

Montos: escriba 650 o '$650' (sin comillas, la terminal lee $6 en $650 como una variable).
Códigos de salida: 0 terminado, 1 falla inesperada, 2 un error en los datos de entrada.`,

  // src/commands/batch.ts (HELP: evaluated, see above)
  'the scenarios file (one); "-" or nothing reads standard input': 'el archivo de escenarios (uno solo); con "-" o sin archivo, se lee la entrada estándar',
  'input format: ndjson or csv (default: csv for *.csv files, else ndjson)':
    'formato de entrada: ndjson o csv (predeterminado: csv para los archivos *.csv; si no, ndjson)',
  'output format: csv or ndjson (default: csv)': 'formato de salida: csv o ndjson (predeterminado: csv)',
  'stop at the first bad row': 'se detiene en la primera fila con errores',
  [`
Input: one scenario per NDJSON line ({"technique": "outpatient", "sessions": 10}), or CSV rows
whose header uses the flag names (${INPUT_COLUMNS.join(',')}).
An optional "id" field names each row; otherwise the row number is used. Empty CSV cells take
the defaults. A line may be at most 1 MB; the input must be UTF-8 text.

Output: one row per scenario with its normalised fields, the total low, typical and high, and the
low and high of each category. A bad row is reported on stderr with its line number and does not
stop the others. Exit code 0 when every row passed, 2 when any failed.

Examples:
  $ ketamine-cost batch scenarios.csv > estimates.csv
  $ cat scenarios.ndjson | ketamine-cost batch --format ndjson`]: `
Entrada: un escenario por línea NDJSON ({"technique": "outpatient", "sessions": 10}), o filas CSV
cuyo encabezado usa los nombres de las opciones (${INPUT_COLUMNS.join(',')}).
Un campo opcional "id" le da nombre a cada fila; si no lo hay, se usa el número de fila. Las
celdas CSV vacías toman los valores predeterminados. Una línea puede ocupar 1 MB como máximo; la
entrada debe ser texto UTF-8.

Salida: una fila por escenario con sus campos normalizados, el total bajo, típico y alto, y el
bajo y el alto de cada categoría. Una fila con errores se informa en stderr con su número de
línea y no detiene las demás. Código de salida 0 si todas las filas son válidas, 2 si alguna
falló.

Ejemplos:
  $ ketamine-cost batch scenarios.csv > estimates.csv
  $ cat scenarios.ndjson | ketamine-cost batch --format ndjson`,

  // src/commands/data.ts
  'print the data version, effective date, sources with their years, and which figures are assumptions':
    'muestra la versión de los datos, la fecha de vigencia, las fuentes con sus años y qué cifras son supuestos',
  'show this data file instead of the built-in one': 'muestra este archivo de datos en lugar del incluido',
  'check a data file against the schema; lists every problem with its JSON path (exit 0 valid, 2 not)':
    'valida un archivo de datos con el esquema; enumera cada problema con su ruta JSON (código de salida 0 si es válido, 2 si no)',
  'the JSON data file to check': 'el archivo de datos JSON que se va a validar',
  'print the JSON Schema of the data file (the same as data/costs.schema.json), for editors':
    'muestra el JSON Schema del archivo de datos (el mismo que data/costs.schema.json), para los editores de código',
};
