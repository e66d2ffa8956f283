/** The streams and environment a command may touch; the real process in the bin, fakes in tests. */
export interface OutStream {
  /** Text, or UTF-8 bytes of whole characters (batch output gathers rows into byte chunks). */
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Whether standard input is a folder (`< folder`), which Node would read as empty input; asked only by commands that read it. */
  stdinIsDirectory?: () => boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}
