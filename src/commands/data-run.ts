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
  const out = [`Data version ${data.dataVersion} (schema ${data.schemaVersion}), effective ${data.effectiveDate}, amounts in ${data.currency}.`];
  const change = file === undefined ? latestDataChange() : null;
  if (change) out.push('', 'Latest change (data/CHANGELOG.md):', ...change.split('\n').map((l) => wrap(`  ${l}`, 80, '      ')));
  out.push(
    '',
    wrap(
      `Price index: ${index.name}, ${text.month(index.latestMonth)} = ${index.latestIndex}; estimates restate figures dated before ${index.latestMonth.slice(0, 4)} to ${text.month(index.latestMonth)} dollars.`,
      80,
      '  ',
    ),
    '',
    'Sources:',
    ...data.sources.map((s) => wrap(`  ${s.id} (${s.year}): ${s.title}. ${s.publisher}.${s.url ? ` ${s.url}` : ''}`, 80, '    ')),
    '',
    'Figures (as published; "today" restated with the price index):',
  );
  const describe = (f: Figure | OlderFigure, indent: string) => {
    const { from, to } = yearsOf(f.asOf);
    const when = renderText.years(from, to);
    const range = `${money(f.low)}–${money(f.high)}${f.openHigh ? ' or more' : ''}${f.typical === undefined ? '' : `, typical ${money(f.typical)}`}`;
    const today = figureCents(f, index, 'today');
    out.push(
      wrap(
        `${indent}${range} per ${f.unit}, ${when}, ${f.basis}${f.sourceIds.length ? ` (${f.sourceIds.join(', ')})` : ''}; today ${formatRange(today.low, today.high)}`,
        80,
        `${indent}  `,
      ),
    );
    if (typeof f.asOf === 'object') out.push(wrap(`${indent}  dated as a span: ${f.asOf.reason}`, 80, `${indent}    `));
    if (f.basis === 'assumption') out.push(wrap(`${indent}  assumption: ${f.rationale ?? ''}`, 80, `${indent}    `));
  };
  for (const { path, figure } of listFigures(data)) {
    out.push(`  ${path}:`);
    describe(figure, '    ');
    for (const older of figure.older ?? []) {
      out.push('    older figure:');
      describe(older, '      ');
    }
  }
  io.stdout.write(`${out.join('\n')}\n`);
}

/** `data validate FILE`: exit 0 with one line when valid, else every problem (exit 2). */
export async function validateData(file: string, io: Io): Promise<void> {
  const result = await checkDataFile(file, io.cwd);
  if (!result.ok) throw new UsageError(problemList(cliText.dataInvalid(quoted(file)), result.problems));
  io.stdout.write(
    `${quoted(file)} is valid: data ${result.data.dataVersion}, effective ${result.data.effectiveDate}, ${result.data.sources.length} sources.\n`,
  );
}

export function printSchema(io: Io): void {
  io.stdout.write(`${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
}
