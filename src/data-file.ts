import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { embeddedJson } from './embedded-data.js';
import { validateCostData } from './core/validate-data.js';
import type { CostData } from './core/data-schema.js';
import type { Problem } from './core/problems.js';
import { UsageError, problemList } from './errors.js';

export type DataCheck = { ok: true; data: CostData } | { ok: false; problems: Problem[] };

/** Reads and parses a JSON file; unreadable files and malformed JSON become UsageErrors naming the file. */
export function readJsonFile(file: string, cwd: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} "${file}": ${fsReason(error)}`);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${what} "${file}" is not valid JSON: ${(error as Error).message}`);
  }
}

/** Checks a data file and returns every problem, for `data validate`. */
export function checkDataFile(file: string, cwd: string): DataCheck {
  return validateCostData(readJsonFile(file, cwd, 'data file'));
}

/** The embedded data, or the file given with --data; a bad file is a UsageError listing each JSON path. */
export function loadData(file: string | undefined, cwd: string): CostData {
  const result = file === undefined ? validateCostData(embeddedJson) : checkDataFile(file, cwd);
  if (result.ok) return result.data;
  throw new UsageError(problemList(file === undefined ? 'the embedded data file is not valid' : `data file "${file}" is not valid`, result.problems));
}

export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return (error as Error).message;
}
