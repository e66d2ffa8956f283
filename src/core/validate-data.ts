import * as z from 'zod';
import { dataText } from './data-text.js';
import { costDataSchema, type CostData, type CostDataFile } from './data-schema.js';
import { localiseData } from './localise.js';
import { language, type Lang } from './lang.js';
import { formatPath, problemsFromZod, type Problem } from './problems.js';

export type DataResult = { ok: true; data: CostData; file: CostDataFile } | { ok: false; problems: Problem[] };

// Keys that would reach Object.prototype if the data were ever merged into another object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// The data file's shape is 6 levels deep; far deeper nesting is an attack or a broken file.
const MAX_DEPTH = 32;

/** Checks parsed JSON against the data schema; lists every problem with its JSON path. The data comes back in the run's language. */
export function validateCostData(json: unknown, lang: Lang = language()): DataResult {
  const structural = findStructuralProblems(json);
  if (structural.length > 0) return { ok: false, problems: structural };
  // zod's own messages (a wrong type, a missing field) in the run's language.
  z.config(language() === 'es' ? z.locales.es() : z.locales.en());
  const parsed = costDataSchema.safeParse(json);
  return parsed.success ? { ok: true, data: localiseData(parsed.data, lang), file: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) };
}

/** Forbidden keys and nesting too deep, found without recursion so no input can overflow the stack. */
function findStructuralProblems(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      problems.push({ path: formatPath(path), message: dataText.tooDeep(MAX_DEPTH) });
      continue;
    }
    if (Array.isArray(value)) value.forEach((v, i) => void stack.push({ value: v, path: [...path, i] }));
    else
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) problems.push({ path: formatPath([...path, key]), message: dataText.forbiddenKey(key) });
        else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    if (problems.length >= 50) break;
  }
  return problems;
}
