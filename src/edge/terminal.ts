import type { Io } from './io.js';

/** The terminal's width, kept between 60 and 100 columns; 80 when not a terminal. */
export function terminalWidth(io: Io): number {
  const cols = io.stdout.isTTY ? io.stdout.columns : undefined;
  return cols ? Math.max(60, Math.min(100, cols)) : 80;
}
