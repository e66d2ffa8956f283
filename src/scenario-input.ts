import { normaliseScenario, type NormalisedScenario } from './core/scenario.js';
import type { CostData } from './core/data-schema.js';
import { InputError, type Problem } from './core/problems.js';
import { flagName, flagsToInput, type ScenarioFlags } from './commands/scenario-options.js';
import { readJsonFile } from './data-file.js';
import { UsageError, problemList } from './errors.js';

/** A scenario file's fields, or a UsageError if it is not a JSON object. */
export function readScenarioFile(file: string, cwd: string): Record<string, unknown> {
  const json = readJsonFile(file, cwd, 'scenario file');
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(`scenario file "${file}" must hold one JSON object, like the one --save writes`);
  return json as Record<string, unknown>;
}

/**
 * Builds the scenario from an optional scenario file and the flags (flags win) and normalises
 * it. Every problem is reported at once, named by its flag or by the file and field it came from.
 */
export function scenarioFromFlags(flags: ScenarioFlags, data: CostData, cwd: string, scenarioFile?: string): NormalisedScenario {
  const { input: fromFlags, problems } = flagsToInput(flags);
  let merged: Record<string, unknown> = { ...fromFlags };
  if (scenarioFile !== undefined) {
    const file = { ...readScenarioFile(scenarioFile, cwd) };
    // Sessions and months belong together: a flag for one replaces both of the file's.
    if ('sessions' in fromFlags || 'months' in fromFlags || ('technique' in fromFlags && fromFlags.technique !== file.technique)) {
      delete file.sessions;
      delete file.months;
    }
    if ('quote' in fromFlags || 'clinicRange' in fromFlags) {
      delete file.quote;
      delete file.clinicRange;
    }
    merged = { ...file, ...fromFlags };
  }
  const name = (path: string) => {
    const field = path.split(/[.[]/)[0] ?? path;
    return field in fromFlags || scenarioFile === undefined || problems.some((p) => p.path === field) ? flagName(path) : `${scenarioFile}: ${path}`;
  };
  const all: Problem[] = [...problems];
  if (merged.technique === undefined)
    all.push({ path: 'technique', message: 'is required: choose low-dose-inpatient, outpatient or coma (see --help)' });
  if (all.length === 0) {
    try {
      return normaliseScenario(merged, data);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      all.push(...error.problems);
    }
  }
  throw new UsageError(problemList('invalid input', all, name));
}
