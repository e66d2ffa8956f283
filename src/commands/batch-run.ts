import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import type { Io, OutStream } from '../io.js';
import type { BatchFlags } from './batch.js';
import { loadData, fsReason } from '../data-file.js';
import { normaliseScenario } from '../core/scenario.js';
import { estimate } from '../core/estimate.js';
import { InputError, type Problem } from '../core/problems.js';
import { BATCH_CSV_HEADER, batchCsvRow, batchJson } from '../render/batch-row.js';
import { UsageError } from '../errors.js';
import { csvRow, ndjsonRow, unknownColumns, type BatchRow } from './batch-input.js';

type InputKind = 'ndjson' | 'csv';
type OutputKind = 'csv' | 'ndjson';

interface Numbered {
  line: number;
  row: BatchRow;
}

/** Runs `batch`: streams rows in, one result out per good row, problems to stderr by line number. */
export async function runBatch(file: string | undefined, flags: BatchFlags, io: Io): Promise<void> {
  const inputKind = chooseInput(file, flags.input);
  const output = chooseOutput(flags.format);
  const data = await loadData(flags.data, io.cwd);
  const source = openInput(file, io);

  let failed = 0;
  let passed = 0;
  // The header waits for the input to be readable, so a refused file leaves stdout empty.
  let header = output === 'csv' ? stringify([[...BATCH_CSV_HEADER]], { record_delimiter: '\r\n' }) : '';
  for await (const { line, row } of inputKind === 'csv' ? csvRows(source) : ndjsonRows(source)) {
    const id = row.id ?? String(passed + failed + 1);
    const problems: Problem[] = [...row.problems];
    let text = '';
    if (problems.length === 0) {
      try {
        const n = normaliseScenario(row.input, data);
        const est = estimate(n.scenario, data, n.notes);
        text = output === 'csv' ? stringify([batchCsvRow(id, est)], { record_delimiter: '\r\n' }) : `${JSON.stringify(batchJson(id, est))}\n`;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        problems.push(...error.problems);
      }
    }
    if (problems.length > 0) {
      failed++;
      const named = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
      io.stderr.write(`line ${line}${row.id ? ` (id ${row.id})` : ''}: ${named.join('; ')}\n`);
      if (flags.failFast) break;
      continue;
    }
    passed++;
    await write(io.stdout, header + text);
    header = '';
  }
  if (header) await write(io.stdout, header);
  if (failed > 0) {
    const stopped = flags.failFast ? ' (stopped at the first, --fail-fast)' : '';
    throw new UsageError(`${failed} of ${passed + failed} rows failed${stopped}; ${passed === 0 ? 'no result rows were written' : `the ${passed} others were written`}`);
  }
}

function chooseInput(file: string | undefined, given: string | undefined): InputKind {
  if (given === undefined) return file?.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson';
  if (given === 'csv' || given === 'ndjson') return given;
  throw new UsageError(`--input must be ndjson or csv (got "${given}")`);
}

function chooseOutput(given: string | undefined): OutputKind {
  if (given === undefined || given === 'csv' || given === 'ndjson') return given ?? 'csv';
  throw new UsageError(`--format for batch must be csv or ndjson (got "${given}")`);
}

function openInput(file: string | undefined, io: Io): NodeJS.ReadableStream {
  if (file === undefined || file === '-') {
    if (io.stdin.isTTY) throw new UsageError('batch reads scenarios from a FILE or from standard input: give a file name, or pipe scenarios in');
    return io.stdin;
  }
  return createReadStream(resolve(io.cwd, file));
}

/** Waits for the stream to drain when it asks, so a slow reader keeps memory flat. */
async function write(out: OutStream, text: string): Promise<void> {
  const ok = out.write(text);
  const stream = out as OutStream & { once?: (event: string, fn: () => void) => void };
  if (ok === false && typeof stream.once === 'function') await new Promise<void>((r) => stream.once!('drain', r));
}

async function* ndjsonRows(source: NodeJS.ReadableStream): AsyncGenerator<Numbered> {
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield { line, row: { id: undefined, input: {}, problems: [{ path: '', message: `not valid JSON (${(error as Error).message})` }] } };
        continue;
      }
      yield { line, row: ndjsonRow(value) };
    }
  } catch (error) {
    throw inputError(error);
  }
}

async function* csvRows(source: NodeJS.ReadableStream): AsyncGenerator<Numbered> {
  const parser = source.pipe(
    parse({
      columns: (header: string[]) => {
        const unknown = unknownColumns(header);
        if (unknown.length > 0)
          throw new UsageError(`unknown CSV column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}: use the flag names, e.g. technique,clinic-range,quote,boosters,pre-visits,post-visits,travel,travelers,nights,sessions,months (and an optional id)`);
        return header;
      },
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: info.lines, row: csvRow(record) };
    }
  } catch (error) {
    throw inputError(error);
  }
}

function inputError(error: unknown): Error {
  if (error instanceof UsageError) return error;
  const e = error as NodeJS.ErrnoException;
  if (e.code && e.syscall) return new UsageError(`cannot read the scenarios file: ${fsReason(e)}`);
  if (typeof e.code === 'string' && e.code.startsWith('CSV_')) return new UsageError(`the CSV input is malformed: ${e.message}`);
  return e;
}
