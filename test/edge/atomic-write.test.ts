import { describe, it, expect, beforeEach, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { removePendingTempFiles, writeFileAtomic } from '../../src/edge/atomic-write.js';
import { UsageError } from '../../src/errors.js';

// writeFileAtomic on real files, folders, links and FIFOs in a temp dir of this test's own.

const root = mkdtempSync(join(tmpdir(), 'kc-atomic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir = '';
let n = 0;
beforeEach(() => {
  dir = join(root, `case-${++n}`);
  mkdirSync(dir);
});

const CONTENT = '{\n  "technique": "coma",\n  "note": "ñ € 😀"\n}\n';
/** The folder's entries, to see that no temporary file was left behind. */
const entries = () => readdirSync(dir).sort();
/** The UsageError a call throws (failing the test if it throws nothing or something else). */
function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  return expect.unreachable('no error thrown');
}

describe('writeFileAtomic', () => {
  it('writes a new file with exactly the content, relative to cwd, and returns its full path', () => {
    expect(writeFileAtomic('plan.json', CONTENT, dir, false)).toBe(join(dir, 'plan.json'));
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe(CONTENT);
    expect(entries()).toEqual(['plan.json']);
  });

  it('takes an absolute path as it is, whatever cwd', () => {
    const target = join(dir, 'abs.json');
    expect(writeFileAtomic(target, 'x', '/nonexistent-cwd', false)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('x');
  });

  it('writes an empty file', () => {
    writeFileAtomic('empty.json', '', dir, false);
    expect(readFileSync(join(dir, 'empty.json'), 'utf8')).toBe('');
  });

  /** The names that appear in the folder while `fn` runs (inotify, through fs.watch). */
  async function namesSeen(fn: () => void, atLeast: number): Promise<string[]> {
    const seen = new Set<string>();
    const watcher = watch(dir, (_event, name) => name && seen.add(String(name)));
    try {
      fn();
      for (let i = 0; i < 2000 && seen.size < atLeast; i++) await sleep(5);
      await sleep(20);
    } finally {
      watcher.close();
    }
    return [...seen].sort();
  }

  it('makes a new file under its own name, and nothing else in the folder', async () => {
    expect(await namesSeen(() => writeFileAtomic('new.json', CONTENT, dir, false), 1)).toEqual(['new.json']);
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe(CONTENT);
  });

  it('replaces a file through a hidden temporary file beside it (same folder, so the last step is one rename)', async () => {
    writeFileSync(join(dir, 'plan.json'), 'old');
    const names = await namesSeen(() => writeFileAtomic('plan.json', CONTENT, dir, true), 2);
    const temps = names.filter((f) => f !== 'plan.json');
    expect(temps.length).toBeGreaterThan(0);
    for (const temp of temps) expect(temp).toMatch(/^\./);
    expect(entries()).toEqual(['plan.json']);
  });

  it.each(['', ' ', '-', '--force', 'folder/', '.', '..'])('refuses %j as a name to save to, and makes nothing', (name) => {
    expect(usageError(() => writeFileAtomic(name, CONTENT, dir, true)).message).toMatch(/^cannot write /);
    expect(entries()).toEqual([]);
  });

  describe('without force', () => {
    it('keeps an existing file and says so, naming the file as given', () => {
      writeFileSync(join(dir, 'plan.json'), 'old');
      const e = usageError(() => writeFileAtomic('plan.json', CONTENT, dir, false));
      expect(e.message).toMatch(/plan\.json.*already exists/);
      expect(e.message).not.toContain(dir);
      expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe('old');
      expect(entries()).toEqual(['plan.json']);
    });

    it('refuses a second write to a name the first one took', () => {
      writeFileAtomic('once.json', 'first', dir, false);
      usageError(() => writeFileAtomic('once.json', 'second', dir, false));
      expect(readFileSync(join(dir, 'once.json'), 'utf8')).toBe('first');
    });

    it('never writes through a link, dangling or not', () => {
      writeFileSync(join(dir, 'real.json'), 'real');
      symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
      symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
      expect(usageError(() => writeFileAtomic('link.json', CONTENT, dir, false)).message).toMatch(/link\.json/);
      expect(usageError(() => writeFileAtomic('dangling.json', CONTENT, dir, false)).message).toMatch(/not a regular file/);
      expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('real');
      expect(readlinkSync(join(dir, 'link.json'))).toBe(join(dir, 'real.json'));
      expect(entries()).toEqual(['dangling.json', 'link.json', 'real.json']);
    });

    it('refuses a folder and a FIFO, leaving them as they were', () => {
      mkdirSync(join(dir, 'folder'));
      execFileSync('mkfifo', [join(dir, 'fifo')]);
      for (const name of ['folder', 'fifo']) expect(usageError(() => writeFileAtomic(name, CONTENT, dir, false)).message).toMatch(/not a regular file/);
      expect(lstatSync(join(dir, 'folder')).isDirectory()).toBe(true);
      expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
      expect(entries()).toEqual(['fifo', 'folder']);
    });
  });

  describe('with force', () => {
    it('replaces a regular file whole: a reader that had the old one open still reads the old content', () => {
      const target = join(dir, 'plan.json');
      writeFileSync(target, 'old content');
      const fd = openSync(target, 'r');
      try {
        writeFileAtomic('plan.json', CONTENT, dir, true);
        const buf = Buffer.alloc(100);
        expect(buf.subarray(0, readSync(fd, buf, 0, 100, 0)).toString()).toBe('old content');
      } finally {
        closeSync(fd);
      }
      expect(readFileSync(target, 'utf8')).toBe(CONTENT);
      expect(entries()).toEqual(['plan.json']);
    });

    it("keeps the replaced file's permissions", () => {
      const target = join(dir, 'private.json');
      writeFileSync(target, 'old', { mode: 0o600 });
      chmodSync(target, 0o600);
      writeFileAtomic('private.json', CONTENT, dir, true);
      expect(statSync(target).mode & 0o777).toBe(0o600);
      expect(readFileSync(target, 'utf8')).toBe(CONTENT);
    });

    it('never replaces a file that has other names (hard links), which would keep the old content', () => {
      writeFileSync(join(dir, 'plan.json'), 'old');
      linkSync(join(dir, 'plan.json'), join(dir, 'other-name.json'));
      usageError(() => writeFileAtomic('plan.json', CONTENT, dir, true));
      expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe('old');
      expect(readFileSync(join(dir, 'other-name.json'), 'utf8')).toBe('old');
      expect(entries()).toEqual(['other-name.json', 'plan.json']);
    });

    it('writes a new file where there is none', () => {
      writeFileAtomic('new.json', CONTENT, dir, true);
      expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe(CONTENT);
    });

    it('never replaces a folder, a FIFO, a link or a dangling link, and leaves no temporary file', () => {
      mkdirSync(join(dir, 'folder'));
      execFileSync('mkfifo', [join(dir, 'fifo')]);
      writeFileSync(join(dir, 'real.json'), 'real');
      symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
      symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
      for (const name of ['folder', 'fifo', 'link.json', 'dangling.json']) {
        const e = usageError(() => writeFileAtomic(name, CONTENT, dir, true));
        expect(e.message).toMatch(/not a regular file/);
        expect(e.message).toContain(name);
      }
      expect(lstatSync(join(dir, 'folder')).isDirectory()).toBe(true);
      expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
      expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
      expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('real');
      expect(entries()).toEqual(['dangling.json', 'fifo', 'folder', 'link.json', 'real.json']);
    });
  });

  it('says it cannot write into a folder that does not exist, and leaves nothing', () => {
    const e = usageError(() => writeFileAtomic(join('missing', 'plan.json'), CONTENT, dir, false));
    expect(e.message).toMatch(/^cannot write .*missing.*plan\.json/);
    expect(entries()).toEqual([]);
  });

  it('says it cannot write where a file stands in for a folder', () => {
    writeFileSync(join(dir, 'file'), 'x');
    const e = usageError(() => writeFileAtomic(join('file', 'plan.json'), CONTENT, dir, true));
    expect(e.message).toMatch(/^cannot write /);
    expect(entries()).toEqual(['file']);
  });

  it('leaves finished and other files alone when asked to remove what writes left half-done', () => {
    writeFileAtomic('kept.json', CONTENT, dir, false);
    writeFileSync(join(dir, '.kept.json.123.abc.tmp'), 'someone else');
    removePendingTempFiles();
    expect(entries()).toEqual(['.kept.json.123.abc.tmp', 'kept.json']);
  });
});
