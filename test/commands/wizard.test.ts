import { screen } from '@inquirer/testing/vitest';
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWizard } from '../../src/commands/wizard-run.js';
import { main } from '../../src/cli.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FIXTURE_PATH } from '../helpers/data.js';

/** Waits for the wizard's first prompt (it loads the data first). */
async function started(text = '?') {
  for (let i = 0; i < 200 && !screen.getScreen().includes(text); i++) await new Promise((r) => setTimeout(r, 5));
  expect(screen.getScreen()).toContain(text);
}

/** Presses keys on the current prompt. */
async function press(...keys: string[]) {
  for (const key of keys) screen.keypress(key);
}
async function answer(text?: string) {
  if (text !== undefined) screen.type(text);
  screen.keypress('enter');
  await screen.next();
}
/** The output with shell line continuations joined, so a wrapped command reads as one line. */
const joined = (out: string) => out.replace(/ \\\n\s+/g, ' ');
async function clearAndType(text: string) {
  for (let i = 0; i < 12; i++) screen.keypress('backspace');
  screen.type(text);
}

describe('wizard', () => {
  it('gives a useful estimate when Enter is pressed throughout', async () => {
    const io = fakeIo();
    const done = runWizard({ color: true, data: FIXTURE_PATH }, io);
    await started('Which treatment are you planning?');
    await answer(); // technique
    expect(screen.getScreen()).toContain("Where is the clinic's price?");
    await answer(); // price
    await answer(); // boosters?
    await answer(); // pre-visits
    await answer(); // post-visits
    expect(screen.getScreen()).toContain('Will you travel for treatment?');
    await answer(); // travel
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    expect(screen.getScreen()).toContain('Looks right: show my estimate');
    await answer(); // review
    expect(screen.getScreen()).toContain('What would you like to keep?');
    screen.keypress('enter'); // no
    await done;
    const out = io.out();
    expect(out).toContain('Estimated total: $10,300–$40,500.');
    expect(out).toContain('Questions to ask the clinic');
    expect(joined(out)).toContain('ketamine-cost estimate --technique low-dose-inpatient --boosters 0 --pre-visits 1 --post-visits 1 --travel none\n');
    expect(out).not.toContain('\u001b[');
  });

  it('walks the outpatient branch: plan in months with the derived sessions shown, a quote, boosters and travel', async () => {
    const io = fakeIo();
    const done = runWizard({ color: true, data: FIXTURE_PATH }, io);
    await started();
    press('down');
    await answer(); // outpatient
    press('down', 'down', 'down');
    await answer(); // I have a quote
    await answer('abc');
    expect(screen.getScreen()).toMatch(/Must be an amount like 12000 or a range like 10000-15000 \(got "abc"\)/);
    await clearAndType('650');
    await answer();
    await answer(); // count by months
    await clearAndType('6');
    await answer();
    expect(io.out()).toMatch(/That is 20-21 infusion days in 6 months: daily on weekdays for the first 2\s+weeks: 10;/);
    await answer('y'); // boosters
    await clearAndType('2');
    await answer();
    await answer(); // pre
    await answer(); // post
    press('down');
    await answer(); // domestic
    await clearAndType('1');
    await answer(); // travellers
    await clearAndType('10');
    await answer(); // nights
    await answer(); // trips: the worked-out count
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    await answer(); // review: show
    screen.keypress('enter');
    await done;
    const out = io.out();
    // 20 sessions + 2 boosters at the quoted $650.
    expect(out).toMatch(/Outpatient infusion series:\s+│\s+20-21 │\s+\$13,000/);
    expect(out).toMatch(/Booster infusions \(4-hour[^│]*│\s+2 │\s+\$1,300/);
    expect(joined(out)).toContain(
      'ketamine-cost estimate --technique outpatient --quote 650 --boosters 2 --pre-visits 1 --post-visits 1 --travel domestic --travelers 1 --nights 10 --months 6\n',
    );
  });

  it('re-asks a number that is negative, a fraction or text, without leaving the wizard', async () => {
    const io = fakeIo();
    const done = runWizard({ color: true, data: FIXTURE_PATH, technique: 'low-dose-inpatient', clinicRange: 'full', boosters: '0' }, io);
    await started('Appointments before treatment');
    for (const bad of ['-1', '1.5', 'two']) {
      await clearAndType(bad);
      screen.keypress('enter');
      await screen.next();
      expect(screen.getScreen()).toContain('Enter a whole number from 0 to 50');
    }
    await clearAndType('3');
    await answer();
    await answer(); // post
    await answer(); // travel
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    await answer(); // review
    screen.keypress('enter');
    await done;
    expect(io.out()).toContain('Visits: 3 before, 1 after.');
  });

  it('lets an answer be changed from the review without starting again', async () => {
    const io = fakeIo();
    const done = runWizard(
      { color: true, data: FIXTURE_PATH, technique: 'low-dose-inpatient', clinicRange: 'full', preVisits: '0', postVisits: '0', travel: 'none' },
      io,
    );
    await started();
    await answer(); // boosters: no
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    expect(screen.getScreen()).toContain('Change boosters: 0');
    press('down', 'down', 'down');
    await answer(); // change boosters
    await answer('y');
    await clearAndType('2');
    await answer();
    expect(screen.getScreen()).toContain('Change boosters: 2');
    await answer(); // show
    screen.keypress('enter');
    await done;
    expect(io.out()).toContain('Estimated total: $10,800–$41,600.');
  });

  it('re-asks the price, plan and travel when the technique changes, and cautions about the coma technique', async () => {
    const io = fakeIo();
    const done = runWizard(
      {
        color: true,
        data: FIXTURE_PATH,
        technique: 'outpatient',
        sessions: '10',
        boosters: '0',
        preVisits: '0',
        postVisits: '0',
        clinicRange: 'full',
        travel: 'none',
      },
      io,
    );
    await started('Add costs that quotes often leave out');
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    expect(screen.getScreen()).toContain('Change outpatient plan: 10 infusion days');
    press('down');
    await answer(); // change technique
    press('down');
    await answer(); // coma
    expect(io.out()).toMatch(/! Fixture: the coma technique was not allowed in the USA/);
    await answer(); // price: full
    expect(screen.getScreen()).toContain('Will you travel for treatment?');
    await answer(); // travel: default international
    await answer(); // travellers
    await answer(); // nights
    await answer(); // trips: the worked-out count
    expect(screen.getScreen()).not.toContain('outpatient plan');
    await answer(); // show
    screen.keypress('enter');
    await done;
    expect(io.out()).toContain('Travel: international, 2 travellers, 12 nights');
  });

  it('saves the answers as a scenario file, and asks before replacing one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-wiz-'));
    writeFileSync(join(dir, 'ketamine-plan.json'), 'keep me');
    const io = fakeIo({ cwd: dir });
    const done = runWizard(
      {
        color: true,
        data: FIXTURE_PATH,
        technique: 'coma',
        clinicRange: 'lower',
        boosters: '0',
        preVisits: '1',
        postVisits: '1',
        travel: 'international',
        travelers: '2',
        nights: '12',
      },
      io,
    );
    await started('Add costs that quotes often leave out');
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    await answer(); // review: show
    expect(io.out().trimEnd().split('\n').at(-1)).toMatch(/^Estimated total: /); // the total is the last thing before the closing question
    press('down');
    await answer(); // keep the answers
    await answer(); // default file name, which exists
    expect(screen.getScreen()).toContain('ketamine-plan.json already exists. Replace it?');
    await answer(); // no: back to the choice
    expect(screen.getScreen()).toContain('What would you like to keep?');
    press('down');
    await answer(); // the answers again
    for (let i = 0; i < 20; i++) screen.keypress('backspace');
    screen.type('coma-plan.json');
    await answer();
    press('down', 'down');
    await answer(); // an HTML report
    await answer(); // ketamine-estimate.html
    screen.keypress('enter'); // finish
    await done;
    expect(readFileSync(join(dir, 'ketamine-estimate.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(dir, 'ketamine-plan.json'), 'utf8')).toBe('keep me');
    const saved = JSON.parse(readFileSync(join(dir, 'coma-plan.json'), 'utf8'));
    expect(saved).toMatchObject({ technique: 'coma', clinicRange: 'lower', travel: 'international', travelers: 2, nights: 12 });
    expect(io.out()).toContain('ketamine-cost estimate --scenario coma-plan.json');
  });

  it('keeps every flag given to it: a quote given as a flag prices the plan', async () => {
    const io = fakeIo();
    const done = runWizard(
      {
        color: true,
        data: FIXTURE_PATH,
        technique: 'outpatient',
        quote: '650',
        sessions: '10',
        boosters: '0',
        preVisits: '0',
        postVisits: '0',
        travel: 'none',
      },
      io,
    );
    await started('Add costs that quotes often leave out');
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    expect(screen.getScreen()).toContain('Change clinic price: quote $650');
    await answer(); // show
    screen.keypress('enter');
    await done;
    expect(io.out()).toMatch(/Outpatient infusion series:\s+│\s+10 │\s+\$6,500/);
  });

  it('loads a saved scenario to review, change and save back to the same file after asking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-wiz-'));
    writeFileSync(
      join(dir, 'plan.json'),
      JSON.stringify({ technique: 'coma', clinicRange: 'lower', boosters: 1, preVisits: 1, postVisits: 1, travel: 'international', travelers: 2, nights: 12 }),
    );
    const io = fakeIo({ cwd: dir });
    const done = runWizard({ color: true, data: FIXTURE_PATH, scenario: 'plan.json' }, io);
    await started('Add costs that quotes often leave out');
    await answer(); // extras: none
    await answer(); // insurance: no
    await answer(); // paying plan: no
    expect(screen.getScreen()).toContain('Change boosters: 1');
    press('down', 'down', 'down');
    await answer(); // change boosters
    await answer(); // yes
    await clearAndType('3');
    await answer();
    expect(screen.getScreen()).toContain('Change boosters: 3');
    await answer(); // show
    press('down');
    await answer(); // keep the answers
    await answer(); // file name: plan.json, the file they came from
    expect(screen.getScreen()).toContain('plan.json already exists. Replace it?');
    await answer('y');
    screen.keypress('enter'); // finish
    await done;
    expect(JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'))).toMatchObject({ technique: 'coma', clinicRange: 'lower', boosters: 3, nights: 12 });
  });

  it('asks about insurance and a paying plan when wanted, suggesting the typical medical card APR with its source, and shows your share and the plan', async () => {
    const io = fakeIo();
    const done = runWizard(
      { color: true, data: FIXTURE_PATH, technique: 'low-dose-inpatient', clinicRange: 'full', boosters: '0', preVisits: '5', postVisits: '0', travel: 'none' },
      io,
    );
    await started('Add costs that quotes often leave out');
    await answer(); // extras: none
    await answer('y');
    await answer(); // in network
    await answer(); // coinsurance 20
    await clearAndType('500');
    await answer(); // deductible
    await answer(); // met 0
    await answer(); // out-of-pocket maximum 0: none
    await answer(); // covered: visits only
    await answer(); // HSA 0
    press('down');
    await answer(); // borrowing
    await answer(); // 24 months
    expect(screen.getScreen().replace(/\s+/g, ' ')).toMatch(/about 27%, against 16% for general cards; Publisher A, 2023/);
    await answer(); // APR 27
    expect(screen.getScreen()).toContain('Change insurance: in-network, 20% coinsurance');
    expect(screen.getScreen()).toContain('Change paying plan: borrowing over 24 months');
    await answer(); // show
    screen.keypress('enter');
    await done;
    const out = io.out().replace(/\s+/g, ' ');
    // Visits $1,000 covered: deductible $500, then 20% of $500: the plan pays $400, you pay $10,600 at the low end.
    expect(out).toContain('Your plan pays: $400–$800');
    expect(out).toContain('You pay: $10,600–');
    expect(out).toMatch(/Borrowing what is left to find over 24 months at 27% APR/);
  });

  it('asks for the trips, suggesting one plus one per booster, and adds the costs quotes often leave out', async () => {
    const io = fakeIo();
    const done = runWizard(
      { color: true, data: FIXTURE_PATH, technique: 'outpatient', sessions: '10', boosters: '2', preVisits: '0', postVisits: '0', clinicRange: 'full' },
      io,
    );
    await started('Will you travel for treatment?');
    press('down');
    await answer(); // domestic
    await answer(); // travellers: 2
    await answer(); // nights
    expect(screen.getScreen()).toContain('How many trips, counting each booster?');
    expect(screen.getScreen()).toContain('3');
    await answer(); // trips: 3, worked out
    expect(screen.getScreen()).toContain('Add costs that quotes often leave out?');
    expect(screen.getScreen()).not.toContain('passport');
    press('space', 'down', 'down', 'space');
    await answer(); // labs and rides
    expect(screen.getScreen()).toContain('Miles to the clinic and back, each day:');
    await clearAndType('30');
    await answer();
    await answer(); // insurance: no
    await answer(); // paying plan: no
    expect(screen.getScreen()).toContain('Change costs often left out: 2 added');
    await answer(); // show
    screen.keypress('enter');
    await done;
    const out = io.out();
    const flat = out.replace(/\s+/g, ' ');
    expect(flat).toContain('Pre-treatment labs and ECG');
    expect(flat).toMatch(/Rides home, 30 miles a day/);
    expect(flat).toMatch(/Travel: domestic, 2 travellers, 14 nights, 3 trips\./);
    const command = joined(out)
      .split('\n')
      .find((l) => l.includes('ketamine-cost estimate --technique'))!;
    expect(command).toMatch(/--extras labs --ride-miles 30$/);
    // The worked-out count is not written out: it follows the boosters if they change.
    expect(command).not.toMatch(/--trips/);
  });

  it('is cancelled by Ctrl-C with exit code 130 and no file written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kc-wiz-'));
    const io = fakeIo({ tty: true, cwd: dir });
    const code = main([], io);
    await started('Which treatment are you planning?');
    screen.keypress({ name: 'c', ctrl: true });
    expect(await code).toBe(130);
    expect(io.err()).toBe('Cancelled.\n');
  });

  it('checks answers given as flags before asking anything', async () => {
    await expect(runWizard({ color: true, data: FIXTURE_PATH, technique: 'laser' }, fakeIo())).rejects.toThrow(
      /--technique: must be one of: .* \(got "laser"\)/,
    );
    await expect(runWizard({ color: true, data: FIXTURE_PATH, boosters: '-1' }, fakeIo())).rejects.toThrow(/--boosters: must be a whole number/);
    await expect(runWizard({ color: true, data: FIXTURE_PATH, quote: '9-1' }, fakeIo())).rejects.toThrow(/--quote: the low end/);
    await expect(runWizard({ color: true, data: FIXTURE_PATH, technique: 'coma', sessions: '5' }, fakeIo())).rejects.toThrow(/--sessions: .*outpatient only/);
    expect(screen.getScreen()).toBe('');
  });

  it('refuses to start without a terminal, pointing to estimate', async () => {
    const io = fakeIo({ tty: false });
    expect(await main([], io)).toBe(2);
    expect(io.err()).toMatch(/needs a terminal.*ketamine-cost estimate --help/);
  });
});
