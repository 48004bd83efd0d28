// `cica bundle --quiet` (issue 13 §4): only the agreements that failed, with their errors; no progress, no summary.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sampleAgreements, tempDir } from './helpers.js';

const BUILT = existsSync(join(ROOT, 'dist/bundle/worker.js')) && existsSync(join(ROOT, 'dist/cli/bundle.js'));
if (!BUILT) console.warn('skipping the bundle --quiet tests: dist/ is not built (run `npx tsc -p .`)');
const SCRIPT = join(ROOT, 'tests/bundle/fixtures/bundle-cli.mjs');
const bundle = (opts: Record<string, unknown>) => spawnSync('node', [SCRIPT, JSON.stringify(opts)], { encoding: 'utf8' });

describe.skipIf(!BUILT)('cica bundle --quiet', () => {
  it('says nothing when every agreement is bundled', () => {
    const out = tempDir();
    const r = bundle({ paths: [sampleAgreements()], out, jobs: 1, quiet: true });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr + r.stdout).toBe('');
    expect(readdirSync(out).length).toBeGreaterThan(0);
  });

  it('names each failed agreement with its errors, and nothing of the others', () => {
    const src = sampleAgreements();
    writeFileSync(join(src, 'broken.yaml'), 'kind: treaty\n');
    const r = bundle({ paths: [src], out: tempDir(), jobs: 1, quiet: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('UNKNOWN_KIND');
    expect(r.stderr).toContain(`FAILED ${join(src, 'broken.yaml')}`);
    expect(r.stderr).not.toMatch(/bundled/);
  });
});
