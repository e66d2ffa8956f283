import type { CostData, CostDataFile } from './data-schema.js';
import type { Lang } from './lang.js';

/** The data with every {en, es} text replaced by the one of `lang`; the rest is shared, not copied deeply. */
export function localiseData(data: CostDataFile, lang: Lang): CostData {
  return pick(data, lang) as CostData;
}

function pick(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, lang));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && 'en' in value && 'es' in value && typeof (value as { en: unknown }).en === 'string') return (value as Record<Lang, string>)[lang];
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = pick((value as Record<string, unknown>)[k], lang);
  return out;
}
