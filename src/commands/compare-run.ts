import type { Io } from '../edge/io.js';
import { pricesBasis, type CompareFlags } from './flag-types.js';
import { loadData } from '../edge/data-file.js';
import { makeChalk } from '../edge/colour.js';
import { asciiWanted, terminalWidth } from '../edge/terminal.js';
import { writeOut } from '../edge/out-stream.js';
import type { CostData } from '../core/data-schema.js';
import { TECHNIQUES } from '../core/ids.js';
import { estimate } from '../core/estimate.js';
import { quoteReadingWarning } from '../core/quote-reading.js';
import { readScenario, type Layer } from '../core/scenario-read.js';
import { escapeControls } from '../core/escape.js';
import { UsageError, problemList } from '../errors.js';
import { tool } from '../version.js';
import { reportMeta } from '../edge/report-meta.js';
import { flagsLayer } from './flags-layer.js';
import { scenarioFileLayer } from './scenario-input.js';
import { chooseFormat } from './format-choice.js';
import type { CompareOption } from '../render/compare.js';
import { unhandledFormat } from '../render/formats.js';
import { compareText as t } from './compare-text.js';

/** Runs `compare`: builds each option through the one road in, estimates it, and renders them side by side. */
export async function runCompare(flags: CompareFlags, io: Io): Promise<void> {
  const format = chooseFormat(flags);
  const prices = pricesBasis(flags.prices);
  const data = await loadData(flags.data, io.cwd);
  const options = (await optionsOf(flags, data, io.cwd)).map(({ name, layers }) => {
    const r = readScenario(layers, data);
    if (!r.ok) throw new UsageError(problemList(t.invalidOption(name), r.problems));
    const est = estimate(r.normalised.scenario, data, r.normalised.notes, { prices });
    const reading = quoteReadingWarning(r.normalised.scenario, data, prices);
    if (reading) est.warnings.unshift(reading);
    return { name, est, inputNotes: reading ? [reading, ...r.normalised.notes] : r.normalised.notes } satisfies CompareOption;
  });
  const ascii = asciiWanted(flags, io);
  const render = await import('../render/compare.js');
  let output: string;
  switch (format) {
    case 'json':
      output = render.renderCompareJson(options, data, tool);
      break;
    case 'csv':
      output = render.renderCompareCsv(options);
      break;
    case 'markdown':
      output = render.renderCompareMarkdown(options, data, reportMeta());
      break;
    case 'html':
      output = (await import('../render/html.js')).renderHtml(options, data, reportMeta());
      break;
    case 'table':
      output = render.renderCompareTable(options, data, makeChalk(io, flags.color), terminalWidth(io), ascii);
      break;
    default:
      return unhandledFormat(format);
  }
  await writeOut(io.stdout, output);
}

/** The options: saved scenarios, several quotes for one technique, or the three techniques; the other flags apply to all. */
async function optionsOf(flags: CompareFlags, data: CostData, cwd: string): Promise<{ name: string; layers: Layer[] }[]> {
  const { quote: quotes, scenario: files, ...rest } = flags;
  const shared = flagsLayer(rest);
  if (files && quotes) throw new UsageError(t.scenarioOrQuote);
  if (files) {
    if (files.length < 2) throw new UsageError(t.atLeastTwo);
    return Promise.all(files.map(async (file) => ({ name: escapeControls(file), layers: [await scenarioFileLayer(file, cwd), shared] })));
  }
  if (quotes) {
    if (!flags.technique) throw new UsageError(t.quoteNeedsTechnique);
    if (quotes.length < 2) throw new UsageError(t.techniqueAlone);
    return quotes.map((quote) => ({ name: t.atQuote(escapeControls(quote)), layers: [{ ...shared, fields: { ...shared.fields, quote } }] }));
  }
  if (flags.technique) throw new UsageError(t.techniqueAlone);
  return TECHNIQUES.map((technique) => ({ name: data.techniques[technique].label, layers: [{ ...shared, fields: { ...shared.fields, technique } }] }));
}
