import { localised } from '../core/lang.js';
import type { SameKeys, Words } from '../core/words.js';

/**
 * The words of `audit --help` and of the wizard's "I have a quote" choice, in English and Spanish,
 * kept apart from the audit's report words so the program and the wizard's first question load
 * only these.
 */
const auditHelpEn = {
  inputFlag:
    'how the quote is written: text (one item a line), csv (label,amount[,quantity,unit,code,provider]) or json ({"items": [...]}); default: recognised from the content',
  formatFlag: 'output: table, json, markdown or html (a report to print; default: table)',
  estimateFlag: 'also run the full estimate with the audited quote as --quote (your share and paying plan follow from the flags given)',
  asciiFlag: 'draw the table with plain ASCII characters (also chosen when TERM=dumb)',
  help: `
The quote is plain text, one item a line, as a clinic's quote, Good Faith
Estimate, email or text message gives it:
  # Example Pain Center, quoted 2026-11-02
  Consultation 350
  Ketamine infusion (4 h) $1,000 x 5
  Labs 120
  Booster 650-800 per infusion
  Total 5,470
The last amount on a line is its price ($, US$, commas, cents, a range
650-800); "x 5", "5 x" or "(5)" its quantity; "per infusion", "/night" or
"each" its unit. A line without an amount is a note; a "Total" line is checked
against the sum; a line starting with # is a heading. CSV and JSON are read too.

Examples:
  $ ketamine-cost audit quote.txt
  $ pbpaste | ketamine-cost audit --lang es
  $ ketamine-cost audit quote.txt --format html > quote-check.html
  $ ketamine-cost audit quote.txt --estimate --insurance none --apr 27 --finance-months 24

Exit codes: 0 done (also when lines could not be read: they are listed),
1 unexpected failure, 2 nothing could be read or a mistake in the flags.
This is information for planning, not medical, financial or legal advice.`,

  // The wizard's first question
  quoteChoice: 'I have a quote: check it',
  quoteChoiceHelp: 'Paste the quote or Good Faith Estimate you were given: see what it leaves out, what looks wrong, and what to ask.',
};

const auditHelpEs = {
  inputFlag:
    'cómo está escrita la cotización: text (un renglón por concepto), csv (label,amount[,quantity,unit,code,provider]) o json ({"items": [...]}); predeterminado: se reconoce por el contenido',
  formatFlag: 'salida: table, json, markdown o html (un informe para imprimir; predeterminado: table)',
  estimateFlag: 'además calcula el estimado completo con la cotización revisada como --quote (su parte y el plan de pagos salen de las opciones indicadas)',
  asciiFlag: 'dibuja la tabla con caracteres ASCII simples (también se usa cuando TERM=dumb)',
  help: `
La cotización es texto simple, un concepto por renglón, tal como la da una
clínica, un Estimado de Buena Fe, un correo o un mensaje de texto:
  # Centro del Dolor de Ejemplo, cotizado el 2026-11-02
  Consulta 350
  Infusión de ketamina (4 h) US$1,000 x 5
  Análisis de laboratorio 120
  Refuerzo 650-800 por infusión
  Total 5,470
El último monto de un renglón es su precio ($, US$, comas, centavos, un rango
650-800); "x 5", "5 x" o "(5)" es la cantidad; "por infusión", "/noche" o
"c/u" es la unidad. Un renglón sin monto es una nota; un renglón "Total" se
compara con la suma; un renglón que empieza con # es un encabezado. También se
leen CSV y JSON.

Ejemplos:
  $ ketamine-cost audit cotizacion.txt
  $ pbpaste | ketamine-cost audit --lang es
  $ ketamine-cost audit cotizacion.txt --format html > revision.html
  $ ketamine-cost audit cotizacion.txt --estimate --insurance none --apr 27 --finance-months 24

Códigos de salida: 0 terminado (también si hubo renglones que no se pudieron
leer: se enumeran), 1 falla inesperada, 2 no se pudo leer nada o hay un error en
las opciones.
Esto es información para planificar, no asesoría médica, financiera ni legal.`,

  // The wizard's first question
  quoteChoice: 'Tengo una cotización: revisarla',
  quoteChoiceHelp: 'Pegue la cotización o el Estimado de Buena Fe que le dieron: vea lo que deja fuera, lo que parece estar mal y qué preguntar.',
} satisfies Record<string, unknown>;

// The same keys and signatures in both languages: a missing or changed entry fails the type check.
const _check: Words<typeof auditHelpEn> = auditHelpEs;
void _check;
const _sameKeys: SameKeys<typeof auditHelpEs, typeof auditHelpEn> = true;
void _sameKeys;

/** The words above in the language chosen for this run. */
export const auditHelp: typeof auditHelpEn = localised(auditHelpEn, auditHelpEs as unknown as typeof auditHelpEn);
export { auditHelpEn, auditHelpEs };
