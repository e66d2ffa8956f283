import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const [file, out, width, y, h] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: Number(width), height: 800 } });
await p.goto('file://' + file);
await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: Number(h) } });
await b.close();
