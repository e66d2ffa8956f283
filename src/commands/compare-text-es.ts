import type { compareText } from './compare-text.js';

/** Every word `compare` says about its options, in Spanish. */
export const compareTextEs = {
  invalidOption: (name: string) => `datos no válidos para ${name}`,
  scenarioOrQuote: 'indique archivos con --scenario o montos con --quote para comparar, no ambos',
  atLeastTwo: 'indique --scenario dos veces o más para comparar escenarios guardados (u omítalo para comparar las tres técnicas)',
  quoteNeedsTechnique: 'para comparar cotizaciones hace falta --technique: la técnica que cotizaron las clínicas',
  techniqueAlone:
    'compare pone varias alternativas lado a lado: indique --quote dos veces o más para una --technique, u omita --technique para comparar las tres técnicas',
  atQuote: (quote: string) => `Cotización ${quote}`,
} satisfies typeof compareText;
