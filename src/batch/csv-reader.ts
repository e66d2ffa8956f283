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
 * the next line, so one bad row never hides the others. A quote that opens a cell and runs over
 * line breaks into an error (text after its closing quote, the end of the input, or the length
 * limit) was almost surely a stray one: that record's first line is the error, naming the quote's
 * column, and the lines after it are read again as rows of their own, so a stray quote never
 * swallows the rows below it. A record on one line longer than `maxChars` throws RecordTooLong:
 * it is the wrong file, or an endless one.
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
  /** The column of the quote that opened the current quoted cell, on its line. */
  private quoteColumn = 0;
  /** Once a quoted cell of the record runs over a line break: the column of its opening quote, and the text after that break (earlier chunks), to read again. */
  private spanQuoteColumn = 0;
  private rest: string | null = null;
  /** Where the text after the break starts in the chunk being read. */
  private restFrom = 0;

  constructor(private readonly maxChars: number) {}

  /** Reads a chunk of text, appending every record it completes to `out`. */
  push(text: string, out: CsvRecord[]): void {
    for (let next: string | null = text; next !== null; ) next = this.read(next, out);
  }

  /** Reads a chunk; returns text to read again when a record that ran over lines was a stray quote's. */
  private read(text: string, out: CsvRecord[]): string | null {
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
          if (this.tooLong(j - i)) return this.again(text, out);
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
          if (k === LF) {
            this.line++;
            if (this.rest === null) {
              this.rest = '';
              this.restFrom = j + 1;
              this.spanQuoteColumn = this.quoteColumn;
            }
          }
          j++;
        }
        if (j > i) {
          if (this.tooLong(j - i)) return this.again(text, out);
          this.cell += text.slice(i, j);
          i = j;
          continue;
        }
      }
      if (this.tooLong(1)) return this.again(text, out);
      i++;
      switch (this.state) {
        case START:
          if (c === QUOTE_CH) {
            this.state = QUOTED;
            this.quoteColumn = this.size;
          } else if (c === COMMA) this.cells.push('');
          else this.endRecord(c, out);
          break;
        case PLAIN:
          if (c === COMMA) this.endCell(START);
          else if (c === LF || c === CR) this.endRecord(c, out);
          else if (this.rest !== null) return this.again(text, out);
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
          else if (this.rest !== null) return this.again(text, out);
          else this.fail(t.afterClosingQuote);
          break;
        case SKIP:
          if (c === LF || c === CR) this.endRecord(c, out);
          break;
      }
    }
    if (this.rest !== null) {
      this.rest += text.slice(this.restFrom);
      this.restFrom = 0;
    }
    return null;
  }

  /**
   * The record that ran over lines is the error of its first line, the quote that opened it named;
   * the text after that line (earlier chunks and all of this one) is returned to be read again.
   */
  private again(text: string, out: CsvRecord[]): string {
    const rest = this.rest! + text.slice(this.restFrom);
    out.push({ line: this.recordLine, error: t.quoteNotClosed(this.spanQuoteColumn) });
    this.cells = [];
    this.cell = '';
    this.error = '';
    this.state = START;
    this.size = 0;
    this.afterCR = false;
    this.rest = null;
    this.restFrom = 0;
    this.line = this.recordLine + 1;
    this.recordLine = this.line;
    return rest;
  }

  /** The number of the line being read, for errors. */
  get current(): number {
    return this.line;
  }

  /** Counts characters of the record; true when a record over lines grows too long (read again), and a record on one line throws. */
  private tooLong(chars: number): boolean {
    this.size += chars;
    if (this.size <= this.maxChars) return false;
    if (this.rest !== null) return true;
    throw new RecordTooLong(this.recordLine);
  }

  /** Ends the input: the last record, and an error for a quoted cell never closed. */
  end(out: CsvRecord[]): void {
    // A quoted cell still open at the end ran over lines: its first line is the error, the rest is read again.
    while (this.state === QUOTED && this.rest !== null) this.push(this.again('', out), out);
    if (this.state === QUOTED) this.fail(t.unclosedQuote(this.quoteColumn));
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
    this.rest = null;
    this.restFrom = 0;
    this.line++;
    this.recordLine = this.line;
  }
}
