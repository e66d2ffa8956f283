export class LineTooLong extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is too long`);
  }
}

/** Splits text into lines as it arrives; a line longer than `maxChars` throws LineTooLong (an endless or wrong file). */
export class LineReader {
  private rest = '';
  private line = 0;

  constructor(private readonly maxChars: number) {}

  /** Appends `{line, text}` for every line the chunk completes (CR LF or LF; the CR is dropped). */
  push(chunk: string, out: { line: number; text: string }[]): void {
    let text = this.rest + chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      this.line++;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end - start > this.maxChars) throw new LineTooLong(this.line);
      out.push({ line: this.line, text: text.slice(start, end) });
      start = nl + 1;
    }
    text = text.slice(start);
    if (text.length > this.maxChars) throw new LineTooLong(this.line + 1);
    this.rest = text;
  }

  /** The last line, if the input did not end with a line break. */
  end(out: { line: number; text: string }[]): void {
    if (this.rest !== '') out.push({ line: ++this.line, text: this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest });
    this.rest = '';
  }

  /** The number of the line being read, for errors. */
  get current(): number {
    return this.line + 1;
  }
}
