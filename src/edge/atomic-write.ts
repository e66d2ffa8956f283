import { fs, path } from './node-modules.js';
import { UsageError } from '../errors.js';
import { cliText as t, quoted } from '../cli-text.js';
import { fsReason } from './read-file.js';
const { writeFileSync, linkSync, lstatSync, renameSync, unlinkSync } = fs;
const { dirname, basename, join, resolve } = path;

// Temporary files being written now, removed by the signal handlers if the process is stopped.
// On globalThis: the signal handlers live in another bundle file than the command that writes.
const PENDING = Symbol.for('ketamine-cost.pending-temp-files');
const pending: Set<string> =
  ((globalThis as Record<symbol, unknown>)[PENDING] as Set<string> | undefined) ?? ((globalThis as Record<symbol, unknown>)[PENDING] = new Set<string>());

/** Removes any temporary file a write left half-done; called on SIGINT and SIGTERM. */
export function removePendingTempFiles(): void {
  for (const temp of pending) removeQuietly(temp);
  pending.clear();
}

/**
 * Writes a file so that a crash leaves the old file or the new one, never half of either: the
 * content goes to a temporary file beside it first. Without `force`, an existing file is kept
 * and the call fails (the final link step refuses to replace, so no race can overwrite it). With
 * `force`, only a regular file is replaced: never a device, FIFO, socket, link or folder.
 */
export function writeFileAtomic(file: string, content: string, cwd: string, force: boolean): string {
  const target = resolve(cwd, file);
  if (force) {
    const kind = existingKind(target);
    if (kind !== 'none' && kind !== 'file') throw new UsageError(t.notRegularFile(quoted(file)));
  }
  // A unique name without node:crypto (which costs start-up time); 'wx' below refuses a clash rather than overwrite.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  pending.add(temp);
  try {
    try {
      writeFileSync(temp, content, { flag: 'wx' });
    } catch (error) {
      removeQuietly(temp);
      throw new UsageError(t.cannotWrite(quoted(file), fsReason(error)));
    }
    try {
      if (force) renameSync(temp, target);
      else {
        linkSync(temp, target);
        unlinkSync(temp);
      }
    } catch (error) {
      removeQuietly(temp);
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new UsageError(existingKind(target) === 'file' ? t.alreadyExists(quoted(file)) : t.notRegularFile(quoted(file)));
      throw new UsageError(t.cannotWrite(quoted(file), fsReason(error)));
    }
  } finally {
    pending.delete(temp);
  }
  return target;
}

function existingKind(path: string): 'none' | 'file' | 'other' {
  try {
    return lstatSync(path).isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
