import { describe, it, expect, afterAll } from 'vitest';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colourLevel, type ColourLevel } from '../../src/edge/colour-level.js';
import { makeChalk } from '../../src/edge/colour.js';
import { openStdout } from '../../src/edge/stdout.js';
import type { Io } from '../../src/edge/io.js';
import { fakeIo } from '../helpers/fake-io.js';

const ESC = '\u001b[';

/** An Io whose stdout is a terminal or not, with these environment variables. */
const io = (tty: boolean, env: Record<string, string> = {}): Io => fakeIo({ tty, env });

describe('colourLevel', () => {
  // [stdout is a terminal, --color (false for --no-color), environment, level]
  const cases: [boolean, boolean, Record<string, string>, ColourLevel][] = [
    [true, true, {}, 1],
    [false, true, {}, 0],
    [true, false, {}, 0],
    // NO_COLOR: any non-empty value turns colour off, even on a terminal and against FORCE_COLOR.
    [true, true, { NO_COLOR: '1' }, 0],
    [true, true, { NO_COLOR: '0' }, 0],
    [true, true, { NO_COLOR: 'false' }, 0],
    [true, true, { NO_COLOR: '1', FORCE_COLOR: '3' }, 0],
    [true, true, { NO_COLOR: '' }, 1],
    // FORCE_COLOR: a floor when piped, or off with 0/false; 2 and 3 ask for more colours.
    [false, true, { FORCE_COLOR: '1' }, 1],
    [false, true, { FORCE_COLOR: '2' }, 2],
    [false, true, { FORCE_COLOR: '3' }, 3],
    [false, true, { FORCE_COLOR: 'true' }, 1],
    [false, true, { FORCE_COLOR: '4' }, 1],
    [false, true, { FORCE_COLOR: 'yes' }, 1],
    [true, true, { FORCE_COLOR: '0' }, 0],
    [true, true, { FORCE_COLOR: 'false' }, 0],
    [true, true, { FORCE_COLOR: '3' }, 3],
    // An empty FORCE_COLOR is not set: the terminal decides.
    [false, true, { FORCE_COLOR: '' }, 0],
    [true, true, { FORCE_COLOR: '' }, 1],
    // --no-color wins over everything.
    [true, false, { FORCE_COLOR: '3' }, 0],
    [false, false, { FORCE_COLOR: '1' }, 0],
  ];

  it.each(cases)('terminal %s, --color %s, env %j: level %i', (tty, flag, env, level) => {
    expect(colourLevel(io(tty, env), flag)).toBe(level);
  });

  it('reads the level from the stream it is given, not from the process', () => {
    const original = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '3';
    try {
      expect(colourLevel(io(false), true)).toBe(0);
    } finally {
      if (original === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = original;
    }
  });

  describe('with the real standard-output writers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-colour-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const never = () => {
      throw new Error('Node stream not expected');
    };

    it('is off for output to a file, and on there only when forced', () => {
      const fd = openSync(join(dir, 'out.txt'), 'w');
      try {
        const stdout = openStdout(fd, never, never);
        expect(colourLevel({ ...io(false), stdout }, true)).toBe(0);
        expect(colourLevel({ ...io(false, { FORCE_COLOR: '2' }), stdout }, true)).toBe(2);
      } finally {
        closeSync(fd);
      }
    });
  });
});

describe('makeChalk', () => {
  it('colours at the decided level and not at all at 0, whatever chalk would detect', () => {
    expect(makeChalk(io(true), true).red('x')).toContain(ESC);
    expect(makeChalk(io(true, { FORCE_COLOR: '3' }), true).level).toBe(3);
    // chalk alone ignores NO_COLOR on a terminal; the level decided here does not.
    expect(makeChalk(io(true, { NO_COLOR: '1' }), true).red('x')).toBe('x');
    expect(makeChalk(io(true), false).bold.red('x')).toBe('x');
    expect(makeChalk(io(false), true).red('x')).toBe('x');
  });
});
