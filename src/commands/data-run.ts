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

/** `data show`: versions, the latest change, the price index, sources and every figure with its date and basis, as plain text. */
export async function showData(file: string | undefined, io: Io): Promise<void> {
  const data = await loadData(file, io.cwd);
  const index = data.priceIndex;
  const money = (dollars: number) => formatDollars(dollarsToCents(dollars));
  const out = [d.dataVersionLine(data.dataVersion, data.schemaVersion, data.effectiveDate, data.currency)];
  const change = file === undefined ? latestDataChange() : null;
  if (change) out.push('', d.latestChange, ...change.split('\n').map((l) => wrap(`  ${l}`, 80, '      ')));
  out.push(
    '',
    wrap(d.priceIndex(index.name, text.month(index.latestMonth), index.latestIndex, index.latestMonth.slice(0, 4)), 80, '  '),
    '',
    d.sources,
    ...data.sources.map((s) => wrap(`  ${s.id} (${s.year}): ${s.title}. ${s.publisher}.${s.url ? ` ${s.url}` : ''}`, 80, '    ')),
    '',
    d.figures,
  );
  const describe = (f: Figure | OlderFigure, indent: string) => {
    const { from, to } = yearsOf(f.asOf);
    const when = renderText.years(from, to);
    const range = `${money(f.low)}–${money(f.high)}${f.openHigh ? d.orMore : ''}${f.typical === undefined ? '' : d.typical(money(f.typical))}`;
    const today = figureCents(f, index, 'today');
    out.push(
      wrap(
        `${indent}${d.figure(range, f.unit, when, d.basis[f.basis] ?? f.basis, f.sourceIds.length ? ` (${f.sourceIds.join(', ')})` : '', formatRange(today.low, today.high))}`,
        80,
        `${indent}  `,
      ),
    );
    if (typeof f.asOf === 'object') out.push(wrap(`${indent}  ${d.span(f.asOf.reason)}`, 80, `${indent}    `));
    if (f.read !== undefined) out.push(wrap(`${indent}  ${d.read(f.read)}`, 80, `${indent}    `));
    if (f.periodEnds !== undefined) out.push(wrap(`${indent}  ${d.periodEnds(f.periodEnds)}`, 80, `${indent}    `));
    if (f.basis === 'assumption') out.push(wrap(`${indent}  ${d.assumption(f.rationale ?? '')}`, 80, `${indent}    `));
  };
  for (const { path, figure } of listFigures(data)) {
    out.push(`  ${path}:`);
    describe(figure, '    ');
    for (const older of figure.older ?? []) {
      out.push(`    ${d.older}`);
      describe(older, '      ');
    }
  }
  io.stdout.write(`${out.join('\n')}\n`);
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
