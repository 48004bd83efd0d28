// `cica watch --serve` in a real browser (issue 13 §1): Debian's chromium, driven by puppeteer-core (no browser
// download). An edit to the YAML appears in the page without a hand reload; an invalid edit shows its diagnostic
// while the last good version's text stays.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWatch } from './process.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`[skip] ${CHROMIUM} is not installed: the browser test of cica watch --serve is skipped (apt-get install chromium; .ci/run does)`);

/** Polls `fn` in the page until it returns true; a reload in between (the page reloading itself) is retried. */
async function until(page: import('puppeteer-core').Page, fn: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await page.evaluate(fn).catch(() => false);
    if (ok === true) return;
    if (Date.now() > end) throw new Error(`the page never satisfied ${fn}; it shows:\n${await page.evaluate('document.body.innerText').catch(() => '?')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!HAS_CHROMIUM)('cica watch --serve in chromium', () => {
  it('an edit appears in the page; an invalid edit shows its diagnostic and keeps the last good text', async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const w = startWatch('csto-cica-memorandum.yaml', ['--layout', 'en,parallel', '--serve', '0']);
    const profile = mkdtempSync(join(tmpdir(), 'cica-chromium-'));
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir: profile,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      await w.waitFor(/serving http:\/\/127\.0\.0\.1:\d+\//);
      const url = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(w.stdout())![1]!;
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text()); });
      await page.goto(url);
      const text = readFileSync(w.file, 'utf8');
      await until(page, `document.querySelector('article[lang=en]')?.innerText.includes('based on stated intentions')`);
      expect(await page.$$eval('iframe.pdf', (f) => f.map((x) => x.getAttribute('src')))).toEqual([
        '/files/csto-cica-memorandum.en.pdf', '/files/csto-cica-memorandum.parallel.pdf']);
      const pdf = await page.evaluate(async () => { const r = await fetch('/files/csto-cica-memorandum.en.pdf'); return [r.headers.get('content-type'), (await r.text()).slice(0, 5)]; });
      expect(pdf).toEqual(['application/pdf', '%PDF-']);

      // A recital's English words changed in the YAML: the page reloads itself and shows them, in both layouts.
      writeFileSync(w.file, text.replace('based on stated intentions', 'based on the freshly stated intentions'));
      await until(page, `[...document.querySelectorAll('article')].every((a) => a.innerText.includes('based on the freshly stated intentions'))`);
      expect(await page.$eval('#status', (s) => s.textContent)).toMatch(/Version 2: rendered/);

      // An invalid edit: its diagnostic in the page, and the last good version's text still there.
      writeFileSync(w.file, text.replace('based on stated intentions', 'based on the freshly stated intentions') + 'x: [\n');
      await until(page, `document.querySelector('#status')?.classList.contains('failed')`);
      expect(await page.$eval('#status', (s) => s.textContent)).toMatch(/Version 3 has errors: showing version 2/);
      expect(await page.$eval('#diagnostics', (d) => d.textContent)).toMatch(/YAML_SYNTAX/);
      expect(await page.$eval('article[lang=en]', (a) => a.textContent)).toContain('based on the freshly stated intentions');
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
      expect(await w.stop()).toBe(0);
    }
  }, 240_000);
});
