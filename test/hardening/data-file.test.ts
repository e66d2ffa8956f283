import { describe, it, expect } from 'vitest';
import { validateCostData } from '../../src/core/validate-data.js';
import { setLanguage } from '../../src/core/lang.js';
import { rawData } from '../helpers/data.js';

function problems(data: Record<string, any>, lang: 'en' | 'es' = 'en') {
  setLanguage(lang);
  const r = validateCostData(data, lang);
  setLanguage('en');
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('source ids are one word of a-z, 0-9 and hyphens (item 11)', () => {
  it.each(['a;b', 'a,b', 'a"b', "a'b", 'a b', 'Upper', 'é'])('refuses %j', (id) => {
    const data = rawData();
    const old = data.sources[0].id;
    // Every reference to the source follows it, so only the id's own rule can fail.
    data.sources[0].id = id;
    const text = JSON.stringify(data).replaceAll(`"${old}"`, JSON.stringify(id));
    expect(problems(JSON.parse(text))).toEqual(['sources[0].id: must be lower-case letters, digits and hyphens']);
    expect(problems(JSON.parse(text), 'es')).toEqual(['sources[0].id: debe tener solo letras minúsculas, dígitos y guiones']);
  });

  it('takes the ids of the committed data', () => {
    expect(problems(rawData())).toEqual([]);
  });
});

describe('sizes out of bounds are said plainly, in both languages (item 17)', () => {
  it('a list too long', () => {
    const data = rawData();
    data.checklist = Array.from({ length: 201 }, (_, i) => ({ ...data.checklist[0], id: `q-${i}` }));
    expect(problems(data)).toEqual(['checklist: has too many entries: at most 200']);
    expect(problems(data, 'es')).toEqual(['checklist: tiene demasiadas entradas: como máximo 200']);
  });

  it('a list empty, and a number too large, without zod words', () => {
    const data = rawData();
    data.checklist = [];
    data.paying.medicalCardAprPercent = 101;
    expect(problems(data)).toEqual(['paying.medicalCardAprPercent: must be at most 100', 'checklist: needs at least 1 entry']);
    const es = problems(data, 'es');
    expect(es).toEqual(['paying.medicalCardAprPercent: debe ser como máximo 100', 'checklist: necesita al menos 1 entrada']);
    expect([...problems(data), ...es].join('\n')).not.toMatch(/Too big|Too small|Demasiado|<=|>=/);
  });
});
