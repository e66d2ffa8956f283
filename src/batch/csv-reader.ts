import { batchText as t } from './batch-text.js';

/** One CSV record read, with the line it starts on; a malformed one carries its error instead of cells. */
export type CsvRecord = { line: number; cells: string[] } | { line: number; error: string };

export class RecordTooLong extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is too long`);
  }
}

const START = 0; // at the start of a cell
const PLAIN = 1; // inside an unquoted cell
const QUOTED = 2; // inside a quoted cell
const QUOTE = 3; // just after a quote inside a quoted cell: either "" or the end of the cell
const SKIP = 4; // after an error, to the end of the line
const LF = 10;
const CR = 13;
const COMMA = 44;
const QUOTE_CH = 34;

/**
 * An incremental RFC 4180 reader: quoted cells may hold commas, quotes ("") and line breaks. A
 * stray quote, or text after a closing quote, makes that record an error and reading resumes at
 * the next line, so one bad row never hides the others. A record longer than `maxChars` throws
 * RecordTooLong: it is the wrong file, or an endless one.
 */
export class CsvReader {
  private cells: string[] = [];
  private cell = '';
  private state = START;
  private line = 1;
  private recordLine = 1;
  private size = 0;
  private error = '';
  private afterCR = false;

  constructor(private readonly maxChars: number) {}

  /** Reads a chunk of text, appending every record it completes to `out`. */
  push(text: string, out: CsvRecord[]): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      // The text of a cell is taken a run at a time, up to the next character that matters.
      if (this.state === PLAIN || (this.state === START && c !== QUOTE_CH && c !== COMMA && c !== LF && c !== CR)) {
        let j = i;
        while (j < n) {
          const k = text.charCodeAt(j);
          if (k === COMMA || k === LF || k === CR || k === QUOTE_CH) break;
          j++;
        }
        if (j > i) {
          this.count(j - i);
          this.cell += text.slice(i, j);
          this.state = PLAIN;
          i = j;
          continue;
        }
      } else if (this.state === QUOTED) {
        let j = i;
        while (j < n) {
          const k = text.charCodeAt(j);
          if (k === QUOTE_CH) break;
          if (k === LF) this.line++;
          j++;
        }
        if (j > i) {
          this.count(j - i);
          this.cell += text.slice(i, j);
          i = j;
          continue;
        }
      }
      this.count(1);
      i++;
      switch (this.state) {
        case START:
          if (c === QUOTE_CH) this.state = QUOTED;
          else if (c === COMMA) this.cells.push('');
          else this.endRecord(c, out);
          break;
        case PLAIN:
          if (c === COMMA) this.endCell(START);
          else if (c === LF || c === CR) this.endRecord(c, out);
          else this.fail(t.strayQuote);
          break;
        case QUOTED:
          this.state = QUOTE;
          break;
        case QUOTE:
          if (c === QUOTE_CH) {
            this.cell += '"';
            this.state = QUOTED;
          } else if (c === COMMA) this.endCell(START);
          else if (c === LF || c === CR) this.endRecord(c, out);
          else this.fail(t.afterClosingQuote);
          break;
        case SKIP:
          if (c === LF || c === CR) this.endRecord(c, out);
          break;
      }
    }
  }

  /** The number of the line being read, for errors. */
  get current(): number {
    return this.line;
  }

  private count(chars: number): void {
    this.size += chars;
    if (this.size > this.maxChars) throw new RecordTooLong(this.recordLine);
  }

  /** Ends the input: the last record, and an error for a quoted cell never closed. */
  end(out: CsvRecord[]): void {
    if (this.state === QUOTED) this.fail(t.unclosedQuote);
    if (this.state !== START || this.cells.length > 0 || this.error) this.endRecord(LF, out);
  }

  private endCell(next: number): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.state = next;
  }

  private fail(message: string): void {
    if (!this.error) this.error = message;
    this.state = SKIP;
  }

  private endRecord(ch: number, out: CsvRecord[]): void {
    if (this.error) out.push({ line: this.recordLine, error: this.error });
    else {
      if (this.state !== START || this.cells.length > 0) this.cells.push(this.cell);
      // An empty line is no record.
      if (this.cells.length > 0) out.push({ line: this.recordLine, cells: this.cells });
    }
    this.cells = [];
    this.cell = '';
    this.error = '';
    this.state = START;
    this.size = 0;
    this.afterCR = ch === CR;
    this.line++;
    this.recordLine = this.line;
  }
}
