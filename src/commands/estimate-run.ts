import type { Io } from '../io.js';
import type { EstimateFlags } from './estimate.js';
import { loadData } from '../data-file.js';
import { scenarioFromFlags } from '../scenario-input.js';
import { estimate } from '../core/estimate.js';
import { scenarioToJson } from '../core/scenario.js';
import { FORMATS, renderEstimate, type Format } from '../render/by-format.js';
import { makeChalk } from '../colour.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UsageError } from '../errors.js';
import { tool } from '../version.js';

/** Picks the output format from --format and --json; a conflict or unknown name is a usage error. */
export function chooseFormat(flags: { format?: string; json?: boolean }): Format {
  const format = flags.format ?? (flags.json ? 'json' : 'table');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')} (got "${format}")`);
  if (flags.json && format !== 'json') throw new UsageError(`--json asks for JSON but --format asks for ${format}: give one of them`);
  return format as Format;
}

/** Runs `estimate`: data, scenario, estimate, render; the only output is the result on stdout. */
export async function runEstimate(flags: EstimateFlags, io: Io): Promise<void> {
  const format = chooseFormat(flags);
  if (flags.force && !flags.save) throw new UsageError('--force only applies with --save FILE');
  const data = await loadData(flags.data, io.cwd);
  const normalised = scenarioFromFlags(flags, data, io.cwd, flags.scenario);
  const est = estimate(normalised.scenario, data, normalised.notes);
  const output = await renderEstimate(format, est, data, { chalk: makeChalk(io, flags.color), width: terminalWidth(io), tool });
  if (flags.save) {
    const path = writeFileAtomic(flags.save, `${JSON.stringify(scenarioToJson(normalised.scenario), null, 2)}\n`, io.cwd, flags.force === true);
    io.stderr.write(`Saved the scenario to ${path}\n`);
  }
  io.stdout.write(output);
}

/** The terminal's width, kept between 60 and 100 columns; 80 when not a terminal. */
export function terminalWidth(io: Io): number {
  const cols = io.stdout.isTTY ? io.stdout.columns : undefined;
  return cols ? Math.max(60, Math.min(100, cols)) : 80;
}
