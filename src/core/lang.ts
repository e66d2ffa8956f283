/** The language every word is written in: English, or Spanish (US$ amounts, usted). */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

// Kept on globalThis: the built tool bundles each command path into a file of its own, and every
// file has its own copy of this module; the language and the texts to refill must be shared.
interface LangState {
  current: Lang;
  bundles: { target: object; en: object; es: object }[];
}
const KEY = Symbol.for('ketamine-cost.lang');
const state: LangState =
  ((globalThis as Record<symbol, unknown>)[KEY] as LangState | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = { current: 'en', bundles: [] } as LangState);

/**
 * A text module's words in the current language. The object is the same for the whole run, and
 * setLanguage() refills it, so modules that imported it see the change; modules loaded later start
 * in the language already chosen.
 */
export function localised<T extends object>(en: T, es: T): T {
  const target = { ...(state.current === 'es' ? es : en) } as T;
  state.bundles.push({ target, en, es });
  return target;
}

/** Chooses the language for every text module; called once per run, before anything is written. */
export function setLanguage(lang: Lang): void {
  state.current = lang;
  for (const b of state.bundles) Object.assign(b.target, lang === 'es' ? b.es : b.en);
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
