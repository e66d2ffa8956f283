import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateCostData } from '../../src/core/validate-data.js';
import { readScenario, type Layer, type ReadResult } from '../../src/core/scenario-read.js';
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

/** A scenario file's fields as a layer of the one road in, named like a file called plan.json. */
export function jsonLayer(fields: Record<string, unknown>): Layer {
  return { fields, textual: false, name: (key) => `plan.json: ${key}`, label: 'plan.json' };
}

/** Reads a JSON scenario through the one road in. */
export function readJson(fields: Record<string, unknown>, data = realData()): ReadResult {
  return readScenario([jsonLayer(fields)], data);
}

/** Estimate for a raw scenario input (JSON values), failing the test on an input problem. */
export function estimateFor(input: Record<string, unknown>, data = realData()) {
  const r = readJson(input, data);
  if (!r.ok) throw new Error(`input refused: ${JSON.stringify(r.problems)}`);
  return estimate(r.normalised.scenario, data, r.normalised.notes);
}

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/data.json', import.meta.url));

/** A small data file with round figures, so tests of arithmetic and layout do not move when a published figure does. */
export function fixtureData(): CostData {
  const result = validateCostData(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')));
  if (!result.ok) throw new Error(`fixture data invalid: ${JSON.stringify(result.problems)}`);
  return result.data;
}
