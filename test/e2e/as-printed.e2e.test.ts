import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, runBin } from '../helpers/run-bin.js';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(join(root, 'README.md'), 'utf8');

/** The lines of every ```sh block, comments dropped, continuation lines joined. */
function shellLines(markdown: string): string[] {
  const out: string[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```/gm))
    out.push(
      ...block[1]!
        .replace(/\\\n\s*/g, ' ')
        .split('\n')
        .map((l) => l.replace(/\s+#.*$/, '').trim())
        .filter(Boolean),
    );
  return out;
}

/** A `$` before a digit outside single quotes: the shell would read `$6` of `$650` as a variable. */
function unquotedDollar(line: string): boolean {
  return /\$\d/.test(line.replace(/'[^']*'/g, "''"));
}

/** The example lines of a command's --help ("  $ ketamine-cost …"), continuation lines joined. */
function helpExamples(args: string[]): string[] {
  const help = runBin([...args, '--help']).stdout.replace(/\\\n\s*/g, ' ');
  return [...help.matchAll(/^ {2}\$ (.*)$/gm)].map((m) => m[1]!.trim());
}

/** The user's files the examples name, with valid content, as a person would have them. */
function userFiles(dir: string, run: (command: string) => void): void {
  writeFileSync(join(dir, 'providers.csv'), 'provider,estimate,bill\nInfusion clinic,4000,4600\nAnaesthesia,900,1250\n');
  writeFileSync(join(dir, 'scenarios.csv'), 'id,technique,quote,months\nanna,outpatient,650,6\nben,low-dose-inpatient,,\n');
  writeFileSync(join(dir, 'scenarios.ndjson'), '{"id":"anna","technique":"outpatient","quote":650}\n{"id":"ben","technique":"coma"}\n');
  // The quote the README's audit and gfe-check examples read: the issue's own example.
  writeFileSync(
    join(dir, 'quote.txt'),
    '# Example Pain Center, quoted 2026-11-02\nConsultation 350\nKetamine infusion (4 h) $1,000 x 5\nLabs 120\nTotal 5,350\n',
  );
  for (const [file, args] of [
    ['a.json', '-t outpatient --quote 650'],
    ['b.json', '-t outpatient --quote 900-1200'],
    ['clinic-a.json', '-t low-dose-inpatient --quote 22000'],
    ['clinic-b.json', '-t low-dose-inpatient --quote 30000'],
    ['my-plan.json', '-t outpatient --months 6'],
  ])
    run(`ketamine-cost estimate ${args} --save ${file} --json > /dev/null`);
}

describe('commands run as printed', () => {
  it('no example writes an unquoted $ before digits: README, --help and the tool’s own words', () => {
    const examples = [
      ...shellLines(README),
      ...['en', 'es'].flatMap((lang) => ['estimate', 'compare', 'gfe-check', 'batch'].flatMap((c) => helpExamples([c, '--lang', lang]))),
    ];
    expect(examples.length).toBeGreaterThan(20);
    for (const line of examples) expect(unquotedDollar(line), line).toBe(false);
    // Inline code that is a command, too.
    for (const m of README.matchAll(/`((?:npx )?ketamine-cost [^`]*)`/g)) expect(unquotedDollar(m[1]!), m[1]).toBe(false);
    // The README says why, once; --help for amounts says how.
    expect(README).toMatch(/the shell reads `\$6` in\s+`--quote \$650` as a variable/);
    for (const lang of ['en', 'es']) {
      expect(runBin(['estimate', '--help', '--lang', lang]).stdout).toMatch(lang === 'es' ? /escriba 650 o '\$650'/ : /write 650 or '\$650'/);
      expect(runBin(['gfe-check', '--help', '--lang', lang]).stdout).toMatch(/650 (or|o) '\$650'/);
    }
  });

  it('the guard above can fail: it finds the shell’s reading of $650', () => {
    expect(unquotedDollar('ketamine-cost estimate -t outpatient --quote $650')).toBe(true);
    expect(unquotedDollar("ketamine-cost estimate -t outpatient --quote '$650'")).toBe(false);
    // What the shell does with it, which is why.
    expect(spawnSync('bash', ['-c', 'echo --quote $650'], { encoding: 'utf8' }).stdout.trim()).toBe('--quote 50');
  });
});

