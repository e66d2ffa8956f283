import { fs, path } from './node-modules.js';
import { UsageError } from '../errors.js';
import { escapeControls } from '../core/escape.js';
import { jsonDuplicateKey, jsonProblem } from '../core/json-error.js';
import { cliText as t } from '../cli-text.js';
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

// Opening a FIFO for reading waits for a writer, for ever if none comes: never wait (a regular file is not affected).
const OPEN_NOW = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** Why a file that is not a regular one is refused: a folder, or a FIFO, device or socket. */
function notRegular(info: import('node:fs').Stats): string | null {
  return info.isFile() ? null : info.isDirectory() ? t.isDirectory : t.notRegularToRead;
}

/**
 * Reads a whole text file of at most `maxBytes`: an empty name, a directory, a FIFO, device or
 * socket (which may never end, or never start), a file too large or one that is not UTF-8 is a
 * UsageError naming it. A byte-order mark is dropped. The file is looked at before it is opened,
 * and opened without waiting, so a FIFO nobody writes to is refused at once.
 */
export async function readTextFile(file: string, cwd: string, what: string, maxBytes = MAX_JSON_FILE_BYTES): Promise<string> {
  if (file === '') throw new UsageError(t.cannotRead(what, file, t.emptyName));
  let handle: import('node:fs/promises').FileHandle;
  try {
    const why = notRegular(await fs.promises.stat(resolve(cwd, file)));
    if (why !== null) throw new UsageError(t.cannotRead(what, file, why));
    handle = await fs.promises.open(resolve(cwd, file), OPEN_NOW);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t.cannotRead(what, file, fsReason(error)));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // Looked at again once open: it may have been replaced in between.
    const why = notRegular(await handle.stat());
    if (why !== null) throw new UsageError(t.cannotRead(what, file, why));
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw new UsageError(t.tooLarge(what, file, maxBytes));
      chunks.push(chunk.subarray(0, bytesRead));
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t.cannotRead(what, file, fsReason(error)));
  } finally {
    await handle.close();
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size));
  } catch {
    throw new UsageError(t.notUtf8(what, file));
  }
}

/** Reads and parses a JSON file; every failure is a UsageError naming the file. */
export async function readJsonFile(file: string, cwd: string, what: string): Promise<unknown> {
  const raw = await readTextFile(file, cwd, what);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(t.notJson(what, file, jsonProblem(raw) ?? escapeControls((error as Error).message)));
  }
  // JSON.parse keeps the last of a key given twice: which one was meant is the user's to say.
  const repeated = jsonDuplicateKey(raw);
  if (repeated !== null) throw new UsageError(t.inFile(what, file, repeated));
  return value;
}
