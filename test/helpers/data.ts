import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateCostData } from '../../src/core/validate-data.js';
import { normaliseScenario } from '../../src/core/scenario.js';
import { estimate } from '../../src/core/estimate.js';
import type { CostData } from '../../src/core/data-schema.js';

export const DATA_PATH = fileURLToPath(new URL('../../data/costs.json', import.meta.url));

/** A fresh copy of the committed data file's JSON, for tests that break it on purpose. */
export function rawData(): Record<string, any> {
  return JSON.parse(readFileSync(DATA_PATH, 'utf8'));
}

/** The committed data file, validated. */
export function realData(): CostData {
  const result = validateCostData(rawData());
  if (!result.ok) throw new Error(`committed data invalid: ${JSON.stringify(result.problems)}`);
  return result.data;
}

/** Estimate for a raw scenario input against the real data. */
export function estimateFor(input: Record<string, unknown>, data = realData()) {
  const n = normaliseScenario(input, data);
  return estimate(n.scenario, data, n.notes);
}
