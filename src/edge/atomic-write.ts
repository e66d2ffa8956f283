import { fs, path } from './node-modules.js';
import { UsageError } from '../errors.js';
import { cliText as t, quoted } from '../cli-text.js';
import { fsReason } from './read-file.js';
const { openSync, writeSync, fsyncSync, closeSync, fchmodSync, fchownSync, lstatSync, renameSync, rmdirSync, unlinkSync } = fs;
const { dirname, basename, join, resolve, sep } = path;

// Files being written now, removed by the signal handlers if the process is stopped.
// On globalThis: the signal handlers live in another bundle file than the command that writes.
const PENDING = Symbol.for('ketamine-cost.pending-temp-files');
const pending: Set<string> =
  ((globalThis as Record<symbol, unknown>)[PENDING] as Set<string> | undefined) ?? ((globalThis as Record<symbol, unknown>)[PENDING] = new Set<string>());

/** Removes any file a write left half-done; called on SIGINT, SIGTERM and SIGHUP. */
export function removePendingTempFiles(): void {
  for (const file of pending) removeQuietly(file);
  pending.clear();
}

/**
 * Why a name given to save to is not a file name, or null: empty, `-` (not standard output here),
 * a word that looks like a flag (`--save --force` would write a file called --force), or a name
 * ending in a slash, which names a folder (and would write or replace the file without it).
 */
export function saveNameProblem(file: string): string | null {
  if (file.trim() === '') return t.emptyName;
  if (file === '-') return t.saveDash;
  if (file.startsWith('-')) return t.saveFlagLike(`./${file}`);
  if (file.endsWith('/') || file.endsWith(sep) || /(^|[/\\])\.{1,2}$/.test(file)) return t.saveFolderName;
  return null;
}

/**
 * Writes a file so that a stop (an error, Ctrl-C, SIGTERM) leaves the old file or the new one and
 * nothing else, even in a folder that only lets files be added (append-only), where nothing made
 * can be removed again:
 * - a new file is made under its own name, refusing one that exists (so no race can overwrite it):
 *   nothing but that file is ever made, and it is removed if the write fails;
 * - with `force`, an existing regular file is replaced through a temporary file beside it, with
 *   the old file's mode (and owner, where allowed), written to disk (fsync) before the rename and
 *   the folder after it. Never a device, FIFO, socket, link or folder; never a file with other
 *   names (hard links, which would keep the old content); never in a folder that forbids removing
 *   or renaming files, which is found out before anything is made there.
 */
export function writeFileAtomic(file: string, content: string, cwd: string, force: boolean): string {
  const problem = saveNameProblem(file);
  if (problem !== null) throw new UsageError(t.cannotWrite(quoted(file), problem));
  const target = resolve(cwd, file);
  const bytes = Buffer.from(content, 'utf8');
  const old = force ? existing(target) : null;
  if (old !== null && !old.isFile()) throw new UsageError(t.notRegularFile(quoted(file)));
  if (old === null) createFile(file, target, bytes);
  else replaceFile(file, target, bytes, old);
  return target;
}

function existing(target: string): import('node:fs').Stats | null {
  try {
    return lstatSync(target);
  } catch {
    return null;
  }
}

/** A new file under its own name ('wx': never an existing one, nor through a link). */
function createFile(file: string, target: string, bytes: Buffer): void {
  let fd: number;
  try {
    fd = openSync(target, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(existing(target)?.isFile() ? t.alreadyExists(quoted(file)) : t.notRegularFile(quoted(file)));
    throw new UsageError(t.cannotWrite(quoted(file), fsReason(error)));
  }
  pending.add(target);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } catch (error) {
    closeQuietly(fd);
    removeQuietly(target);
    pending.delete(target);
    throw new UsageError(t.cannotWrite(quoted(file), writeReason(error)));
  }
  pending.delete(target);
  closeQuietly(fd);
  syncFolder(target);
}

/** An existing regular file replaced by a temporary one with its mode and owner, renamed over it. */
function replaceFile(file: string, target: string, bytes: Buffer, old: import('node:fs').Stats): void {
  if (old.nlink > 1) throw new UsageError(t.hardLinked(quoted(file), old.nlink));
  // Whether this folder lets the file be replaced, asked without making anything: removing a
  // regular file as a folder fails with ENOTDIR once removing it would be allowed, and with EPERM
  // (append-only or sticky folder) or EACCES (no write permission) before.
  try {
    rmdirSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM') throw new UsageError(t.cannotWrite(quoted(file), t.folderKeepsFiles));
    if (code === 'EACCES') throw new UsageError(t.cannotWrite(quoted(file), t.permissionDenied));
  }
  // A unique name without node:crypto (which costs start-up time); 'wx' refuses a clash rather than overwrite.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  const mode = old.mode & 0o7777;
  let fd: number;
  try {
    fd = openSync(temp, 'wx', mode);
  } catch (error) {
    throw new UsageError(t.cannotWrite(quoted(file), fsReason(error)));
  }
  pending.add(temp);
  try {
    try {
      // The owner first: changing it may clear the set-id bits the mode then puts back.
      fchownSync(fd, old.uid, old.gid);
    } catch {
      // only root (or the owner, for a group it is in) may: the file is then the writer's own
    }
    fchmodSync(fd, mode);
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== -1) closeQuietly(fd);
    removeQuietly(temp);
    pending.delete(temp);
    throw new UsageError(t.cannotWrite(quoted(file), writeReason(error)));
  }
  pending.delete(temp);
  syncFolder(target);
}

function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'SHORT' });
    done += n;
  }
}

function writeReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'SHORT' ? t.shortWrite : fsReason(error);
}

/** The folder's entry for the file, written to disk too, so a power cut after success keeps the file; where a folder cannot be synced, nothing is lost by not doing it. */
function syncFolder(target: string): void {
  let fd = -1;
  try {
    fd = openSync(dirname(target), 'r');
    fsyncSync(fd);
  } catch {
    // not supported for folders here (some file systems, Windows)
  } finally {
    if (fd !== -1) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone, or the folder keeps what is made in it
  }
}
