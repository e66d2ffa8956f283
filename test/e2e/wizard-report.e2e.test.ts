import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTmux, TerminalSession } from '../helpers/tmux.js';

let session: TerminalSession | undefined;
afterEach(() => session?.close());

/** Enter on every question until the closing one: each key waits for its question to be drawn, so none is taken early. */
async function toClosing(s: TerminalSession, closing: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const screen = s.screen();
    if (screen.includes(`? ${closing}`)) return;
    const marks = screen.split('\n').filter((l) => /^[?✔] /.test(l));
    if (marks.at(-1)?.startsWith('? ')) {
      const answered = marks.filter((l) => l.startsWith('✔ ')).length;
      s.keys('Enter');
      while ((s.screen().match(/^✔ /gm) ?? []).length === answered && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    } else await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`never reached "${closing}":\n${s.screen()}`);
}

describe.skipIf(!hasTmux)('the report the wizard keeps (tmux)', () => {
  it.each([
    ['en', 'LANG=en_US.UTF-8', 'What would you like to keep?', 'ketamine-estimate.html'],
    ['es', 'LANG=es_MX.UTF-8', '¿Qué le gustaría guardar?', 'ketamine-estimate.md'],
  ] as const)(
    'carries its answers, the day and versions, blanks, and who pays each month when insured (%s)',
    async (lang, env, closing, file) => {
      const cwd = mkdtempSync(join(tmpdir(), 'kc-wr-'));
      const flags = [
        '--technique',
        'outpatient',
        '--quote',
        '650',
        '--months',
        '3',
        '--insurance',
        'in-network',
        '--coinsurance',
        '20',
        '--deductible',
        '1000',
      ];
      session = new TerminalSession(['wizard', ...flags], { cwd, width: 80, env });
      await toClosing(session, closing);
      // After "finish" and "the answers": the HTML report, then Markdown.
      session.keys(...(file.endsWith('.html') ? ['Down', 'Down'] : ['Down', 'Down', 'Down']), 'Enter');
      await session.waitFor(lang === 'es' ? '? Nombre del archivo' : '? File name');
      session.keys('Enter');
      await session.waitFor(lang === 'es' ? 'Se guardó en' : 'Saved to');
      session.keys('Enter');
      expect(await session.waitFor(/EXIT=\d+/)).toContain('EXIT=0');
      const report = readFileSync(join(cwd, file), 'utf8');
      const today = new Date();
      const ymd = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      if (lang === 'es') {
        expect(report).toContain(`_Preparado el ${ymd} con ketamine-cost `);
        expect(report).toContain('## Lo que le toca pagar mes a mes');
        expect(report).toContain('  - Coseguro: 20%');
        expect(report).toContain('  - Deducible: US$1,000');
        expect(report).toContain('Nombre de la clínica: \\_');
      } else {
        expect(report).toContain(`Prepared on ${ymd} with ketamine-cost `);
        expect(report).toContain('Your share month by month');
        expect(report).toContain('<dt>Coinsurance</dt><dd>20%</dd>');
        expect(report).toContain('<dt>Deductible</dt><dd>$1,000</dd>');
        expect(report).toContain('<span class="blank-label">Clinic&#39;s name:</span>');
      }
    },
    60_000,
  );
});
