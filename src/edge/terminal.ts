import type { Io } from './io.js';

/** Flags that choose plain ASCII output. */
export interface AsciiFlags {
  ascii?: boolean;
}

/** Plain ASCII output: asked with --ascii, or a terminal that says it cannot show more (TERM=dumb). */
export function asciiWanted(flags: AsciiFlags, io: Io): boolean {
  return flags.ascii === true || io.env.TERM === 'dumb';
}

/** The terminal's width, kept between 60 and 100 columns; 80 when not a terminal. */
export function terminalWidth(io: Io): number {
  const cols = io.stdout.isTTY ? io.stdout.columns : undefined;
  return cols ? Math.max(60, Math.min(100, cols)) : 80;
}
