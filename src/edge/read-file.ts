import { fs, path } from './node-modules.js';
import { UsageError } from '../errors.js';
import { escapeControls } from '../core/escape.js';
import { cliText as t } from '../cli-text.js';
const { closeSync, fstatSync, openSync, readSync } = fs;
const { resolve } = path;

/** Largest data or scenario file read: far above any real one, far below what would hurt. */
export const MAX_JSON_FILE_BYTES = 4 * 1024 * 1024;

/** Why a file could not be read, in plain words. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return t.noSuchFile;
  if (code === 'EACCES' || code === 'EPERM') return t.permissionDenied;
  if (code === 'EISDIR') return t.isDirectory;
  if (code === 'ENOTDIR') return t.notADirectoryOnPath;
  return escapeControls((error as Error).message);
}

/**
 * Reads a whole text file of at most `maxBytes`: a directory, an endless device, a file too large
 * or one that is not UTF-8 is a UsageError naming it. A byte-order mark is dropped.
 */
export function readTextFile(file: string, cwd: string, what: string, maxBytes = MAX_JSON_FILE_BYTES): string {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, file), 'r');
  } catch (error) {
    throw new UsageError(t.cannotRead(what, file, fsReason(error)));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    if (fstatSync(fd).isDirectory()) throw new UsageError(t.cannotRead(what, file, t.isDirectory));
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > maxBytes) throw new UsageError(t.tooLarge(what, file, maxBytes));
      chunks.push(chunk.subarray(0, n));
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t.cannotRead(what, file, fsReason(error)));
  } finally {
    closeSync(fd);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size));
  } catch {
    throw new UsageError(t.notUtf8(what, file));
  }
}

/** Reads and parses a JSON file; every failure is a UsageError naming the file. */
export function readJsonFile(file: string, cwd: string, what: string): unknown {
  const raw = readTextFile(file, cwd, what);
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new UsageError(t.notJson(what, file, escapeControls((error as Error).message)));
  }
}
