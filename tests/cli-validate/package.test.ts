// The npm package carries the docs (issue 13 §4): `npm pack --dry-run` lists every docs/*.md, so the README's links
// into docs/ work in an installed copy.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the npm package', () => {
  it('lists docs/ and every page the README links to', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const packed = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    for (const page of readdirSync('docs').filter((n) => n.endsWith('.md'))) expect(packed.has(`docs/${page}`), page).toBe(true);
    const linked = [...readFileSync('README.md', 'utf8').matchAll(/\]\((docs\/[^)#]+)/g)].map((m) => m[1]!);
    expect(linked.length).toBeGreaterThan(0);
    for (const page of linked) expect(packed.has(page), page).toBe(true);
  }, 60_000);
});
