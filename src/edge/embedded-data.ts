import embedded from '../../data/costs.json' with { type: 'json' };
import type { CostData, CostDataFile } from '../core/data-schema.js';
import { localiseData } from '../core/localise.js';
import { language, type Lang } from '../core/lang.js';

const byLang = new Map<Lang, CostData>();

/**
 * The data file built into the tool, in the run's language. `npm run build` refuses to bundle it
 * unless it passes the schema, and bundles in place of this module the same function with the data
 * already localised by localiseData for each language (scripts/build.mjs).
 */
export function embeddedData(): CostData {
  const lang = language();
  let data = byLang.get(lang);
  if (!data) byLang.set(lang, (data = localiseData(embedded as unknown as CostDataFile, lang)));
  return data;
}
