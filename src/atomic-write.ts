import { writeFileSync, linkSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from './errors.js';
import { fsReason } from './data-file.js';

/**
 * Writes a file so that a crash leaves the old file or the new one, never half of either: the
 * content goes to a temporary file beside it first. Without `force`, an existing file is kept
 * and the call fails (the final link step refuses to replace, so no race can overwrite it).
 */
export function writeFileAtomic(file: string, content: string, cwd: string, force: boolean): string {
  const target = resolve(cwd, file);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write "${file}": ${fsReason(error)}`);
  }
  try {
    if (force) renameSync(temp, target);
    else {
      linkSync(temp, target);
      unlinkSync(temp);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`"${file}" already exists; choose another name, or add --force to replace it`);
    throw new UsageError(`cannot write "${file}": ${fsReason(error)}`);
  }
  return target;
}
