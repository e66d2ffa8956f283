import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli.js';
import { markdownText } from '../../src/render/markdown.js';
import { fakeIo } from '../helpers/fake-io.js';
import { rawData } from '../helpers/data.js';

const LINK = '[click](javascript:alert(1))';
const IMAGE = '![](https://track.example/p.png)';
const dir = mkdtempSync(join(tmpdir(), 'kc-md-'));
const data = rawData();
for (const lang of ['en', 'es'] as const) {
  data.techniques.coma.label[lang] = `Coma ${LINK}`;
  data.techniques.outpatient.label[lang] = `Outpatient ${IMAGE}`;
  data.techniques.coma.warnings[0][lang] = `Read ${LINK} now \\${IMAGE}`;
  data.checklist[0].question[lang] = `Ask ${IMAGE}?`;
  data.checklist[0].why[lang] = `[ref]: javascript:alert(2)`;
  data.boosters.unit[lang] = `booster ${LINK}`;
}
data.sources[0].title = `Title ${LINK}`;
writeFileSync(join(dir, 'evil.json'), JSON.stringify(data));
writeFileSync(join(dir, `${LINK}.json`), JSON.stringify({ technique: 'coma' }));
writeFileSync(join(dir, `${IMAGE.replaceAll('/', '_')}.json`), JSON.stringify({ technique: 'outpatient', boosters: 1 }));

async function run(argv: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Link or image syntax a Markdown viewer would act on: a "[" and "](" or "]:" not escaped by a backslash of their own. */
function liveLinks(md: string): string[] {
  const found: string[] = [];
  // Drop code blocks (shown as written) and escaped characters (a backslash and what follows), then look for what is left.
  const plain = md.replace(/^```\n[\s\S]*?\n```$/gm, '').replace(/\\[\s\S]/g, '__');
  for (const m of plain.matchAll(/!?\[[^\]\n]*\](\(|:)/g)) found.push(m[0]);
  return found;
}

describe('no text makes a link or an image in Markdown (item 4)', () => {
  it('escapes \\ [ ] and HTML in a piece of text', () => {
    expect(markdownText(LINK)).toBe('\\[click\\](javascript:alert(1))');
    expect(markdownText(`\\${IMAGE}`)).toBe('\\\\!\\[\\](https://track.example/p.png)');
    expect(liveLinks(markdownText(`\\${IMAGE} <b>`))).toEqual([]);
  });

  it.each(['en', 'es'])('in every cell and line of an estimate from a data file (%s)', async (lang) => {
    for (const technique of ['coma', 'outpatient']) {
      const r = await run(['estimate', '-t', technique, '--boosters', '1', '--data', 'evil.json', '--format', 'markdown', '--timeline', '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(liveLinks(r.stdout)).toEqual([]);
      if (technique === 'coma') expect(r.stdout).toContain('javascript:alert(1)');
      // The report's own markup still works: task boxes and table rows.
      expect(r.stdout).toMatch(/^- \[ \] /m);
      expect(r.stdout).toMatch(/^\| .* \|$/m);
    }
  });

  it.each(['en', 'es'])('in a comparison, from the data and from file names used as option names (%s)', async (lang) => {
    for (const argv of [
      ['compare', '--data', 'evil.json'],
      ['compare', '--scenario', `${LINK}.json`, '--scenario', `${IMAGE.replaceAll('/', '_')}.json`, '--finance-months', '12', '--apr', '20'],
    ]) {
      const r = await run([...argv, '--format', 'markdown', '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(liveLinks(r.stdout)).toEqual([]);
    }
  });
});
