import type { SameKeys, Words } from '../core/words.js';
import type { auditHelpEn } from './audit-help.js';

/** The words of audit-help.ts in Spanish: the same keys and signatures. */
export const auditHelpEs = {
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
