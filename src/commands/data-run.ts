import type { Io } from '../edge/io.js';
import { checkDataFile, loadData } from '../edge/data-file.js';
import { dataJsonSchema } from '../core/data-json-schema.js';
import { listFigures } from '../core/figures.js';
import { formatRange, dollarsToCents } from '../core/money.js';
import { UsageError, problemList } from '../errors.js';
import { quoted } from '../cli-text.js';
import { wrap } from '../render/wrap.js';

/** `data show`: versions, sources and the basis of each figure, as plain text. */
export async function showData(file: string | undefined, io: Io): Promise<void> {
  const data = await loadData(file, io.cwd);
  const out = [
    `Data version ${data.dataVersion} (schema ${data.schemaVersion}), effective ${data.effectiveDate}, amounts in ${data.currency}.`,
    '',
    'Sources:',
    ...data.sources.map((s) => wrap(`  ${s.id} (${s.year}): ${s.title}. ${s.publisher}.`, 80, '    ')),
    '',
    'Figures:',
  ];
  for (const { path, figure: f } of listFigures(data)) {
    const range = formatRange(dollarsToCents(f.low), dollarsToCents(f.high));
    const typical = f.typical === undefined ? '' : `, typical ${formatRange(dollarsToCents(f.typical), dollarsToCents(f.typical))}`;
    out.push(wrap(`  ${path}: ${range}${typical} per ${f.unit}, ${f.asOfYear}, ${f.basis}${f.sourceIds.length ? ` (${f.sourceIds.join(', ')})` : ''}`, 80, '    '));
    if (f.basis === 'assumption') out.push(wrap(`    assumption: ${f.rationale ?? ''}`, 80, '      '));
  }
  io.stdout.write(`${out.join('\n')}\n`);
}

/** `data validate FILE`: exit 0 with one line when valid, else every problem (exit 2). */
export async function validateData(file: string, io: Io): Promise<void> {
  const result = await checkDataFile(file, io.cwd);
  if (!result.ok) throw new UsageError(problemList(`data file ${quoted(file)} is not valid`, result.problems));
  io.stdout.write(`${quoted(file)} is valid: data ${result.data.dataVersion}, effective ${result.data.effectiveDate}, ${result.data.sources.length} sources.\n`);
}

export function printSchema(io: Io): void {
  io.stdout.write(`${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
}
