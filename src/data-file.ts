import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { embeddedData } from './embedded-data.js';
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
export async function checkDataFile(file: string, cwd: string): Promise<DataCheck> {
  const json = readJsonFile(file, cwd, 'data file');
  // The schema library is loaded only when a file needs checking.
  const { validateCostData } = await import('./core/validate-data.js');
  return validateCostData(json);
}

/**
 * The file given with --data, checked by the schema (a bad file is a UsageError listing each
 * JSON path), or the built-in data, which the build has already checked with the same schema.
 */
export async function loadData(file: string | undefined, cwd: string): Promise<CostData> {
  if (file === undefined) return embeddedData;
  const result = await checkDataFile(file, cwd);
  if (result.ok) return result.data;
  throw new UsageError(problemList(`data file "${file}" is not valid`, result.problems));
}

export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return (error as Error).message;
}
