/** The language every word is written in: English, or Spanish (US$ amounts, usted). */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

// Kept on globalThis: the built tool bundles each command path into a file of its own, and every
// file has its own copy of this module; the language, the catalogs and the texts to refill must be shared.
interface LangState {
  current: Lang;
  /** Every text module loaded so far: its words (refilled on a change of language), its domain and its English. */
  bundles: { target: object; domain: string; en: object }[];
  /** The catalogs of each language but English, by domain, once registered (src/languages.ts loads them). */
  catalogs: Partial<Record<Lang, Readonly<Record<string, object>>>>;
}
const KEY = Symbol.for('ketamine-cost.lang');
const state: LangState =
  ((globalThis as Record<symbol, unknown>)[KEY] as LangState | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { current: 'en', bundles: [], catalogs: {} } as LangState);

/** A domain's words in `lang`: the English as written in its text module, any other from its registered catalog. */
function wordsIn(lang: Lang, domain: string, en: object): object {
  if (lang === 'en') return en;
  const words = state.catalogs[lang]?.[domain];
  if (words === undefined) throw new Error(`no ${lang} catalog for the ${domain} texts: register the language first (src/languages.ts)`);
  return words;
}

/**
 * A text module's words in the current language: `en` is the module's English, whose type every
 * other language's catalog has (src/catalogs.ts). The object is the same for the whole run, and
 * setLanguage() refills it, so modules that imported it see the change; modules loaded later start
 * in the language already chosen. A text module never imports another language.
 */
export function localised<T extends object>(domain: string, en: T): T {
  const target = { ...wordsIn(state.current, domain, en) } as T;
  state.bundles.push({ target, domain, en });
  return target;
}

/** Makes a language's catalogs (one per domain) known; src/languages.ts does it before setLanguage. */
export function registerLanguage(lang: Exclude<Lang, 'en'>, catalogs: Readonly<Record<string, object>>): void {
  state.catalogs[lang] = catalogs;
}

/** Whether setLanguage(lang) can be called: English always, another language once registered. */
export function isRegistered(lang: Lang): boolean {
  return lang === 'en' || state.catalogs[lang] !== undefined;
}

/** The domains of the text modules loaded so far (for the test that every language has each). */
export function loadedDomains(): string[] {
  return [...new Set(state.bundles.map((b) => b.domain))];
}

/** Chooses the language for every text module; called once per run, before anything is written. */
export function setLanguage(lang: Lang): void {
  // Every catalog first, so a language without one fails before any text is half changed.
  const words = state.bundles.map((b) => wordsIn(lang, b.domain, b.en));
  state.current = lang;
  for (const [i, b] of state.bundles.entries()) Object.assign(b.target, words[i]);
}

/** The language chosen for this run. */
export function language(): Lang {
  return state.current;
}

/**
 * The language from --lang if given, else from LC_ALL, LC_MESSAGES or LANG (the first one set
 * decides, as in POSIX: es_* gives Spanish), else English. Null for a --lang that is not known.
 */
export function chooseLanguage(flag: string | undefined, env: Record<string, string | undefined>): Lang | null {
  if (flag !== undefined) return (LANGS as readonly string[]).includes(flag) ? (flag as Lang) : null;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^es([_.@-]|$)/i.test(locale) ? 'es' : 'en';
}
