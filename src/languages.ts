import type { Catalogs } from './catalogs.js';
import { isRegistered, type Lang, registerLanguage, setLanguage } from './core/lang.js';

/**
 * The one place the languages are registered: each language but English (which every text module
 * holds itself) and the file of its catalogs, loaded only in a run of that language. Adding a
 * language is its catalog files, its code in LANGS (src/core/lang.ts) and one line here.
 */
const LANGUAGES: Record<Exclude<Lang, 'en'>, () => Promise<{ catalogs: Catalogs }>> = {
  es: () => import('./lang-es.js'),
};

/** Loads the language's catalogs if it needs them, then chooses it for every text module. */
export async function useLanguage(lang: Lang): Promise<void> {
  if (lang !== 'en' && !isRegistered(lang)) registerLanguage(lang, { ...(await LANGUAGES[lang]()).catalogs });
  setLanguage(lang);
}
