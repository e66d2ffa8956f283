import type { Io } from '../edge/io.js';
import type { CostData } from '../core/data-schema.js';
import { readTextFile } from '../edge/read-file.js';
import { readStdinText } from '../edge/read-stdin.js';
import { parseQuoteText, readFields, type ItemFields, type ParsedQuote } from '../core/audit-parse.js';
import { auditText as t } from '../core/audit-text.js';
import { jsonProblem } from '../core/json-error.js';
import { escapeControls, shown } from '../core/escape.js';
import { CsvReader, RecordTooLong, type CsvRecord } from '../batch/csv-reader.js';
import { quoted } from '../cli-text.js';
import { UsageError } from '../errors.js';
import { auditQuote } from '../core/audit.js';
import { exactCents } from '../core/money.js';

/** Reading a quote for `audit` (and for `gfe-check --estimate FILE`): a file or standard input, as text, CSV or JSON. */

/** The largest quote read: a GFE or an email is a few KB. */
export const MAX_QUOTE_BYTES = 1024 * 1024;
/** The most lines a quote may have: far more is the wrong file. */
export const MAX_QUOTE_LINES = 5000;

export type InputKind = 'text' | 'csv' | 'json';

/** A quote as read, with the name it goes by in messages. */
export interface QuoteInput {
  text: string;
  /** Shown in messages: the file name quoted, or "standard input". */
  name: string;
  /** As typed, for the command that runs the audit again; null for standard input. */
  file: string | null;
}

/** The quote from a file, or from standard input when the file is "-" or not given (never from a terminal). */
export async function readQuote(file: string | undefined, io: Io): Promise<QuoteInput> {
  if (file === undefined || file === '-') {
    if (io.stdin.isTTY) throw new UsageError(t.noInput);
    const text = await readStdinText(io.stdin as AsyncIterable<Buffer | string>, MAX_QUOTE_BYTES, {
      tooLarge: t.stdinTooLarge('1 MB'),
      notUtf8: t.stdinNotUtf8,
    });
    return { text: dropBom(text), name: t.stdinName, file: null };
  }
  return readQuoteFile(file, io.cwd);
}

/** A quote file, read with the limits of every file. */
export async function readQuoteFile(file: string, cwd: string): Promise<QuoteInput> {
  const text = await readTextFile(file, cwd, t.quoteFile, MAX_QUOTE_BYTES);
  return { text: dropBom(text), name: `${t.quoteFile} ${quoted(file)}`, file };
}

function dropBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The input's kind: as --input says, else by the file name, else by the content. */
export function inputKind(given: string | undefined, input: QuoteInput): InputKind {
  if (given !== undefined) {
    if (given === 'text' || given === 'csv' || given === 'json') return given;
    throw new UsageError(t.inputKind(shown(given)));
  }
  const name = input.file?.toLowerCase() ?? '';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.json')) return 'json';
  const start = input.text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const first = start.split(/\r?\n/, 1)[0]!.trim().toLowerCase();
  if (/^"?label"?\s*,\s*"?amount"?/.test(first)) return 'csv';
  return 'text';
}

/** Reads a quote already in memory; a line that cannot be read is kept with its reason. */
export function parseInput(input: QuoteInput, kind: InputKind, data: CostData): ParsedQuote {
  const lines = input.text.split(/\r\n|\n|\r/).length;
  if (lines > MAX_QUOTE_LINES) throw new UsageError(t.tooManyLines(input.name, MAX_QUOTE_LINES));
  return kind === 'csv' ? parseCsv(input, data) : kind === 'json' ? parseJson(input, data) : parseQuoteText(input.text, data.audit!);
}

const COLUMNS = ['label', 'amount', 'quantity', 'unit', 'code', 'provider'] as const;

