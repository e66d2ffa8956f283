import { embeddedData } from './embedded-data.js';
import type { CostData } from '../core/data-schema.js';
import type { Problem } from '../core/problems.js';
import { UsageError, problemList } from '../errors.js';
import { cliText, quoted } from '../cli-text.js';
import { readJsonFile } from './read-file.js';

export type DataCheck = { ok: true; data: CostData } | { ok: false; problems: Problem[] };

/** Checks a data file and returns every problem, for `data validate`. */
export async function checkDataFile(file: string, cwd: string): Promise<DataCheck> {
  const json = await readJsonFile(file, cwd, 'data file');
  // The schema library is loaded only when a file needs checking.
  const { validateCostData } = await import('../core/validate-data.js');
  return validateCostData(json);
}

/**
 * The file given with --data, checked by the schema (a bad file is a UsageError listing each
 * JSON path), or the built-in data, which the build has already checked with the same schema.
 */
export async function loadData(file: string | undefined, cwd: string): Promise<CostData> {
  if (file === undefined) return embeddedData();
  const result = await checkDataFile(file, cwd);
  if (result.ok) return result.data;
  throw new UsageError(problemList(cliText.dataInvalid(quoted(file)), result.problems));
}
