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
  // zod's own messages (a wrong type, a missing field) in the run's language; sizes in plain words.
  z.config({ ...(language() === 'es' ? z.locales.es() : z.locales.en()), customError: sizeMessage });
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

/**
 * A size out of bounds in plain words ("has too many entries: at most 200"), where the schema gave
 * no message of its own; zod's own ("Too big: expected array to have <=200 items") otherwise.
 */
function sizeMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  const big = issue.code === 'too_big';
  const bound = (big ? issue.maximum : issue.minimum) as number | bigint;
  const n = typeof bound === 'bigint' ? bound.toString() : bound;
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'array':
    case 'set':
      return big ? dataText.tooManyItems(n) : dataText.tooFewItems(n);
    case 'string':
      return big ? dataText.tooLongText(n) : dataText.tooShortText(n);
    case 'number':
    case 'int':
    case 'bigint':
      return big ? (inclusive ? dataText.atMost(n) : dataText.lessThan(n)) : inclusive ? dataText.atLeast(n) : dataText.moreThan(n);
    default:
      return undefined;
  }
}