/** CSV: label,amount[,quantity,unit,code,provider], with or without that header. */
function parseCsv(input: QuoteInput, data: CostData): ParsedQuote {
  const records: CsvRecord[] = [];
  const reader = new CsvReader(MAX_QUOTE_BYTES);
  try {
    reader.push(input.text, records);
    reader.end(records);
  } catch (error) {
    if (error instanceof RecordTooLong) throw new UsageError(t.tooManyLines(input.name, MAX_QUOTE_LINES));
    throw error;
  }
  const out: ParsedQuote = { headings: [], items: [], notes: [], unreadable: [] };
  let columns: readonly string[] = COLUMNS;
  const first = records[0];
  if (first && 'cells' in first && first.cells.some((c) => c.trim().toLowerCase() === 'label')) {
    columns = first.cells.map((c) => c.trim().toLowerCase());
    for (const c of columns) if (!(COLUMNS as readonly string[]).includes(c)) throw new UsageError(t.csvHeader(input.name, shown(c)));
    records.shift();
  }
  for (const record of records) {
    if ('error' in record) {
      out.unreadable.push({ line: record.line, text: '', problem: 'record', detail: record.error });
      continue;
    }
    const cell = (name: string) => {
      const i = columns.indexOf(name);
      return i === -1 ? null : (record.cells[i] ?? null);
    };
    const label = cell('label') ?? '';
    if (label.trim().startsWith('#') && (cell('amount') ?? '').trim() === '') {
      out.headings.push({ line: record.line, text: escapeControls(label.trim().replace(/^#+\s*/, '')) });
      continue;
    }
    const fields: ItemFields = {
      line: record.line,
      text: record.cells.join(','),
      label,
      amount: cell('amount'),
      quantity: cell('quantity'),
      unit: cell('unit'),
      code: cell('code'),
      provider: cell('provider'),
    };
    collect(out, readFields(fields, data.audit!));
  }
  return out;
}

/** JSON: {"items": [{label, amount, quantity, unit, code, provider}], "total"?, "clinic"?, "notes"?} or a list of items. */
function parseJson(input: QuoteInput, data: CostData): ParsedQuote {
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (error) {
    throw new UsageError(t.notJson(input.name, jsonProblem(input.text) ?? escapeControls((error as Error).message)));
  }
  const root = Array.isArray(json) ? { items: json } : json;
  if (root === null || typeof root !== 'object' || !Array.isArray((root as { items?: unknown }).items)) throw new UsageError(t.jsonShape(input.name));
  const { items, total, clinic, heading, notes } = root as { items: unknown[]; total?: unknown; clinic?: unknown; heading?: unknown; notes?: unknown };
  const out: ParsedQuote = { headings: [], items: [], notes: [], unreadable: [] };
  for (const h of [clinic, heading]) if (typeof h === 'string' && h.trim() !== '') out.headings.push({ line: 0, text: escapeControls(h.trim()) });
  const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
  items.forEach((item, i) => {
    const n = i + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      out.unreadable.push({ line: n, text: escapeControls(JSON.stringify(item) ?? ''), problem: 'record', detail: t.jsonItem(n) });
      return;
    }
    const o = item as Record<string, unknown>;
    const amount = typeof o.amount === 'number' || typeof o.amount === 'string' ? o.amount : o.amount === undefined || o.amount === null ? null : undefined;
    if (typeof o.label !== 'string' || amount === undefined) {
      out.unreadable.push({ line: n, text: escapeControls(JSON.stringify(item).slice(0, 200)), problem: 'record', detail: t.jsonItem(n) });
      return;
    }
    collect(
      out,
      readFields(
        {
          line: n,
          text: `${o.label}${amount === null ? '' : ` ${amount}`}`,
          label: o.label,
          amount,
          quantity: typeof o.quantity === 'number' || typeof o.quantity === 'string' ? o.quantity : null,
          unit: text(o.unit),
          code: text(o.code),
          provider: text(o.provider),
        },
        data.audit!,
      ),
    );
  });
  if (typeof total === 'number' || typeof total === 'string')
    collect(
      out,
      readFields(
        { line: items.length + 1, text: `Total ${total}`, label: 'Total', amount: total, quantity: null, unit: null, code: null, provider: null },
        data.audit!,
      ),
    );
  if (Array.isArray(notes))
    notes.forEach((note, i) => {
      if (typeof note === 'string') out.notes.push({ line: items.length + 2 + i, text: escapeControls(note) });
    });
  return out;
}

function collect(out: ParsedQuote, r: ReturnType<typeof readFields>): void {
  if ('item' in r) out.items.push(r.item);
  else if ('note' in r) out.notes.push(r.note);
  else out.unreadable.push(r.unreadable);
}

/**
 * The estimate `gfe-check --estimate FILE` reads from a quote file: the total of the JSON
 * `audit --json` wrote, or the quote audited here: its stated total, else what its items add up
 * to; the high end of a range (the most the estimate allowed). Its first heading names the provider.
 */
export async function estimateFromQuoteFile(file: string, cwd: string, data: CostData, noAuditData: string): Promise<{ cents: number; name: string | null }> {
  const input = await readQuoteFile(file, cwd);
  const audited = auditedJson(input.text);
  if (audited) return audited;
  if (!data.audit) throw new UsageError(noAuditData);
  const parsed = parseInput(input, inputKind(undefined, input), data);
  if (parsed.items.length === 0) throw new UsageError(t.nothingRead(input.name));
  const r = auditQuote(parsed, data);
  const total = r.total ?? r.sumOfItems;
  if (total.high <= 0) throw new UsageError(t.nothingRead(input.name));
  return { cents: total.high, name: r.headings[0]?.text ?? null };
}

/** The total of a file `audit --json` wrote, or null when the text is not one. */
function auditedJson(text: string): { cents: number; name: string | null } | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const o = json as { sumOfItems?: { high?: unknown }; total?: { high?: unknown } | null; items?: unknown; headings?: { text?: unknown }[] };
  if (!o || typeof o !== 'object' || !Array.isArray(o.items) || !o.sumOfItems) return null;
  const high = o.total?.high ?? o.sumOfItems.high;
  const cents = typeof high === 'number' ? exactCents(high) : null;
  if (cents === null || cents <= 0) return null;
  const heading = o.headings?.[0]?.text;
  return { cents, name: typeof heading === 'string' ? heading : null };
}
