import { describe, it, expect, afterEach } from 'vitest';
import { setLanguage } from '../../src/core/lang.js';
import { text } from '../../src/core/text.js';
import { textEs } from '../../src/core/text-es.js';
import { cliText } from '../../src/cli-text.js';
import { cliTextEs } from '../../src/cli-text-es.js';
import { batchText } from '../../src/batch/batch-text.js';
import { batchTextEs } from '../../src/batch/batch-text-es.js';
import { gfeText } from '../../src/commands/gfe-text.js';
import { gfeTextEs } from '../../src/commands/gfe-text-es.js';
import { renderText } from '../../src/render/render-text.js';
import { renderTextEs } from '../../src/render/render-text-es.js';
import { wizardText } from '../../src/commands/wizard-text.js';
import { wizardTextEs } from '../../src/commands/wizard-text-es.js';
import { compareText } from '../../src/commands/compare-text.js';
import { compareTextEs } from '../../src/commands/compare-text-es.js';
import { fieldHelp } from '../../src/commands/field-help.js';
import { dataText } from '../../src/core/data-text.js';
import { auditText } from '../../src/core/audit-text.js';
import { auditTextEs } from '../../src/core/audit-text-es.js';
import { auditHelpEn } from '../../src/commands/audit-help.js';
import { auditHelpEs } from '../../src/commands/audit-help-es.js';
import { dataTextEs } from '../../src/core/data-text-es.js';
import { FLAG_FIELDS } from '../../src/core/scenario-fields.js';
import { formatDollars } from '../../src/core/money.js';
import { rawData, realData } from '../helpers/data.js';

afterEach(() => setLanguage('en'));

/** Every key of `en` is in `es` with a value of the same kind; no text is empty; functions take the same parameters. */
function sameShape(en: unknown, es: unknown, path: string): string[] {
  const problems: string[] = [];
  if (typeof en === 'string') {
    if (typeof es !== 'string' || (es.trim() === '' && en.trim() !== '')) problems.push(`${path}: missing or empty in Spanish`);
  } else if (typeof en === 'function') {
    if (typeof es !== 'function') problems.push(`${path}: not a function in Spanish`);
    else if (es.length !== en.length) problems.push(`${path}: takes ${es.length} parameters in Spanish, ${en.length} in English`);
  } else if (Array.isArray(en)) {
    if (!Array.isArray(es) || es.length !== en.length) problems.push(`${path}: a list of another length in Spanish`);
    else
      en.forEach((v, i) => {
        problems.push(...sameShape(v, es[i], `${path}[${i}]`));
      });
  } else if (en && typeof en === 'object') {
    if (!es || typeof es !== 'object') problems.push(`${path}: missing in Spanish`);
    else
      for (const key of Object.keys(en)) {
        if (key === 'value') continue; // choice values are ids, the same in both languages
        problems.push(...sameShape((en as Record<string, unknown>)[key], (es as Record<string, unknown>)[key], `${path}.${key}`));
      }
  }
  return problems;
}

describe('every message exists in both languages', () => {
  it.each([
    ['core text', text, textEs],
    ['command line', cliText, cliTextEs],
    ['batch', batchText, batchTextEs],
    ['gfe-check', gfeText, gfeTextEs],
    ['reports', renderText, renderTextEs],
    ['wizard', wizardText, wizardTextEs],
    ['compare', compareText, compareTextEs],
    ['data file', dataText, dataTextEs],
    ['audit', auditText, auditTextEs],
    ['audit help', auditHelpEn, auditHelpEs],
  ] as const)('%s', (_name, en, es) => {
    setLanguage('en');
    expect(sameShape({ ...en }, es, 'text')).toEqual([]);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives every flag help in Spanish, different from the English', () => {
    const data = realData();
    for (const f of FLAG_FIELDS) {
      setLanguage('en');
      const en = fieldHelp(f.name, data);
      setLanguage('es');
      const es = fieldHelp(f.name, data);
      expect(es.trim(), f.name).not.toBe('');
      expect(es, f.name).not.toBe(en);
    }
  });

  it('gives every text of the data file in both languages, none empty', () => {
    const missing: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v))
        v.forEach((x, i) => {
          walk(x, `${path}[${i}]`);
        });
      else if (v && typeof v === 'object') {
        if ('en' in v) {
          const { en, es } = v as { en?: unknown; es?: unknown };
          // The audit's keywords are lists of words in each language, matched rather than read.
          const words = (list: unknown) => Array.isArray(list) && list.every((w) => typeof w === 'string' && w.trim() !== '');
          if (Array.isArray(en) || Array.isArray(es)) {
            if (!words(en) || !words(es)) missing.push(path);
          } else if (typeof en !== 'string' || !en.trim() || typeof es !== 'string' || !es.trim()) missing.push(path);
        } else for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      }
    };
    walk(rawData(), 'data');
    expect(missing).toEqual([]);
    // The labels a person reads are translated, not copied.
    const d = rawData();
    for (const t of Object.values(d.techniques) as { label: { en: string; es: string } }[]) expect(t.label.es).not.toBe(t.label.en);
  });

  it('writes amounts as US$ in Spanish and $ in English', () => {
    setLanguage('es');
    expect(formatDollars(1_000_050)).toBe('US$10,000.50');
    setLanguage('en');
    expect(formatDollars(1_000_050)).toBe('$10,000.50');
  });
});