describe('the README from a fresh copy of the project', () => {
  let base: string;
  let clone: string;
  let work: string;
  let env: NodeJS.ProcessEnv;
  const sh = (command: string, cwd = work) => spawnSync('bash', ['-c', command], { cwd, env, encoding: 'utf8' });

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'kc-readme-'));
    clone = join(base, 'ketamine-cost');
    work = join(base, 'home');
    mkdirSync(work);
    // A fresh copy: the project's files (tracked and new, nothing ignored), no dist/.
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const f of files) {
      mkdirSync(dirname(join(clone, f)), { recursive: true });
      cpSync(join(root, f), join(clone, f));
    }
    // `npm ci` is npm's own install and then the project's build (its prepare script): here the
    // packages already installed stand in for the download, and the build runs as npm ci would.
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
    // npm link, as printed, into a prefix of the test's own instead of the machine's.
    // npm run by the test runner hands its own settings down (npm_config_prefix among them): none of them here.
    env = Object.fromEntries(Object.entries(cleanEnv()).filter(([k]) => !/^npm_/i.test(k)));
    Object.assign(env, { npm_config_prefix: join(base, 'prefix'), PATH: `${join(base, 'prefix', 'bin')}:${process.env.PATH}` });
    // The link must go to the test's prefix, never the machine's: checked before linking.
    expect(sh('npm prefix -g', clone).stdout.trim()).toBe(join(base, 'prefix'));
    // The patients' set-up (the two lines at the very top are the project's own: install and run, install and test).
    const setup = shellLines(README.slice(README.indexOf('## For patients'), README.indexOf('**Run it and answer.**')));
    expect(setup).toEqual(['npm ci', 'npm link']);
    for (const command of setup) {
      const r = sh(command === 'npm ci' ? 'npm run build' : `${command} --no-audit --no-fund`, clone);
      expect(r.status, `${command}: ${r.stderr}`).toBe(0);
    }
    userFiles(work, (c) => expect(sh(c).status, c).toBe(0));
  }, 120_000);

  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it("keeps the project's own checks green with the wizard's files left in the checkout", () => {
    // What the wizard writes by default, in the folder it runs from: here, the checkout itself.
    const plan = runBin(['estimate', '-t', 'outpatient', '--insurance', 'in-network', '--covered', 'treatment,visits', '--json']);
    writeFileSync(join(clone, 'ketamine-plan.json'), `${JSON.stringify(JSON.parse(plan.stdout).scenario, null, 2)}\n`);
    writeFileSync(join(clone, 'ketamine-estimate.html'), runBin(['estimate', '-t', 'coma', '--format', 'html']).stdout);
    writeFileSync(join(clone, 'ketamine-estimate.md'), runBin(['estimate', '-t', 'coma', '--format', 'markdown']).stdout);
    const lint = sh('npx --no-install biome check .', clone);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    // The same check does see the project's own files: a badly formatted one fails it.
    const tsconfig = readFileSync(join(clone, 'tsconfig.json'), 'utf8');
    writeFileSync(join(clone, 'tsconfig.json'), tsconfig.replace(/\n\s*/g, ' '));
    expect(sh('npx --no-install biome check .', clone).status).not.toBe(0);
    writeFileSync(join(clone, 'tsconfig.json'), tsconfig);
    // And git leaves them out of a commit.
    const ignored = sh('git init -q . && git check-ignore ketamine-plan.json ketamine-estimate.html ketamine-estimate.md', clone);
    expect(ignored.stdout.trim().split('\n')).toEqual(['ketamine-plan.json', 'ketamine-estimate.html', 'ketamine-estimate.md']);
  }, 60_000);

  it('puts ketamine-cost on the PATH, as the README says', () => {
    const r = sh('command -v ketamine-cost && ketamine-cost --version');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(join(base, 'prefix', 'bin', 'ketamine-cost'));
  });

  it('runs every ketamine-cost command in the README and in --help as printed', () => {
    const commands = [...shellLines(README), ...['estimate', 'compare', 'gfe-check', 'batch'].flatMap((c) => helpExamples([c]))].filter((l) =>
      /(^|\| )ketamine-cost /.test(l),
    );
    expect(commands.length).toBeGreaterThan(15);
    for (const command of commands) {
      const r = sh(command);
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      expect(r.stderr, command).not.toMatch(/ketamine-cost: /);
    }
  }, 120_000);
});

let session: TerminalSession | undefined;
afterEach(() => session?.close());

describe.skipIf(!hasTmux)('what the wizard prints runs as printed', () => {
  it('its equivalent command, pasted into a shell as it stands, gives the same total', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-printed-'));
    session = new TerminalSession(['wizard', '--technique', 'outpatient', '--quote', "'$650'", '--months', '6'], { cwd: dir, width: 60 });
    for (let i = 0; i < 12; i++) {
      const screen = session.screen();
      if (screen.includes('What would you like to keep?')) break;
      await session.waitFor(/^\? /m);
      const before = (session.screen().match(/^✔ /gm) ?? []).length;
      session.keys('Enter');
      const deadline = Date.now() + 10_000;
      while ((session.screen().match(/^✔ /gm) ?? []).length === before && !session.screen().includes('What would you like to keep?')) {
        if (Date.now() > deadline) throw new Error(session.screen());
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const screen = await session.waitFor('What would you like to keep?');
    // The lines under "The same estimate as a command", continuations and all, exactly as shown.
    const printed = /The same estimate as a command[^\n]*\n((?:.*\\\n)*.*)\n/.exec(screen)![1]!;
    expect(printed).toMatch(/^ {2}ketamine-cost estimate /);
    const bin = join(root, 'bin');
    const r = spawnSync('bash', ['-c', `ketamine-cost() { node ${JSON.stringify(join(bin, 'ketamine-cost.cjs'))} "$@"; }\n${printed} --json`], {
      encoding: 'utf8',
      env: cleanEnv(),
      cwd: dir,
    });
    expect(r.status, r.stderr).toBe(0);
    const total = /Estimated total: (\$[\d,]+)–(\$[\d,]+)/.exec(screen)!;
    const json = JSON.parse(r.stdout);
    expect(`$${json.total.low.toLocaleString('en-US')}`).toBe(total[1]);
    expect(`$${json.total.high.toLocaleString('en-US')}`).toBe(total[2]);
    expect(json.scenario.quote).toEqual({ low: 650, high: 650 });
  }, 60_000);
});
