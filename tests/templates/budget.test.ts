// Rendering is bounded (issue 10 §3, budget.ts): templates whose output grows exponentially (nested {{#each}} over
// the same list, partials that call the one before twice, blocks that loop producing nothing) stop with
// TEMPLATE_TOO_LARGE or TEMPLATE_TOO_SLOW at a block of the template, fast and in little memory; the built-in
// templates stay far inside the bounds on every sample.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/model/index.js';
import { RENDER_LIMITS } from '../../src/templates/budget.js';
import { loadTemplates, renderDocument, type Layout } from '../../src/templates/index.js';
import { memorandum } from './fixtures.js';
import { templates } from './helpers.js';

async function customDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cica-budget-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

const M = 'memorandum.en.hbs';

async function runaway(files: Record<string, string>, limits = RENDER_LIMITS) {
  const t = await loadTemplates(await customDir(files));
  if (!t.ok) throw new Error(JSON.stringify(t.diagnostics));
  const heap = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const r = renderDocument(memorandum(), t.value, { layout: 'en', order: ['en', 'ru'], creator: 't', limits });
  const ms = performance.now() - t0;
  expect(r.ok).toBe(false);
  const where = r.diagnostics.map((d) => [d.code, d.span?.file.split(/[\\/]/).pop(), d.span?.start.line, d.span?.start.col]);
  return { where, ms, grew: process.memoryUsage().heapUsed - heap };
}

/** `depth` nested blocks, one a line: `{{#each parties}}` … `{{/each}}`, around `inner`. */
function nested(depth: number, open: (i: number) => string, close: string, inner: string): string {
  return [...Array.from({ length: depth }, (_, i) => open(i)), inner, ...Array(depth).fill(close)].join('\n');
}

describe('a runaway template stops at a block, with its code and position', () => {
  it('26 nested {{#each}} over the parties (2^26 bodies): TEMPLATE_TOO_LARGE at an each, stopped by its size before the 5 s clock', async () => {
    const source = nested(26, (i) => `${' '.repeat(i)}{{#each @root.parties}}`, '{{/each}}', '<p style="body">{{text @root.title "en"}} and more words</p>');
    const { where, ms, grew } = await runaway({ [M]: source });
    expect(where).toHaveLength(1);
    const [code, file, line, col] = where[0]!;
    expect([code, file]).toEqual(['TEMPLATE_TOO_LARGE', M]);
    // An each opened on line n stands at column n (the indentation above), 1-based.
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(26);
    expect(col).toBe(line);
    // A hang guard only (the code above says the size stopped it, not the clock): 4.9 s was seen at load 13.
    expect(ms).toBeLessThan(30_000);
    expect(grew).toBeLessThan(300 << 20);
  });

  it('nested blocks that produce nothing still spend per run: 30 levels of {{#each}} stop', async () => {
    const source = nested(30, () => '{{#each @root.parties}}', '{{/each}}', '');
    const { where, ms } = await runaway({ [M]: source });
    expect(where.map((w) => w[0])).toEqual(['TEMPLATE_TOO_LARGE']);
    // A hang guard only (the code above says the size stopped it, not the clock): 4.9 s was seen at load 13.
    expect(ms).toBeLessThan(30_000);
  });

  it('a chain of 25 partials, each calling the one before twice: stopped in a partial', async () => {
    const files: Record<string, string> = { 'partials/p0.hbs': '<p style="body">{{text title "en"}}</p>' };
    for (let i = 1; i <= 25; i++) files[`partials/p${i}.hbs`] = `{{> p${i - 1}}}{{> p${i - 1}}}`;
    files[M] = '{{> p25}}';
    const { where, ms } = await runaway(files);
    expect(where).toHaveLength(1);
    expect(where[0]![0]).toBe('TEMPLATE_TOO_LARGE');
    expect(where[0]![1]).toMatch(/^p\d+\.hbs$/);
    // A hang guard only (the code above says the size stopped it, not the clock): 4.9 s was seen at load 13.
    expect(ms).toBeLessThan(30_000);
  });

  it('the clock: with a 50 ms bound, a slow template stops with TEMPLATE_TOO_SLOW at a block', async () => {
    const source = nested(22, () => '{{#each @root.parties}}', '{{/each}}', '{{#if @root.title}}{{/if}}');
    const { where, ms } = await runaway({ [M]: source }, { chars: Number.MAX_SAFE_INTEGER, ms: 50 });
    expect(where.map((w) => [w[0], w[1]])).toEqual([['TEMPLATE_TOO_SLOW', M]]);
    // A hang guard: it stops at the first check past 50 ms; a loaded machine may take longer to get there.
    expect(ms).toBeLessThan(10_000);
  });
});

describe('the built-in templates stay far inside the bounds', () => {
  const DIR = fileURLToPath(new URL('../../agreements/', import.meta.url));
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
  it.each(files)('%s renders every layout within 1 %% of the character budget', async (name) => {
    const a = await loadAgreement(join(DIR, name));
    if (!a.ok) throw new Error(name);
    for (const layout of ['en', 'ru', 'parallel'] as Layout[]) {
      const limits = { chars: RENDER_LIMITS.chars / 100, ms: RENDER_LIMITS.ms };
      const r = renderDocument(a.value, await templates(), { layout, order: ['en', 'ru'], creator: 't', enclosurePages: 2, limits });
      expect(r.diagnostics.filter((d) => d.code.startsWith('TEMPLATE_TOO')), `${name} ${layout}`).toEqual([]);
    }
  });
});
