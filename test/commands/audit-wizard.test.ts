import { screen } from '@inquirer/testing/vitest';
import { describe, it, expect } from 'vitest';
import type { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runWizard } from '../../src/commands/wizard-run.js';
import { fakeIo } from '../helpers/fake-io.js';

// The wizard's first choice, "I have a quote: check it": pasted lines until an empty line, the
// treatment asked (the one the quote names suggested), the audit shown, then the estimate from it.

const QUOTE = readFileSync(fileURLToPath(new URL('../fixtures/quotes/example.txt', import.meta.url)), 'utf8');

async function started(text: string) {
  for (let i = 0; i < 400 && !screen.getScreen().includes(text); i++) await new Promise((r) => setTimeout(r, 5));
  expect(screen.getScreen()).toContain(text);
}
async function answer() {
  screen.keypress('enter');
  await screen.next();
}
/** Chooses "I have a quote: check it" (the first choice, above the suggested one) and pastes the quote. */
async function pasteQuote(io: ReturnType<typeof fakeIo>, text: string) {
  await started('Which treatment are you planning?');
  expect(screen.getScreen()).toContain('I have a quote: check it');
  screen.keypress('up');
  screen.keypress('enter');
  (io.stdin as unknown as PassThrough).write(`${text}\n\n`);
  await screen.next();
}

describe('wizard: I have a quote', () => {
  it('checks a pasted quote, suggests the treatment it names, and carries it into the estimate', async () => {
    const io = fakeIo();
    const done = runWizard({ color: true }, io);
    await pasteQuote(io, QUOTE);
    await started('Which treatment is this quote for?');
    expect(screen.getScreen()).toMatch(/❯ Outpatient infusion series/);
    await answer(); // outpatient, as suggested
    expect(io.out()).toContain('Quote check: Example Pain Center, quoted 2026-11-02');
    expect(io.out()).toContain('Questions to send the clinic');
    await started('Turn this quote into an estimate');
    await answer(); // yes
    // The quote answered the price and the plan: the next question is about boosters.
    expect(screen.getScreen()).toContain('booster');
    await answer(); // boosters: no
    await answer(); // pre-visits
    await answer(); // post-visits
    await answer(); // travel
    await answer(); // extras: none
    await answer(); // insurance
    await answer(); // paying
    await answer(); // review: show the estimate
    screen.keypress('enter'); // keep nothing
    await done;
    const out = io.out();
    expect(out).toContain("Clinic price: your clinic's quote, $1,000 per infusion day.");
    expect(out).toContain('Sessions: 5.');
    expect(out.replace(/ \\\n\s+/g, ' ')).toContain('ketamine-cost estimate --technique outpatient --quote 1000 --sessions 5');
  });

  it('ends after the check when no estimate is wanted', async () => {
    const io = fakeIo();
    const done = runWizard({ color: true }, io);
    await pasteQuote(io, QUOTE);
    await started('Which treatment is this quote for?');
    await answer();
    await started('Turn this quote into an estimate');
    screen.type('n');
    screen.keypress('enter');
    await done;
    expect(io.out()).toContain('A message you can copy into an email');
    expect(io.out()).not.toContain('Estimated total');
  });

  it('goes on with the published prices when nothing pasted names a price', async () => {
    const io = fakeIo();
    const done = runWizard({ color: true }, io);
    await pasteQuote(io, 'Hi! Call us to book.');
    expect(io.out()).toContain('No line of what was pasted names a price');
    await started('Which treatment are you planning?');
    expect(screen.getScreen()).not.toContain('I have a quote');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});
