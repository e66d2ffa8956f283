import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { shellWord } from '../../src/commands/command-line.js';

describe('the file name in the command the wizard suggests', () => {
  it('leaves a plain name as it is', () => {
    expect(shellWord('coma-plan.json')).toBe('coma-plan.json');
    expect(shellWord('plans/2026_v2.json')).toBe('plans/2026_v2.json');
  });

  it('is read back by a real shell as the very name, whatever it holds', () => {
    const names = ['my plan.json', "it's mine.json", 'a$b`c"d\\e.json', '*.json', "''", 'plan;rm -rf x.json', 'año €.json', '~/plan.json'];
    for (const name of names) {
      const word = shellWord(name);
      expect(word).not.toBe(name);
      expect(execFileSync('sh', ['-c', `printf %s ${word}`], { encoding: 'utf8' })).toBe(name);
    }
  });
});
