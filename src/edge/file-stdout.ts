import { OutputError } from '../errors.js';
import { cliText as t } from '../cli-text.js';
import { escapeControls } from '../core/escape.js';
import type { OutStream } from './io.js';
import { fs, tty } from './node-modules.js';

/**
 * Standard output as a file writer when it is a regular file or a device other than a terminal:
 * Node's own stream for files ignores a short write (a full disk, a file size limit) and would
 * exit 0 with the output cut. Here every byte is written, or an OutputError says why. Null for a
 * terminal or a pipe, which Node's stream handles.
 */
export function fileStdout(fd: number): OutStream | null {
  let stat: import('node:fs').Stats;
  try {
    stat = fs.fstatSync(fd);
  } catch {
    return null;
  }
  if (!(stat.isFile() || stat.isCharacterDevice()) || tty.isatty(fd)) return null;
  return {
    write(chunk: string) {
      const buffer = Buffer.from(chunk, 'utf8');
      let done = 0;
      while (done < buffer.length) {
        let n: number;
        try {
          n = fs.writeSync(fd, buffer, done, buffer.length - done);
        } catch (error) {
          throw new OutputError(t.outputFailed(escapeControls((error as Error).message)));
        }
        if (n <= 0) throw new OutputError(t.outputFailed(t.shortWrite));
        done += n;
      }
      return true;
    },
  };
}
