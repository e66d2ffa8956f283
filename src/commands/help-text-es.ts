import { PRICE_BASES } from '../core/price-index.js';
import { INPUT_COLUMNS } from '../core/scenario-fields.js';
import type { HelpCatalog } from './help-text.js';

/** The --help words of help-text.ts in Spanish, by the same message ids (usted, US$ amounts). */
export const helpTextEs: HelpCatalog = {
  programDescription: `Planifique el aspecto económico del tratamiento con infusiones de ketamina
para el CRPS: un estimado de costos, de bajo a alto, basado en cifras con sus
fuentes, y una lista de preguntas para hacerle a la clínica.
Ejecútelo sin argumentos en una terminal para usar un asistente paso a paso.
Esto es información para planificar, no asesoría médica, financiera ni fiscal.`,
  versionOption: 'muestra la versión y termina',
  helpOption: 'muestra la ayuda',
  helpCommand: 'muestra la ayuda de un comando',
  helpAfterError: '(agregue --help para ver qué se acepta)',
  noColorOption: 'texto simple, sin colores (NO_COLOR=1 hace lo mismo)',
  debugOption: 'muestra el rastreo de la pila (stack trace) en los errores inesperados (DEBUG=1 hace lo mismo)',
  asciiOption:
    'salida en ASCII simple para lectores de pantalla y terminales antiguas: bordes de tablas, barras y gráficas, y letras sin acentos (también se usa cuando TERM=dumb)',
  langOption: 'idioma: en (inglés) o es (español); si no se indica, se toma de LC_ALL, LC_MESSAGES o LANG (es_* es español)',
  wizardCommand:
    'hace unas cuantas preguntas sencillas y muestra un estimado y una lista de preguntas para la clínica (es lo que se abre de forma predeterminada en una terminal); las opciones que indique responden esas preguntas de antemano',
  estimateCommand: 'muestra un estimado de costos y la lista de preguntas para la clínica a partir de las opciones (para scripts y hojas de cálculo)',
  compareCommand: 'compara alternativas lado a lado: las tres técnicas, escenarios guardados o una técnica con varias cotizaciones, con una gráfica de rangos',
  batchCommand: 'calcula el estimado de muchos escenarios a la vez (entrada en NDJSON o CSV, salida en CSV o NDJSON), fila por fila a medida que llegan',
  auditCommand: 'revisa la cotización o el Estimado de Buena Fe de una clínica: lo que falta o está fuera de rango, y las preguntas para enviarle',
  gfeCheckCommand: 'compara las facturas con sus Estimados de Buena Fe (Ley Sin Sorpresas, No Surprises Act): cuáles se pueden disputar y hasta cuándo',
  dataCommand: 'revisa los datos de costos: los muestra, valida un archivo de datos o muestra su JSON Schema',
  pricesOption: `${PRICE_BASES.join(' o ')}: actualiza cada cifra a dólares de hoy con el índice de precios, o muestra los montos tal como los publicaron las fuentes (predeterminado: today)`,
  dataOption: 'usa este archivo de datos de costos en lugar del incluido (se valida con el mismo esquema)',
  estimateScenarioOption: 'parte de un archivo de escenario guardado (JSON); las opciones que indique junto con él tienen prioridad',
  saveOption: 'además guarda el escenario normalizado en este archivo (nunca reemplaza un archivo existente sin --force)',
  forceOption: 'con --save: reemplaza el archivo si ya existe (solo si es un archivo normal)',
  estimateFormatOption: 'salida: table, json, csv, markdown o html (un informe para imprimir; predeterminado: table)',
  jsonOption: 'forma abreviada de --format json',
  timelineOption:
    'agrega el plan de pagos mes a mes a la tabla y al Markdown; con --format csv, escribe en su lugar una fila por mes (el JSON siempre lo incluye)',
  estimateHelp: `
Ejemplos:
  $ ketamine-cost estimate --technique low-dose-inpatient
  $ ketamine-cost estimate --technique outpatient --sessions 10 --boosters 2 --json
  $ ketamine-cost estimate --technique coma --quote 30000 --travelers 2 --nights 14
  $ ketamine-cost estimate --scenario my-plan.json --format markdown > plan.md

Cada opción lleva un solo valor y se puede indicar una sola vez.
Montos: escriba 650 o '$650' (sin comillas, la terminal lee $6 en $650 como una variable).
Códigos de salida: 0 terminado, 1 falla inesperada, 2 un error en los datos de entrada,
130 cancelado.`,
  repeatQuote: 'repítala para comparar clínicas',
  wizardScenarioOption: 'parte de un archivo de escenario guardado (JSON): revíselo, cámbielo y vuelva a guardarlo',
  compareScenarioOption: 'una alternativa tomada de un archivo de escenario guardado; repítala para agregar más alternativas',
  compareFormatOption: 'salida: table, json, csv, markdown o html (predeterminado: table)',
  compareHelp: `
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
  batchFileArgument: 'el archivo de escenarios (uno solo); con "-" o sin archivo, se lee la entrada estándar',
  batchInputOption: 'formato de entrada: ndjson o csv (predeterminado: csv para los archivos *.csv; si no, ndjson)',
  batchFormatOption: 'formato de salida: csv o ndjson (predeterminado: csv)',
  failFastOption: 'se detiene en la primera fila con errores',
  batchHelp: `
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
  auditFileArgument: 'la cotización: un archivo de texto, CSV o JSON, o - (lo predeterminado) para la entrada estándar',
  dataShowCommand: 'muestra la versión de los datos, la fecha de vigencia, las fuentes con sus años y qué cifras son supuestos',
  dataShowDataOption: 'muestra este archivo de datos en lugar del incluido',
  dataValidateCommand: 'valida un archivo de datos con el esquema; enumera cada problema con su ruta JSON (código de salida 0 si es válido, 2 si no)',
  dataValidateFileArgument: 'el archivo de datos JSON que se va a validar',
  dataSchemaCommand: 'muestra el JSON Schema del archivo de datos (el mismo que data/costs.schema.json), para los editores de código',
};
