import { fieldFor } from '../core/scenario-fields.js';
import { fsReason } from '../edge/read-file.js';
import { UsageError } from '../errors.js';
import { batchText as t } from './batch-text.js';

type Chunks = AsyncIterable<Buffer | string>;

/** How much of the input's start is looked at: a header row is far shorter. */
const LOOK = 4096;

/**
 * Whether text starts with a CSV header: its first line that is not blank is not JSON, and names at
 * least one scenario field or `id` as a column. Scenarios piped in without `--input csv` are read as
 * what they are.
 */
export function startsWithCsvHeader(text: string): boolean {
  const first = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .find((l) => l.trim() !== '');
  if (first === undefined) return false;
  const line = first.trim();
  if (line.startsWith('{') || line.startsWith('[')) return false;
  return line
    .split(',')
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'))
    .some((c) => c.toLowerCase() === 'id' || fieldFor(c) !== undefined);
}

/** Reads the input's first chunk to tell CSV from NDJSON, and gives back the whole input, that chunk included. */
export async function sniffInput(source: Chunks): Promise<{ csv: boolean; source: Chunks }> {
  const it = source[Symbol.asyncIterator]();
  let first: IteratorResult<Buffer | string>;
  try {
    first = await it.next();
  } catch (error) {
    throw new UsageError(t.cannotRead(fsReason(error as NodeJS.ErrnoException)));
  }
  if (first.done) return { csv: false, source: (async function* () {})() };
  const head = typeof first.value === 'string' ? first.value.slice(0, LOOK) : first.value.subarray(0, LOOK).toString('utf8');
  const chunk = first.value;
  async function* whole(): AsyncGenerator<Buffer | string> {
    yield chunk;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return { csv: startsWithCsvHeader(head), source: whole() };
}
