import { cliText } from '../cli-text.js';
import type { Io } from '../edge/io.js';
import { pricesBasis, type EstimateFlags } from './flag-types.js';
import { loadData } from '../edge/data-file.js';
import { commandLayers, scenarioFromLayers } from './scenario-input.js';
import { estimate } from '../core/estimate.js';
import { quoteReadingWarning } from '../core/quote-reading.js';
import { scenarioToJson } from '../core/scenario.js';
import { renderEstimate } from '../render/by-format.js';
import { chooseFormat } from './format-choice.js';
import { colourLevel } from '../edge/colour-level.js';
import { asciiWanted, terminalWidth } from '../edge/terminal.js';
import { writeOut } from '../edge/out-stream.js';
import { UsageError } from '../errors.js';
import { escapeControls } from '../core/escape.js';
import { tool } from '../version.js';
import { reportMeta } from '../edge/report-meta.js';

/** Runs `estimate`: data, scenario, estimate, render; the only output is the result on stdout. */
export async function runEstimate(flags: EstimateFlags, io: Io): Promise<void> {
  const format = chooseFormat(flags);
  const prices = pricesBasis(flags.prices);
  if (flags.force && !flags.save) throw new UsageError(cliText.forceNeedsSave);
  const data = await loadData(flags.data, io.cwd);
  const normalised = scenarioFromLayers(await commandLayers(flags, io.cwd, flags.scenario), data);
  const est = estimate(normalised.scenario, data, normalised.notes, { prices });
  // A quote read per infusion that looks like the whole series' price is said first, with the reading used.
  const reading = quoteReadingWarning(normalised.scenario, data, prices);
  if (reading) est.warnings.unshift(reading);
  const output = await renderEstimate(format, est, data, {
    colour: colourLevel(io, flags.color),
    width: terminalWidth(io),
    tool,
    meta: reportMeta(),
    timeline: flags.timeline === true,
    ascii: asciiWanted(flags, io),
  });
  if (flags.save) {
    const { writeFileAtomic } = await import('../edge/atomic-write.js');
    const path = writeFileAtomic(flags.save, `${JSON.stringify(scenarioToJson(normalised.scenario), null, 2)}\n`, io.cwd, flags.force === true);
    io.stderr.write(`${cliText.savedScenario(escapeControls(path))}\n`);
  }
  await writeOut(io.stdout, output);
}
