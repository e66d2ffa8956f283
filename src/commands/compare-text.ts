import { localised } from '../core/lang.js';
/** Every word `compare` says about its options, in one place. */
const compareTextEn = {
  invalidOption: (name: string) => `invalid input for ${name}`,
  scenarioOrQuote: 'give either --scenario files or --quote amounts to compare, not both',
  atLeastTwo: 'give --scenario twice or more to compare saved scenarios (or leave it out to compare the three techniques)',
  quoteNeedsTechnique: 'comparing quotes needs --technique: the technique the clinics quoted for',
  techniqueAlone:
    'compare puts several options side by side: give --quote twice or more for one --technique, or leave --technique out to compare the three techniques',
  atQuote: (quote: string) => `Quote ${quote}`,
};

/** The words above in the language chosen for this run. */
export const compareText: typeof compareTextEn = localised('compare', compareTextEn);
