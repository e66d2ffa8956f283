import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runBin } from '../helpers/run-bin.js';
import { FIXTURE_PATH, fixtureData, rawData, readJson } from '../helpers/data.js';
import { estimate } from '../../src/core/estimate.js';
import { renderHtml } from '../../src/render/html.js';

// Chromium from Debian (apt-get install chromium); without it these tests skip, they never fail.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`[html-report.e2e] SKIPPED: ${CHROMIUM} not found. Install Chromium (apt-get install -y chromium) to run the browser tests of the HTML report.`);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// CSS pixels at 96 per inch: A4 is 210 mm wide; printed, its content box is 210 − 2 × 15 mm.
const A4_WIDTH = Math.floor((210 / 25.4) * 96);
const A4_CONTENT = Math.floor(((210 - 30) / 25.4) * 96);
const LETTER_CONTENT = Math.floor((8.5 - 30 / 25.4) * 96);

const fixture = fixtureData();
const noExtras = { preVisits: 0, postVisits: 0 };
const est = (input: Record<string, unknown>) => {
  const r = readJson(input, fixture);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return estimate(r.normalised.scenario, fixture, r.normalised.notes);
};

/** Pages in a PDF: its page objects (not the /Pages tree nodes). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe.skipIf(!hasChromium)('HTML report in headless Chromium (built bin)', () => {
  let browser: Browser;
  let dir: string;
  const files: Record<string, string> = {};

  /** Writes the bin's HTML for these arguments to the temp dir. */
  function fromBin(name: string, args: string[], command = 'estimate'): string {
    const r = runBin([command, ...args, '--format', 'html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(dir, `${name}.html`);
    writeFileSync(file, r.stdout);
    return file;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kc-html-'));
    files.fixture = fromBin('fixture', ['-t', 'low-dose-inpatient', '--data', FIXTURE_PATH]);
    files.inpatient = fromBin('inpatient', ['-t', 'low-dose-inpatient']);
    files.outpatient = fromBin('outpatient', ['-t', 'outpatient']);
    files.coma = fromBin('coma', ['-t', 'coma']);
    // Spanish, with insurance and the month-by-month plan (who pays each month), and a comparison.
    files.insuredEs = fromBin('insured-es', [
      '-t',
      'outpatient',
      '--quote',
      '650',
      '--months',
      '6',
      '--insurance',
      'in-network',
      '--coinsurance',
      '20',
      '--deductible',
      '1500',
      '--timeline',
      '--lang',
      'es',
    ]);
    files.compareEs = fromBin('compare-es', ['--lang', 'es'], 'compare');
    // A hostile data file: markup in a label, and one very long word.
    const evil = rawData();
    evil.techniques['low-dose-inpatient'].label.en = `<img src="http://example.invalid/x.png" onerror="alert(1)">${'W'.repeat(160)}`;
    writeFileSync(join(dir, 'evil.json'), JSON.stringify(evil));
    files.evil = fromBin('evil', ['-t', 'low-dose-inpatient', '--data', join(dir, 'evil.json')]);
    const two = renderHtml(
      [
        { name: 'Low-dose course', est: est({ technique: 'low-dose-inpatient', ...noExtras }) },
        { name: 'Outpatient, 10 days', est: est({ technique: 'outpatient', sessions: 10, ...noExtras }) },
      ],
      fixture,
      { preparedOn: '2026-11-28', tool: { name: 'ketamine-cost', version: '0.0.0' } },
    );
    files.comparison = join(dir, 'comparison.html');
    writeFileSync(files.comparison, two);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a file with every console error, page error and request recorded. */
  async function open(file: string, width = 800): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  const overflow = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

  it('loads nothing but the file itself and logs no error', async () => {
    for (const file of Object.values(files)) {
      const { page, errors, requests } = await open(file);
      await page.waitForTimeout(100);
      expect(errors, file).toEqual([]);
      expect(requests, file).toEqual([pathToFileURL(file).href]);
      expect(await page.locator('script').count()).toBe(0);
      await page.close();
    }
  });

  it('shows the fixture estimate with its exact numbers, real headings and table headers', async () => {
    const { page } = await open(files.fixture!);
    expect(await page.title()).toBe('Ketamine infusion cost estimate, in May 2026 dollars');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').allTextContents()).toEqual(['Ketamine infusion cost estimate, in May 2026 dollars']);
    // Notes come and go with the data; the other sections are always there, in this order.
    const h2 = await page.locator('h2').allTextContents();
    expect(h2.filter((h) => h !== 'Notes')).toEqual(['The plan', 'Costs', 'Warnings', 'Questions to ask the clinic', 'Sources']);
    const table = page.locator('table.items');
    expect(await table.locator('caption').textContent()).toMatch(/^Cost of each item/);
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(['Item', 'Qty', 'Low', 'Typical', 'High']);
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent}`)));
    expect(rows).toEqual([
      ['TH:5-day low-dose inpatient infusion [1]', 'TD:1', 'TD:$10,000', 'TD:$20,000', 'TD:$40,000'],
      ['TH:Pre-treatment visits [1]', 'TD:1', 'TD:$200', 'TD:-', 'TD:$300'],
      ['TH:Post-treatment visits *', 'TD:1', 'TD:$100', 'TD:-', 'TD:$200'],
      ['TH:Total', 'TD:', 'TD:$10,300', 'TD:-', 'TD:$40,500'],
    ]);
    expect(await table.locator('tbody th').evaluateAll((ths) => ths.every((th) => th.getAttribute('scope') === 'row'))).toBe(true);
    expect(await page.locator('.total-line').textContent()).toBe('Estimated total: $10,300–$40,500.');
    // The chart: one bar with the total's amounts, an accessible name and a visible text alternative.
    const bar = page.locator('svg rect.bar');
    expect(await bar.count()).toBe(1);
    expect([await bar.getAttribute('data-low'), await bar.getAttribute('data-high')]).toEqual(['1030000', '4050000']);
    expect(await page.locator('svg[role="img"]').getAttribute('aria-labelledby')).toMatch(/-title .+-desc$/);
    expect(await page.locator('figure figcaption').textContent()).toContain('5-day low-dose inpatient infusion: $10,300–$40,500');
    // The checklist: a real checkbox with a label for every question.
    const boxes = page.locator('.checklist input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(3);
    expect(
      await boxes.evaluateAll((inputs) =>
        inputs.every((i) => (i as HTMLInputElement).labels?.length === 1 && (i as HTMLInputElement).labels![0]!.textContent!.length > 0),
      ),
    ).toBe(true);
    await page.locator('.checklist label').first().click();
    expect(await boxes.first().isChecked()).toBe(true);
    expect(await page.locator('footer').textContent()).toMatch(/^Data 2000\.1\.0, effective 2026-06-01, amounts in USD\. This is information for planning/);
    await page.close();
  });

  it('escapes markup from a data file', async () => {
    const html = readFileSync(files.evil!, 'utf8');
    expect(html).toContain('&lt;img src=&quot;http://example.invalid/x.png&quot;');
    const { page, requests } = await open(files.evil!);
    expect(await page.locator('img').count()).toBe(0);
    expect(requests).toHaveLength(1);
    expect(await page.locator('table.items tbody th').first().textContent()).toMatch(
      /^<img src="http:\/\/example\.invalid\/x\.png" onerror="alert\(1\)">W+ \[1\]$/,
    );
    await page.close();
  });

  it('draws the chart bars in proportion to the amounts', async () => {
    const { page } = await open(files.comparison!);
    const bars = await page.locator('svg rect.bar').evaluateAll((rects) =>
      rects.map((r) => {
        const box = r.getBoundingClientRect();
        return {
          x: box.x,
          width: box.width,
          low: Number(r.getAttribute('data-low')),
          high: Number(r.getAttribute('data-high')),
          title: r.querySelector('title')?.textContent,
        };
      }),
    );
    expect(bars).toHaveLength(2);
    const [course, outpatient] = bars as [(typeof bars)[0], (typeof bars)[0]];
    expect(course).toMatchObject({ low: 1_000_000, high: 4_000_000, title: 'Low-dose course: $10,000 to $40,000, typical $20,000' });
    expect(outpatient).toMatchObject({ low: 500_000, high: 1_000_000, title: 'Outpatient, 10 days: $5,000 to $10,000' });
    // $30,000 wide against $5,000 wide, on one axis from $0.
    expect(course.width / outpatient.width).toBeCloseTo(6, 1);
    const perDollar = course.width / 30_000;
    const zero = course.x - 10_000 * perDollar;
    expect(outpatient.x - zero).toBeCloseTo(5_000 * perDollar, 0);
    // The comparison: a table of totals and categories, then each option's details.
    expect(await page.locator('h2').allTextContents()).toEqual(['Comparison', 'Low-dose course', 'Outpatient, 10 days']);
    expect(await page.locator('table.comparison thead th').allTextContents()).toEqual(['Option', 'Total', 'Typical total', 'Treatment']);
    expect(await page.locator('table.comparison tbody th[scope="row"]').allTextContents()).toEqual(['Low-dose course', 'Outpatient, 10 days']);
    expect(await page.locator('table.comparison tbody td').allTextContents()).toEqual([
      '$10,000–$40,000',
      '$20,000',
      '$10,000–$40,000',
      '$5,000–$10,000',
      '-',
      '$5,000–$10,000',
    ]);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
  });

  it('is nowhere wider than the page on a 360 px phone and at A4 width', async () => {
    for (const width of [360, A4_WIDTH]) {
      for (const file of Object.values(files)) {
        const { page } = await open(file, width);
        expect(await overflow(page), `${file} at ${width}px`).toSatisfy((o: { scroll: number; client: number }) => o.scroll <= o.client);
        // Every block sits inside the viewport; a wide table scrolls inside its own box.
        const widest = await page.evaluate(() =>
          Math.max(...[...document.querySelectorAll('main > *, section > *, .scroll')].map((el) => el.getBoundingClientRect().right)),
        );
        expect(widest, `${file} at ${width}px`).toBeLessThanOrEqual(width);
        expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);
        await page.close();
      }
    }
  }, 60_000);

  it('cuts off no column on a 390 px phone: every table fits its box, in English and Spanish', async () => {
    for (const file of Object.values(files)) {
      const { page } = await open(file, 390);
      const boxes = await page
        .locator('.scroll')
        .evaluateAll((els) => els.map((el) => ({ table: el.querySelector('table')!.className, scroll: el.scrollWidth, client: el.clientWidth })));
      expect(boxes.length, file).toBeGreaterThan(0);
      for (const b of boxes) expect(b.scroll, `${file}: ${b.table} at 390px`).toBeLessThanOrEqual(b.client);
      // A stacked row still names each amount: the column's name is shown beside it.
      const label = await page
        .locator('table.items tbody td')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label, file).toMatch(/^"(Qty|Cant\.)"$/);
      await page.close();
    }
  }, 60_000);

  it('shows when and with what it was made, every answer, and blanks to fill in (Spanish, insured)', async () => {
    const { page } = await open(files.insuredEs!, 390);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('main > p.muted').first().textContent()).toMatch(
      /^Preparado el \d{4}-\d{2}-\d{2} con ketamine-cost \d+\.\d+\.\d+, datos \d{4}\.\d+\.\d+\.$/,
    );
    const answers = await page
      .locator('dl.answers div')
      .evaluateAll((divs) => divs.map((d) => `${d.querySelector('dt')!.textContent}:${d.querySelector('dd')!.textContent}`));
    for (const a of [
      'Coseguro:20%',
      'Deducible:US$1,500',
      'Seguro:dentro de la red',
      'El plan cubre:consultas',
      'Cotización de la clínica:US$650 por día de infusión',
    ])
      expect(answers).toContain(a);
    expect(await page.locator('.blank-label').allTextContents()).toEqual(['Nombre de la clínica:', 'Fecha de la cotización:', 'Notas:']);
    // Who pays each month, beside what each month costs.
    const captions = await page.locator('table.timeline caption').allTextContents();
    expect(captions).toEqual(['Mes a mes', 'Lo que le toca pagar mes a mes']);
    const share = page.locator('table.timeline').nth(1);
    expect(await share.locator('tbody tr').count()).toBe(await page.locator('table.timeline').first().locator('tbody tr').count());
    await page.close();
  });

  it('fits the print width of A4 and Letter', async () => {
    for (const width of [A4_CONTENT, LETTER_CONTENT]) {
      for (const file of Object.values(files)) {
        const { page } = await open(file, width);
        await page.emulateMedia({ media: 'print' });
        expect(await overflow(page), `${file} printed at ${width}px`).toSatisfy((o: { scroll: number; client: number }) => o.scroll <= o.client);
        const tables = await page.locator('table').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().right));
        for (const right of tables) expect(right).toBeLessThanOrEqual(width);
        await page.close();
      }
    }
  }, 60_000);

  it('prints a default estimate on two pages or fewer, A4 and Letter', async () => {
    const counts: Record<string, { A4: number; Letter: number }> = {};
    for (const name of ['fixture', 'inpatient', 'outpatient', 'coma']) {
      const { page } = await open(files[name]!);
      const a4 = pdfPages(await page.pdf({ format: 'A4' }));
      const letter = pdfPages(await page.pdf({ format: 'Letter' }));
      counts[name] = { A4: a4, Letter: letter };
      await page.close();
    }
    console.log(`[html-report.e2e] PDF pages: ${JSON.stringify(counts)}`);
    // The coma estimate is the longest (travel abroad, the most questions): it needs its second page, and no third.
    expect(counts.coma).toEqual({ A4: 2, Letter: 2 });
    for (const c of Object.values(counts)) {
      expect(c.A4).toBeGreaterThanOrEqual(1);
      expect(c.A4).toBeLessThanOrEqual(2);
      expect(c.Letter).toBeGreaterThanOrEqual(1);
      expect(c.Letter).toBeLessThanOrEqual(2);
    }
  }, 60_000);

  it('keeps text at 4.5:1 contrast or more against its background', async () => {
    for (const file of [files.fixture!, files.coma!, files.comparison!]) {
      const { page } = await open(file);
      const worst = await page.evaluate(() => {
        const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const c = [r!, g!, b!].map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
        };
        const background = (el: Element | null): number[] => {
          for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        let min = { ratio: 21, text: '' };
        for (const el of document.querySelectorAll('body *')) {
          if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
          if (el.closest('svg, style, title')) continue;
          const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < min.ratio) min = { ratio, text: el.textContent!.slice(0, 40) };
        }
        return min;
      });
      expect(worst.ratio, `${file}: ${worst.text}`).toBeGreaterThanOrEqual(4.5);
      await page.close();
    }
  });
});
