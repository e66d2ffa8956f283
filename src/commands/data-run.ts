import { dataText as d } from '../core/data-text.js';
import { renderText } from '../render/render-text.js';
import type { Io } from '../edge/io.js';
import { checkDataFile, loadData } from '../edge/data-file.js';
import { dataJsonSchema } from '../core/data-json-schema.js';
import { listFigures } from '../core/figures.js';
import { formatDollars, formatRange, dollarsToCents } from '../core/money.js';
import type { Figure, OlderFigure } from '../core/data-schema.js';
import { figureCents } from '../core/unit-price.js';
import { yearsOf } from '../core/price-index.js';
import { text } from '../core/text.js';
import { latestDataChange } from '../edge/changelog.js';
import { UsageError, problemList } from '../errors.js';
import { cliText, quoted } from '../cli-text.js';
import { wrap } from '../render/wrap.js';
import { toAscii } from '../render/ascii.js';
import { asciiWanted, terminalWidth, type AsciiFlags } from '../edge/terminal.js';

/** `data show`: versions, the latest change, the price index, sources and every figure with its date and basis, as plain text. */
export async function showData(file: string | undefined, io: Io, flags: AsciiFlags = {}): Promise<void> {
  const data = await loadData(file, io.cwd);
  const index = data.priceIndex;
  const money = (dollars: number) => formatDollars(dollarsToCents(dollars));
  const width = Math.min(80, terminalWidth(io));
  const out = [wrap(d.dataVersionLine(data.dataVersion, data.schemaVersion, data.effectiveDate, data.currency), width, '  ')];
  const change = file === undefined ? latestDataChange() : null;
  if (change) out.push('', wrap(d.latestChange, width, '  '), ...paragraphs(change).map((l) => wrap(`  ${l}`, width, l.startsWith('- ') ? '    ' : '  ')));
  out.push(
    '',
    wrap(d.priceIndex(index.name, text.month(index.latestMonth), index.latestIndex, index.latestMonth.slice(0, 4)), width, '  '),
    '',
    wrap(d.sources, width, '  '),
    ...data.sources.map((s) => wrap(`  ${s.id} (${s.year}): ${s.title}. ${s.publisher}.${s.url ? ` ${s.url}` : ''}`, width, '    ')),
    '',
    wrap(d.figures, width, '  '),
  );
  const describe = (f: Figure | OlderFigure, indent: string) => {
    const { from, to } = yearsOf(f.asOf);
    const when = renderText.years(from, to);
    const range = `${money(f.low)}–${money(f.high)}${f.openHigh ? d.orMore : ''}${f.typical === undefined ? '' : d.typical(money(f.typical))}`;
    const today = figureCents(f, index, 'today');
    out.push(
      wrap(
        `${indent}${d.figure(range, f.unit, when, d.basis[f.basis] ?? f.basis, f.sourceIds.length ? ` (${f.sourceIds.join(', ')})` : '', formatRange(today.low, today.high))}`,
        width,
        `${indent}  `,
      ),
    );
    if (typeof f.asOf === 'object') out.push(wrap(`${indent}  ${d.span(f.asOf.reason)}`, width, `${indent}    `));
    if (f.read !== undefined) out.push(wrap(`${indent}  ${d.read(f.read)}`, width, `${indent}    `));
    if (f.periodEnds !== undefined) out.push(wrap(`${indent}  ${d.periodEnds(f.periodEnds)}`, width, `${indent}    `));
    if (f.basis === 'assumption') out.push(wrap(`${indent}  ${d.assumption(f.rationale ?? '')}`, width, `${indent}    `));
  };
  for (const { path, figure } of listFigures(data)) {
    out.push(wrap(`  ${path}:`, width, '    '));
    describe(figure, '    ');
    for (const older of figure.older ?? []) {
      out.push(wrap(`    ${d.older}`, width, '      '));
      describe(older, '      ');
    }
  }
  const report = `${out.join('\n')}\n`;
  io.stdout.write(asciiWanted(flags, io) ? toAscii(report) : report);
}

/** Markdown text as paragraphs and list items, each on one line: its own line breaks are only where it was typed. */
function paragraphs(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    const t = line.trim();
    const continues = t !== '' && !/^(- |\* |#)/.test(t) && out.length > 0 && out.at(-1) !== '';
    if (continues) out[out.length - 1] += ` ${t}`;
    else out.push(t);
  }
  return out;
}

/** `data validate FILE`: exit 0 with one line when valid, else every problem (exit 2). */
export async function validateData(file: string, io: Io): Promise<void> {
  const result = await checkDataFile(file, io.cwd);
  if (!result.ok) throw new UsageError(problemList(cliText.dataInvalid(quoted(file)), result.problems));
  io.stdout.write(`${d.valid(quoted(file), result.data.dataVersion, result.data.effectiveDate, result.data.sources.length)}\n`);
}

export function printSchema(io: Io): void {
  io.stdout.write(`${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
}
