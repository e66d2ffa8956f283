import { Chalk } from 'chalk';
import type { Io } from '../edge/io.js';
import type { AuditFlags } from './flag-types.js';
import type { CostData } from '../core/data-schema.js';
import { TECHNIQUES, TRAVEL_KINDS, type TechniqueId, type TravelKind } from '../core/ids.js';
import { loadData } from '../edge/data-file.js';
import { writeOut } from '../edge/out-stream.js';
import { terminalWidth } from '../edge/terminal.js';
import { colourLevel } from '../edge/colour-level.js';
import { auditQuote } from '../core/audit.js';
import { quoteCommand, quoteScenario } from '../core/audit-estimate.js';
import { auditText as t } from '../core/audit-text.js';
import { escapeControls, shown } from '../core/escape.js';
import { flagOf } from '../core/scenario-fields.js';
import type { Layer } from '../core/scenario-read.js';
import { cliText, quoted } from '../cli-text.js';
import { text as coreText } from '../core/text.js';
import { inputKind, parseInput, readQuote } from './audit-input.js';
import { UsageError } from '../errors.js';
import { tool } from '../version.js';
import { reportMeta } from '../edge/report-meta.js';
import { flagsLayer } from './flags-layer.js';
import { shellWord } from './command-line.js';
import { scenarioFromLayers } from './scenario-input.js';
import type { AuditExtras } from '../render/audit-parts.js';

export const AUDIT_FORMATS = ['table', 'json', 'markdown', 'html'] as const;
type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** Runs `audit`: reads the quote, audits it, and prints the report (and with --estimate the estimate) in the chosen format. */
export async function runAudit(file: string | undefined, flags: AuditFlags, io: Io): Promise<void> {
  const format = chooseFormat(flags);
  const options = auditOptions(flags);
  const data = await loadData(flags.data, io.cwd);
  if (!data.audit) throw new UsageError(t.noAuditData(quoted(flags.data ?? '')));
  const input = await readQuote(file, io);
  const parsed = parseInput(input, inputKind(flags.input, input), data);
  // Each line that cannot be read, one line each on stderr; the rest is audited.
  for (const u of parsed.unreadable)
    io.stderr.write(`${cliText.prefix}${t.unreadableStderr(input.name, u.line, u.text, u.detail ?? t.problem[u.problem] ?? u.problem)}\n`);
  if (parsed.items.length === 0) throw new UsageError(t.nothingRead(input.name));
  const result = auditQuote(parsed, data, options);
  const scenario = quoteScenario(result, data);
  const extras: AuditExtras = {
    command: quoteCommand(scenario.fields),
    quoteUsed: scenario.quoteUsed,
    file: input.file === null ? null : shellWord(escapeControls(input.file)),
  };
  const width = terminalWidth(io);
  const ascii = flags.ascii === true || io.env.TERM === 'dumb';

  let estimated: { json: unknown; text: string } | null = null;
  if (flags.estimate) estimated = await runEstimateFrom(scenario.fields, flags, data, format, io, width, ascii);

  const report = await import('../render/audit-report.js');
  let output: string;
  switch (format) {
    case 'json':
      output = report.renderAuditJson(report.auditJson(result, data, tool, extras, estimated?.json));
      break;
    case 'markdown':
      output = report.renderAuditMarkdown(result, data, extras) + (estimated ? `\n---\n\n${estimated.text}` : '');
      break;
    case 'html':
      output = report.renderAuditHtml(result, data, extras, estimated ? report.embedHtml(estimated.text) : null);
      break;
    case 'table': {
      const chalk = new Chalk({ level: colourLevel(io, flags.color) });
      output = report.renderAuditTable(result, data, chalk, width, extras, { ascii }) + (estimated ? `\n${estimated.text}` : '');
      break;
    }
  }
  await writeOut(io.stdout, output);
}

function chooseFormat(flags: AuditFlags): AuditFormat {
  const format = flags.format ?? (flags.json ? 'json' : 'table');
  if (!(AUDIT_FORMATS as readonly string[]).includes(format)) throw new UsageError(t.formatKind(shown(format)));
  if (flags.json && format !== 'json') throw new UsageError(t.jsonVsFormat(format));
  return format as AuditFormat;
}

function auditOptions(flags: AuditFlags): { technique?: TechniqueId; travel?: TravelKind } {
  const out: { technique?: TechniqueId; travel?: TravelKind } = {};
  if (flags.technique !== undefined) {
    if (!(TECHNIQUES as readonly string[]).includes(flags.technique)) throw new UsageError(t.techniqueKind(shown(flags.technique)));
    out.technique = flags.technique as TechniqueId;
  }
  if (flags.travel !== undefined) {
    if (!(TRAVEL_KINDS as readonly string[]).includes(flags.travel)) throw new UsageError(t.travelKind(shown(flags.travel)));
    out.travel = flags.travel as TravelKind;
  }
  return out;
}

/** The fields the audited quote stands for, as a layer of the one road in (the flags given go above it). */
export function auditedQuoteLayer(fields: Record<string, string>): Layer {
  return { fields, textual: true, name: flagOf, label: coreText.fromAuditedQuote };
}

/** The estimate the audited quote stands for, under the flags given, rendered in the audit's format. */
async function runEstimateFrom(
  fields: Record<string, string>,
  flags: AuditFlags,
  data: CostData,
  format: AuditFormat,
  io: Io,
  width: number,
  ascii: boolean,
): Promise<{ json: unknown; text: string }> {
  const normalised = scenarioFromLayers([auditedQuoteLayer(fields), flagsLayer(flags)], data);
  const { estimate } = await import('../core/estimate.js');
  const est = estimate(normalised.scenario, data, normalised.notes, { prices: 'today' });
  const { renderEstimate } = await import('../render/by-format.js');
  const text = await renderEstimate(format, est, data, { colour: colourLevel(io, flags.color), width, tool, ascii, meta: reportMeta() });
  return { json: format === 'json' ? JSON.parse(text) : undefined, text };
}
