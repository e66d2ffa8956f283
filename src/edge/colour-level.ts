import type { Io } from './io.js';

export type ColourLevel = 0 | 1 | 2 | 3;

/**
 * Decides colour once: off with --no-color, a non-empty NO_COLOR, FORCE_COLOR=0 or a stdout that
 * is not a terminal; FORCE_COLOR=1/2/3 forces it on. chalk alone ignores NO_COLOR on a terminal.
 */
export function colourLevel(io: Io, colorFlag: boolean): ColourLevel {
  if (!colorFlag) return 0;
  if (io.env.NO_COLOR) return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  return io.stdout.isTTY ? 1 : 0;
}
