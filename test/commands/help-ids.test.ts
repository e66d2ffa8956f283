import { describe, it, expect, afterEach } from 'vitest';
import { main } from '../../src/cli.js';
import { LANGS, setLanguage } from '../../src/core/lang.js';
import { helpTextEn, type HelpId } from '../../src/commands/help-text.js';
import { helpTextEs } from '../../src/commands/help-text-es.js';
import { h } from '../../src/commands/help-words.js';
import { auditHelpEn } from '../../src/commands/audit-help.js';
import { fieldHelp } from '../../src/commands/field-help.js';
import { commandDescriptions } from '../../src/commands/command-descriptions.js';
import { FLAG_FIELDS } from '../../src/core/scenario-fields.js';
import { realData } from '../helpers/data.js';
import { fakeIo } from '../helpers/fake-io.js';

afterEach(() => setLanguage('en'));

const catalogs = { en: helpTextEn, es: helpTextEs };
const ids = Object.keys(helpTextEn) as HelpId[];

describe('--help words by message id', () => {
  it('every id has every language, and no language has an id English lacks', () => {
    for (const lang of LANGS) {
      const catalog = catalogs[lang] as Record<string, unknown>;
      for (const id of ids) expect(typeof catalog[id] === 'string' && (catalog[id] as string).trim() !== '', `${lang}: ${id}`).toBe(true);
      expect(Object.keys(catalog).sort()).toEqual([...ids].sort());
    }
  });

  it('h() gives each id in the language of the run', () => {
    for (const lang of LANGS) {
      setLanguage(lang);
      for (const id of ids) expect(h(id)).toBe(catalogs[lang][id]);
    }
  });
});

/** Every command's --help, the data subcommands' and the program's, as one text with its whitespace collapsed. */
async function everyHelp(lang: string): Promise<string> {
  const runs = [['--help'], ...Object.keys(commandDescriptions).map((c) => [c, '--help']), ...['show', 'validate', 'schema'].map((s) => ['data', s, '--help'])];
  let all = '';
  for (const args of runs) {
    const io = fakeIo();
    expect(await main([...args, '--lang', lang], io), args.join(' ')).toBe(0);
    all += `${io.out()}\n`;
  }
  return collapse(all);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** The English help sentences: pieces of four words or more, example commands and flag lists left out (they are the same in every language). */
function englishPieces(texts: string[]): string[] {
  const pieces = new Set<string>();
  for (const en of texts) {
    for (const piece of en.split(/[\n;:()]|\.(?=\s|$)|, /)) {
      const p = collapse(piece).trim();
      // Words, not flags, file names or commands: "--scenario a.json --scenario b.json" is the same in every language.
      const words = p.split(' ').filter((w) => /^\p{L}{2,}[\p{L}',-]*$/u.test(w) && !w.startsWith('-'));
      if (words.length < 4 || p.includes('ketamine-cost')) continue;
      pieces.add(p);
    }
  }
  return [...pieces];
}

describe('Spanish --help of every command', () => {
  it('has no English help sentence in it (and English --help has every one)', async () => {
    const data = realData();
    // Every id but the line shown after a mistake, audit's flags and help block, every scenario field's help.
    const texts = ids.filter((id) => id !== 'helpAfterError').map((id) => helpTextEn[id]);
    for (const key of ['inputFlag', 'formatFlag', 'estimateFlag', 'asciiFlag', 'help'] as const) texts.push(auditHelpEn[key]);
    for (const f of FLAG_FIELDS) texts.push(fieldHelp(f.name, data));
    const pieces = englishPieces(texts);
    expect(pieces.length).toBeGreaterThan(100);
    const english = await everyHelp('en');
    const spanish = await everyHelp('es');
    expect(pieces.filter((p) => !english.includes(p))).toEqual([]);
    expect(pieces.filter((p) => spanish.includes(p))).toEqual([]);
  });
});
