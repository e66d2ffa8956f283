import { fs, path } from '../edge/node-modules.js';
import type { Io } from '../edge/io.js';
import { pricesBasis, type BatchFlags } from './flag-types.js';
import { loadData } from '../edge/data-file.js';
import { ChunkedWriter } from '../edge/out-stream.js';
import { readScenario } from '../core/scenario-read.js';
import { estimate } from '../core/estimate.js';
import { escapeControls, escapeJsonText, needsJsonEscape, shown } from '../core/escape.js';
import { BATCH_CSV_HEADER, batchCsvRow, batchJsonLine } from '../render/batch-row.js';
import { csvRecord, csvRecordInto, csvRecordMaxBytes } from '../render/csv-cells.js';
import { unhandledFormat } from '../render/formats.js';
import { UsageError } from '../errors.js';
import { cliText, quoted } from '../cli-text.js';
import { fsReason } from '../edge/read-file.js';
import { csvRows, lastLine, ndjsonRows } from '../batch/rows.js';
import { batchText as t } from '../batch/batch-text.js';
import { sniffInput } from '../batch/sniff.js';

type InputKind = 'ndjson' | 'csv';
type OutputKind = 'csv' | 'ndjson';

/** Runs `batch`: streams rows in, one result out per good row, problems to stderr by line number. */
export async function runBatch(file: string | undefined, flags: BatchFlags, io: Io): Promise<void> {
  let inputKind = chooseInput(file, flags.input);
  const output = chooseOutput(flags.format);
  const prices = pricesBasis(flags.prices);
  const data = await loadData(flags.data, io.cwd);
  let source = await openInput(file, io);
  // Neither --input nor a .csv name: input that starts with a CSV header is read as CSV.
  if (inputKind === undefined) {
    const sniffed = await sniffInput(source);
    source = sniffed.source;
    inputKind = sniffed.csv ? 'csv' : 'ndjson';
  }
  const out = new ChunkedWriter(io.stdout);

  let failed = 0;
  let passed = 0;
  // The header waits for the first good row, so a refused input leaves stdout empty.
  let header = output === 'csv' ? csvRecord(BATCH_CSV_HEADER) : output === 'ndjson' ? '' : unhandledFormat(output);
  let stop = false;
  try {
    for await (const rows of inputKind === 'csv' ? csvRows(source) : inputKind === 'ndjson' ? ndjsonRows(source) : unhandledFormat(inputKind)) {
      for (const row of rows) {
        const id = row.id ?? String(passed + failed + 1);
        let problems = row.problems;
        if (row.layer) {
          const r = readScenario([row.layer], data);
          if (r.ok) {
            const est = estimate(r.normalised.scenario, data, r.normalised.notes, { prices, lean: true });
            passed++;
            if (header !== '') {
              out.add(header);
              header = '';
            }
            if (output === 'csv') {
              const cells = batchCsvRow(id, est);
              out.addWith(cells, csvRecordMaxBytes(cells), csvRecordInto);
            } else if (output === 'ndjson') out.add(`${jsonLine(id, batchJsonLine(id, est))}\n`);
            else unhandledFormat(output);
            continue;
          }
          problems = r.problems;
        }
        failed++;
        const named = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
        io.stderr.write(`${cliText.prefix}${t.rowProblem(row.line, row.id === undefined ? undefined : escapeControls(row.id), named, lastLine(row))}\n`);
        if (flags.failFast) {
          stop = true;
          break;
        }
      }
      // Waiting for a slow reader once per chunk of rows, so memory stays flat.
      await out.drain();
      if (stop) break;
    }
  } catch (error) {
    // Input that cannot be read further (not UTF-8, a line too long) stops the batch at that line:
    // the rows before it are written, and the message says how many.
    if (!(error instanceof UsageError) || passed + failed === 0) throw error;
    out.add(header);
    await out.flush();
    throw new UsageError(t.stoppedAt(error.message, passed));
  }
  out.add(header);
  await out.flush();
  if (failed > 0) throw new UsageError(t.summary(failed, passed + failed, passed, flags.failFast === true));
}

/** A row's JSON with C1 controls and invisible characters escaped (JSON.stringify escapes only C0): only the id can hold them, the rest comes from the checked data. */
function jsonLine(id: string, json: string): string {
  return needsJsonEscape(id) ? escapeJsonText(json) : json;
}

/** The input kind from --input or a .csv name; undefined when the input itself must tell. */
function chooseInput(file: string | undefined, given: string | undefined): InputKind | undefined {
  if (given === undefined) return file?.toLowerCase().endsWith('.csv') ? 'csv' : undefined;
  if (given === 'csv' || given === 'ndjson') return given;
  throw new UsageError(t.inputKind(shown(given)));
}

function chooseOutput(given: string | undefined): OutputKind {
  if (given === undefined || given === 'csv' || given === 'ndjson') return given ?? 'csv';
  throw new UsageError(t.outputKind(shown(given)));
}

/**
 * The scenarios to read: standard input, or the file opened here, so that a missing file or a
 * folder is named. A FIFO is read as it is written (the open waits for its writer; Ctrl-C still works).
 */
async function openInput(file: string | undefined, io: Io): Promise<AsyncIterable<Buffer | string>> {
  if (file === undefined || file === '-') {
    if (io.stdin.isTTY) throw new UsageError(t.noTerminalInput);
    // Node reads a folder on standard input as empty input: that would be a header and exit 0.
    if (io.stdinIsDirectory?.()) throw new UsageError(t.stdinIsDirectory);
    return io.stdin as AsyncIterable<Buffer | string>;
  }
  if (file === '') throw new UsageError(t.cannotReadFile(quoted(file), cliText.emptyName));
  let handle: import('node:fs/promises').FileHandle;
  try {
    handle = await fs.promises.open(path.resolve(io.cwd, file), 'r');
  } catch (error) {
    throw new UsageError(t.cannotReadFile(quoted(file), fsReason(error)));
  }
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new UsageError(t.cannotReadFile(quoted(file), cliText.isDirectory));
  }
  return handle.createReadStream();
}
