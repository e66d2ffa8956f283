import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { fakeIo } from '../helpers/fake-io.js';
import { BIN, cleanEnv } from '../helpers/run-bin.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kc-save-'));
const isRoot = process.getuid?.() === 0;

async function run(argv: string[], cwd: string) {
  const io = fakeIo({ cwd });
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('replacing a saved scenario keeps its permissions and never splits its links (item 1)', () => {
  it('keeps a chmod-600 file at 600', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.json'), '{}');
    chmodSync(join(dir, 'plan.json'), 0o600);
    const r = await run(['estimate', '-t', 'coma', '--agi', '50000', '--save', 'plan.json', '--force'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(dir, 'plan.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')).agi).toBe(50000);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it.runIf(isRoot)('keeps the owner and group when run as root', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.json'), '{}');
    chownSync(join(dir, 'plan.json'), 4321, 4322);
    chmodSync(join(dir, 'plan.json'), 0o640);
    expect((await run(['estimate', '-t', 'coma', '--save', 'plan.json', '--force'], dir)).code).toBe(0);
    const s = statSync(join(dir, 'plan.json'));
    expect([s.uid, s.gid, s.mode & 0o777]).toEqual([4321, 4322, 0o640]);
  });

  it.each([
    [
      'en',
      /^ketamine-cost: "plan.json" has 2 names \(hard links\); replacing it would leave the others with the old content, so it is never replaced: choose another name$/m,
    ],
    ['es', /^ketamine-cost: "plan.json" tiene 2 nombres \(enlaces duros\)/m],
  ])('refuses a file with another hard link, leaving both as they were (%s)', async (lang, pattern) => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.json'), '{"old": true}');
    linkSync(join(dir, 'plan.json'), join(dir, 'other.json'));
    const r = await run(['estimate', '-t', 'coma', '--save', 'plan.json', '--force', '--lang', lang], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(readFileSync(join(dir, 'plan.json'), 'utf8')).toBe('{"old": true}');
    expect(statSync(join(dir, 'plan.json')).nlink).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['other.json', 'plan.json']);
  });
});

describe('odd save targets are refused, and nothing is written (item 6)', () => {
  it.each([
    [
      ['--save', '--force'],
      /cannot write "--force": it looks like a flag, not a file name: give the file name right after the flag \(for a file with that name, write \.\/--force\)/,
    ],
    [['--save=-'], /cannot write "-": "-" is not a file name here/],
    [['--save', '-'], /cannot write "-": "-" is not a file name here/],
    [['--save', 'sub/'], /cannot write "sub\/": it ends with a slash, so it names a folder; give a file name/],
    [['--save', 'real.json/', '--force'], /cannot write "real.json\/": it ends with a slash/],
    [['--save', 'sub/..'], /cannot write "sub\/..": it ends with a slash/],
    [['--save', '-x', '--lang', 'es'], /no se puede escribir "-x": parece una opción, no un nombre de archivo/],
    [['--save', 'sub/', '--lang', 'es'], /no se puede escribir "sub\/": termina con una barra/],
  ])('%j', async (flags, pattern) => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.json'), 'keep');
    const r = await run(['estimate', '-t', 'coma', ...flags], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(readdirSync(dir)).toEqual(['real.json']);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('keep');
  });

  it('still saves to a name with a dash inside it, or ./-name', async () => {
    const dir = tmp();
    expect((await run(['estimate', '-t', 'coma', '--save', 'my-plan.json'], dir)).code).toBe(0);
    expect((await run(['estimate', '-t', 'coma', '--save', './-plan.json'], dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['-plan.json', 'my-plan.json']);
  });
});

// chattr needs root and a file system with attributes (ext4, xfs, btrfs): skipped elsewhere.
const appendOnly = (() => {
  const dir = tmp();
  const ok = spawnSync('chattr', ['+a', dir]).status === 0;
  if (ok) spawnSync('chattr', ['-a', dir]);
  return ok;
})();

describe('nothing is left after a failed or stopped write (item 7)', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const f of folders) spawnSync('chattr', ['-a', f]);
  });

  it.runIf(appendOnly)('in an append-only folder a new file is saved, and nothing else is made', async () => {
    const dir = tmp();
    spawnSync('chattr', ['+a', dir]);
    folders.push(dir);
    const r = await run(['estimate', '-t', 'coma', '--save', 'x.json'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['x.json']);
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')).technique).toBe('coma');
  });

  it.runIf(appendOnly)('in an append-only folder --force refuses to replace, making nothing', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'y.json'), '{}');
    spawnSync('chattr', ['+a', dir]);
    folders.push(dir);
    for (const [lang, pattern] of [
      ['en', /^ketamine-cost: cannot write "y.json": its folder does not let files be removed or renamed \(append-only, or owned by someone else\)/m],
      ['es', /^ketamine-cost: no se puede escribir "y.json": su carpeta no permite borrar ni renombrar archivos/m],
    ] as const) {
      const r = await run(['estimate', '-t', 'coma', '--save', 'y.json', '--force', '--lang', lang], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
    }
    expect(readdirSync(dir)).toEqual(['y.json']);
    expect(readFileSync(join(dir, 'y.json'), 'utf8')).toBe('{}');
  });

  it('a write cut short by a file size limit leaves no file, new or temporary, and the old one whole', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'old.json'), '{"old": true}');
    const node = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`;
    for (const args of ['estimate -t coma --save new.json', 'estimate -t coma --save old.json --force']) {
      const r = spawnSync('bash', ['-c', `ulimit -f 0; ${node} ${args}`], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/cannot write "(new|old).json": /);
      expect(readdirSync(dir)).toEqual(['old.json']);
      expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('{"old": true}');
    }
  });

  it('a folder that cannot be written to leaves nothing either', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'z.json'), '{}');
    chmodSync(join(dir, 'locked'), 0o500);
    // As root, permissions stop nothing: the write then succeeds, which is fine too.
    const r = await run(['estimate', '-t', 'coma', '--save', 'locked/z.json', '--force'], dir);
    if (!isRoot) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/permission denied/);
    }
    expect(readdirSync(join(dir, 'locked'))).toEqual(['z.json']);
    chmodSync(join(dir, 'locked'), 0o700);
  });
});
