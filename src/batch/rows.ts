import { cliText } from '../cli-text.js';
import { text as coreText } from '../core/text.js';
import { fieldFor, INPUT_COLUMNS } from '../core/scenario-fields.js';
import type { Layer } from '../core/scenario-read.js';
import type { Problem } from '../core/problems.js';
import { escapeControls, shown } from '../core/escape.js';
import { jsonDuplicateKey, jsonProblem, mayRepeatKeys } from '../core/json-error.js';
import { UsageError } from '../errors.js';
import { CsvReader, RecordTooLong, type CsvRecord } from './csv-reader.js';
import { LineReader, LineTooLong } from './line-reader.js';
import { batchText as t } from './batch-text.js';
import { textPieces } from './text-pieces.js';

/** The longest batch line (or CSV record) read: a real one is well under 1 KB. */
export const MAX_BATCH_LINE_CHARS = 1024 * 1024;

/** One input row: its line, its id if it has one, and its fields as a layer of the one road in, or why it cannot be read. */
export interface BatchRow {
  line: number;
  id: string | undefined;
  layer: Layer | null;
  problems: Problem[];
  /** A CSV row's cells, to count the lines a quoted cell ran over when the row fails. */
  cells?: readonly string[];
}

/** The last line of a row: a quoted CSV cell may run over line breaks. */
export function lastLine(row: BatchRow): number {
  let line = row.line;
  for (const cell of row.cells ?? []) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line++;
  return line;
}

const named = (key: string) => escapeControls(key);

function tooLong(line: number): UsageError {
  return new UsageError(t.lineTooLong(line, '1 MB'));
}

/** NDJSON rows: one JSON object per line; typed values go to the one road as they are. */
export async function* ndjsonRows(source: AsyncIterable<Buffer | string>): AsyncGenerator<BatchRow[]> {
  const reader = new LineReader(MAX_BATCH_LINE_CHARS);
  const lines: { line: number; text: string }[] = [];
  // Rows are handed over a chunk at a time: one await per chunk, not per row.
  const flush = () => {
    const rows: BatchRow[] = [];
    for (const { line, text } of lines) if (text.trim() !== '') rows.push(ndjsonRow(line, text));
    lines.length = 0;
    return rows;
  };
  try {
    for await (const text of textPieces(source, () => reader.current)) {
      reader.push(text, lines);
      yield flush();
    }
    reader.end(lines);
    yield flush();
  } catch (error) {
    // The lines read before a line too long are still priced.
    if (error instanceof LineTooLong) {
      yield flush();
      throw tooLong(error.line);
    }
    throw error;
  }
}

function ndjsonRow(line: number, text: string): BatchRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, id: undefined, layer: null, problems: [{ path: '', message: t.notJson(jsonProblem(text) ?? escapeControls((error as Error).message)) }] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { line, id: undefined, layer: null, problems: [{ path: '', message: t.notObject }] };
  const repeated = mayRepeatKeys(text, value) ? jsonDuplicateKey(text) : null;
  if (repeated !== null) return { line, id: undefined, layer: null, problems: [{ path: '', message: repeated }] };
  // The row's fields are the object itself, its id skipped (no copy of every row's object).
  const fields = value as Record<string, unknown>;
  const id = Object.hasOwn(fields, 'id') ? fields.id : undefined;
  return {
    line,
    id: id === undefined ? undefined : typeof id === 'string' ? id : JSON.stringify(id),
    layer: { fields, textual: false, idKey: 'id', name: named, label: coreText.fromLine(line) },
    problems: [],
  };
}

/** CSV rows under a header of flag names; empty cells take the defaults. The header is checked before any row. */
export async function* csvRows(source: AsyncIterable<Buffer | string>): AsyncGenerator<BatchRow[]> {
  const reader = new CsvReader(MAX_BATCH_LINE_CHARS);
  const records: CsvRecord[] = [];
  let header: Header | null = null;
  const flush = () => {
    const rows: BatchRow[] = [];
    for (const r of records) {
      if (header === null) {
        if ('error' in r) throw new UsageError(cliText.atLine(r.line, r.error));
        header = readHeader(r.cells);
      } else rows.push(csvRow(header, r));
    }
    records.length = 0;
    return rows;
  };
  try {
    for await (const text of textPieces(source, () => reader.current)) {
      reader.push(text, records);
      yield flush();
    }
    reader.end(records);
    yield flush();
  } catch (error) {
    // The records read before one too long are still priced.
    if (error instanceof RecordTooLong) {
      yield flush();
      throw tooLong(error.line);
    }
    throw error;
  }
  if (header === null) throw new UsageError(t.noHeader);
}

interface Header {
  columns: string[];
  idIndex: number;
}

function readHeader(cells: string[]): Header {
  const unknown = cells.filter((c) => c.trim().toLowerCase() !== 'id' && !fieldFor(c));
  if (unknown.length > 0) throw new UsageError(t.unknownColumns(unknown.map((c) => shown(c)).join(', '), INPUT_COLUMNS.join(',')));
  const seen = new Map<string, string>();
  for (const c of cells) {
    const key = c.trim().toLowerCase() === 'id' ? 'id' : fieldFor(c)!.name;
    const before = seen.get(key);
    if (before !== undefined) throw new UsageError(t.duplicateColumn(shown(c), shown(before)));
    seen.set(key, c);
  }
  return { columns: cells, idIndex: cells.findIndex((c) => c.trim().toLowerCase() === 'id') };
}

function csvRow(header: Header, r: CsvRecord): BatchRow {
  if ('error' in r) return { line: r.line, id: undefined, layer: null, problems: [{ path: '', message: r.error }] };
  const id = header.idIndex >= 0 && r.cells[header.idIndex]?.trim() ? r.cells[header.idIndex]!.trim() : undefined;
  if (r.cells.length !== header.columns.length)
    return { line: r.line, id, layer: null, problems: [{ path: '', message: t.cellCount(r.cells.length, header.columns.length) }], cells: r.cells };
  const fields: Record<string, unknown> = {};
  header.columns.forEach((column, i) => {
    const value = r.cells[i]!;
    if (i !== header.idIndex && value.trim() !== '') fields[column] = value;
  });
  return { line: r.line, id, layer: { fields, textual: true, name: named, label: coreText.fromLine(r.line) }, problems: [], cells: r.cells };
}
