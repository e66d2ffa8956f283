import type { CostData } from './data-schema.js';
import type { TechniqueId } from './ids.js';
import { fieldFor, type FieldName } from './scenario-fields.js';
import { normaliseScenario, readField, type FieldValues, type NormalisedScenario } from './scenario.js';
import type { Problem } from './problems.js';
import { shown } from './escape.js';
import { text } from './text.js';

/** One front door's raw fields: flags, a scenario file, a batch row or the wizard's answers. */
export interface Layer {
  /** Keys as the user wrote them (a field name, a flag name or a CSV column) with raw values. */
  fields: Record<string, unknown>;
  /** Values are text to parse (flags, CSV cells, answers) rather than typed JSON values. */
  textual: boolean;
  /** A key that names the row (a batch line's "id"), not a field: skipped. */
  idKey?: string;
  /** How the user would name a key: `--pre-visits`, `plan.json: preVisits`, `pre-visits`. */
  name(key: string): string;
  /** What the layer is, for notes: "the scenario file". */
  label: string;
}

export type ReadResult = { ok: true; normalised: NormalisedScenario } | { ok: false; problems: Problem[] };

export interface Given {
  value: unknown;
  layer: Layer;
  key: string;
}

export interface Merged {
  /** Each field's value and the layer and key it came from. */
  given: Map<FieldName, Given>;
  /** Fields some layer gave, readable or not. */
  mentioned: Set<FieldName>;
  problems: Problem[];
  notes: string[];
}

/** Reads every layer's fields and merges them, later layers winning; problems named as written. */
export function mergeLayers(layers: readonly Layer[]): Merged {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const mentioned = new Set<FieldName>();
  let given = new Map<FieldName, Given>();
  for (const layer of layers) {
    const own = readLayer(layer, problems, mentioned);
    given = given.size === 0 ? own : mergeLayer(given, own, notes);
  }
  return { given, mentioned, problems, notes };
}

/** The merged values by field name, for the wizard's suggestions. */
export function mergedValues(merged: Merged): FieldValues {
  const values: Record<string, unknown> = {};
  for (const [name, g] of merged.given) values[name] = g.value;
  return values as FieldValues;
}

/**
 * The one road in: turns the raw fields of every front door into a normalised scenario, later
 * layers winning, or every problem found, each named as the user wrote it (`problem.path`).
 */
export function readScenario(layers: readonly Layer[], data: CostData): ReadResult {
  const merged = mergeLayers(layers);
  const { problems } = merged;
  const last = layers[layers.length - 1];
  const nameOf = (field: string) => {
    const g = merged.given.get(field as FieldName);
    if (g) return g.layer.name(g.key);
    return last ? last.name(field) : field;
  };
  const values = mergedValues(merged);
  if (!merged.mentioned.has('technique')) problems.push({ path: nameOf('technique'), message: text.techniqueRequired });
  if (problems.length > 0) return { ok: false, problems };
  const result = normaliseScenario(values as FieldValues & { technique: TechniqueId }, data);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ path: nameOf(p.path), message: p.message })) };
  result.normalised.notes.unshift(...merged.notes);
  return result;
}

function readLayer(layer: Layer, problems: Problem[], mentioned: Set<FieldName>): Map<FieldName, Given> {
  const own = new Map<FieldName, Given>();
  for (const key in layer.fields) {
    if (!Object.hasOwn(layer.fields, key)) continue;
    const raw = layer.fields[key];
    if (raw === undefined || key === layer.idKey) continue;
    const f = fieldFor(key);
    if (!f) {
      problems.push({ path: layer.name(key), message: text.unknownField });
      continue;
    }
    mentioned.add(f.name);
    const before = own.get(f.name);
    if (before) {
      problems.push({ path: layer.name(key), message: text.givenTwice(shown(before.key)) });
      continue;
    }
    const r = readField(f, raw, layer.textual);
    if (r.ok) own.set(f.name, { value: r.value, layer, key });
    else problems.push({ path: layer.name(key), message: r.message });
  }
  return own;
}

/** Fields that belong together: a new value for one of them drops the others given below it. */
function mergeLayer(below: Map<FieldName, Given>, own: Map<FieldName, Given>, notes: string[]): Map<FieldName, Given> {
  if (below.size === 0) return own;
  const result = new Map(below);
  const drop = (...names: FieldName[]) => names.filter((n) => result.delete(n));
  const newTechnique = own.get('technique')?.value;
  const oldTechnique = below.get('technique')?.value;
  if (newTechnique !== undefined && oldTechnique !== undefined && newTechnique !== oldTechnique) {
    // A per-infusion-day quote must never become the price of a whole course, nor the reverse.
    const dropped = drop('clinicRange', 'quote', 'sessions', 'months', 'sessionsHigh');
    if (dropped.length > 0) notes.push(text.droppedForTechnique(String(oldTechnique), String(newTechnique), below.get('technique')!.layer.label));
  }
  if (own.has('sessions') || own.has('months')) drop('sessions', 'months', 'sessionsHigh');
  if (own.has('quote') || own.has('clinicRange')) drop('quote', 'clinicRange');
  const newTravel = own.get('travel')?.value;
  if (newTravel !== undefined && newTravel !== below.get('travel')?.value) drop('travelers', 'nights', 'trips');
  for (const [name, given] of own) result.set(name, given);
  return result;
}
