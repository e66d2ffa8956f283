import { readFileSync } from 'node:fs';
import { describe, it, expect, afterEach } from 'vitest';
import { LANGS, loadedDomains, setLanguage } from '../../src/core/lang.js';
import { catalogs as es } from '../../src/lang-es.js';
import { text } from '../../src/core/text.js';
import '../../src/core/audit-text.js';
import '../../src/core/data-text.js';
import '../../src/cli-text.js';
import '../../src/batch/batch-text.js';
import '../../src/render/render-text.js';
import '../../src/commands/gfe-text.js';
import '../../src/commands/audit-help.js';
import '../../src/commands/wizard-text.js';
import '../../src/commands/compare-text.js';
import '../../src/commands/help-words.js';

afterEach(() => setLanguage('en'));

describe('a catalog per language, registered in one place', () => {
  it('every text module has a catalog in every language but English, and every catalog a text module', () => {
    expect(LANGS).toEqual(['en', 'es']);
    expect(loadedDomains().sort()).toEqual(Object.keys(es).sort());
  });

  it('setLanguage refills every text module, and back', () => {
    setLanguage('es');
    expect(text.disclaimer).toBe(es.text.disclaimer);
    setLanguage('en');
    expect(text.disclaimer).toMatch(/^This is information for planning/);
  });

  it("an English run's files hold no Spanish; the Spanish is a file of its own", () => {
    const dist = new URL('../../dist/', import.meta.url);
    const spanish = [es.text.disclaimer, es.help.failFastOption, es.batch.notUtf8(1)];
    for (const file of ['cli.cjs', 'estimate-run.cjs']) {
      const code = readFileSync(new URL(file, dist), 'utf8');
      for (const s of spanish) expect(code.includes(s), `${file}: ${s}`).toBe(false);
    }
    expect(readFileSync(new URL('lang-es.cjs', dist), 'utf8')).toContain(es.text.disclaimer);
  });
});
