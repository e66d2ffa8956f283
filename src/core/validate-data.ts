import { costDataSchema, type CostData } from './data-schema.js';
import { formatPath, problemsFromZod, type Problem } from './problems.js';

export type DataResult = { ok: true; data: CostData } | { ok: false; problems: Problem[] };

// Keys that would reach Object.prototype if the data were ever merged into another object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks parsed JSON against the data schema; lists every problem with its JSON path. */
export function validateCostData(json: unknown): DataResult {
  const forbidden = findForbiddenKeys(json, []);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  const parsed = costDataSchema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) };
}

function findForbiddenKeys(value: unknown, path: (string | number)[]): Problem[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => findForbiddenKeys(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.keys(value).flatMap((key) =>
    FORBIDDEN_KEYS.has(key)
      ? [{ path: formatPath([...path, key]), message: `the key "${key}" is not allowed` }]
      : findForbiddenKeys((value as Record<string, unknown>)[key], [...path, key]),
  );
}
