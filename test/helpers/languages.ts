import { registerLanguage } from '../../src/core/lang.js';
import { catalogs as es } from '../../src/lang-es.js';

// Every language but English registered, as src/languages.ts does at the start of a run.
registerLanguage('es', { ...es });
