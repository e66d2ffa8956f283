import type { Problem } from '../core/problems.js';
import { scenarioInputSchema } from '../core/scenario.js';
import { flagsToInput, type ScenarioFlags } from './scenario-options.js';

const KNOWN = new Set<string>([...Object.keys(scenarioInputSchema.shape), 'id']);

/** "pre-visits", "pre_visits" and "preVisits" all name the field preVisits. */
export function fieldName(key: string): string {
  return key.trim().replace(/[-_]([a-z])/g, (_, ch: string) => ch.toUpperCase());
}

/** Column names that are not scenario fields, for refusing a CSV header up front. */
export function unknownColumns(columns: readonly string[]): string[] {
  return columns.filter((c) => !KNOWN.has(fieldName(c)));
}

export interface BatchRow {
  id: string | undefined;
  input: Record<string, unknown>;
  problems: Problem[];
}

/** A CSV record (all strings): counts read strictly like flags; empty cells take the defaults. */
export function csvRow(record: Record<string, string>): BatchRow {
  const flags: Record<string, string> = {};
  let id: string | undefined;
  for (const [key, raw] of Object.entries(record)) {
    const name = fieldName(key);
    const value = raw.trim();
    if (value === '') continue;
    if (name === 'id') id = value;
    else flags[name] = value;
  }
  const { input, problems } = flagsToInput(flags as ScenarioFlags);
  return { id, input, problems };
}

/** An NDJSON object: typed values go to the scenario schema as they are. */
export function ndjsonRow(value: unknown): BatchRow {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { id: undefined, input: {}, problems: [{ path: '', message: 'each line must be one JSON object, like {"technique": "outpatient"}' }] };
  const input: Record<string, unknown> = {};
  let id: string | undefined;
  for (const [key, v] of Object.entries(value)) {
    const name = fieldName(key);
    if (!KNOWN.has(name)) return { id, input: {}, problems: [{ path: key, message: 'is not a scenario field (check the spelling)' }] };
    if (name === 'id') id = String(v);
    else input[name] = v;
  }
  return { id, input, problems: [] };
}
