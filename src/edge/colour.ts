import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';
import { colourLevel } from './colour-level.js';

/** One chalk instance with the decided level, passed to every renderer that colours. */
export function makeChalk(io: Io, colorFlag: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(io, colorFlag) });
}
