import type { CostData } from '../core/data-schema.js';
import { readScenario, type Layer } from '../core/scenario-read.js';
import type { NormalisedScenario } from '../core/scenario.js';
import { escapeControls } from '../core/escape.js';
import { readJsonFile } from '../edge/read-file.js';
import { UsageError, problemList } from '../errors.js';
import { cliText as t, quoted } from '../cli-text.js';
import { flagsLayer, type ScenarioFlags } from './flags-layer.js';

/** A saved scenario file as a layer of the one road in; not a JSON object is a UsageError. */
export async function scenarioFileLayer(file: string, cwd: string): Promise<Layer> {
  const json = await readJsonFile(file, cwd, 'scenario file');
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new UsageError(t.scenarioNotObject(quoted(file)));
  const shownFile = escapeControls(file);
  return { fields: json as Record<string, unknown>, textual: false, name: (key) => `${shownFile}: ${escapeControls(key)}`, label: shownFile };
}

/** The layers for a scenario file (when given) and the flags, in the order they merge. */
export async function commandLayers(flags: ScenarioFlags, cwd: string, scenarioFile?: string): Promise<Layer[]> {
  return [...(scenarioFile === undefined ? [] : [await scenarioFileLayer(scenarioFile, cwd)]), flagsLayer(flags)];
}

/** Builds the scenario from layers (later ones win), or a UsageError listing every problem. */
export function scenarioFromLayers(layers: readonly Layer[], data: CostData): NormalisedScenario {
  const result = readScenario(layers, data);
  if (result.ok) return result.normalised;
  throw new UsageError(problemList(t.invalidInput, result.problems));
}
