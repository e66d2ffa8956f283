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
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.afterCR) {
        this.afterCR = false;
        if (ch === '\n') continue;
      }
      if (++this.size > this.maxChars) throw new RecordTooLong(this.recordLine);
      switch (this.state) {
        case START:
          if (ch === '"') this.state = QUOTED;
          else if (ch === ',') this.cells.push('');
          else if (ch === '\n' || ch === '\r') this.endRecord(ch, out);
          else {
            this.cell = ch;
            this.state = PLAIN;
          }
          break;
        case PLAIN:
          if (ch === ',') this.endCell(START);
          else if (ch === '\n' || ch === '\r') this.endRecord(ch, out);
          else if (ch === '"') this.fail(t.strayQuote);
          else this.cell += ch;
          break;
        case QUOTED:
          if (ch === '"') this.state = QUOTE;
          else {
            if (ch === '\n') this.line++;
            this.cell += ch;
          }
          break;
        case QUOTE:
          if (ch === '"') {
            this.cell += '"';
            this.state = QUOTED;
          } else if (ch === ',') this.endCell(START);
          else if (ch === '\n' || ch === '\r') this.endRecord(ch, out);
          else this.fail(t.afterClosingQuote);
          break;
        case SKIP:
          if (ch === '\n' || ch === '\r') this.endRecord(ch, out);
          break;
      }
    }
  }

  /** Ends the input: the last record, and an error for a quoted cell never closed. */
  end(out: CsvRecord[]): void {
    if (this.state === QUOTED) this.fail(t.unclosedQuote);
    if (this.state !== START || this.cells.length > 0 || this.error) this.endRecord('\n', out);
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

  private endRecord(ch: string, out: CsvRecord[]): void {
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
    this.afterCR = ch === '\r';
    this.line++;
    this.recordLine = this.line;
  }
}
