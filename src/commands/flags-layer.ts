import { FLAG_FIELDS, flagOf } from '../core/scenario-fields.js';
import type { Layer } from '../core/scenario-read.js';
import { text } from '../core/text.js';

/** Flag values as commander hands them over: strings, before any checking, keyed by field name. */
export type ScenarioFlags = Partial<Record<(typeof FLAG_FIELDS)[number]['name'], string>>;

/** The scenario flags given on the command line, as a layer of the one road in (no commander here: run files stay light). */
export function flagsLayer(flags: ScenarioFlags): Layer {
  const fields: Record<string, unknown> = {};
  for (const f of FLAG_FIELDS) if (flags[f.name] !== undefined) fields[f.name] = flags[f.name];
  return { fields, textual: true, name: flagOf, label: text.fromFlags };
}
