// Output never depends on what was drafted before in the same process (issue 10 §2): fontkit cached glyphs with the
// code points they were first asked for (none, for the watermark's outlines), so the RATS protocol drafted after
// the memorandum lost its "P" in the PDF text ("ROTOCOL"). Every sample drafted alone (one process each), all of
// them forward and in reverse in one process (so each comes after every other), and bundled in reverse order with
// --jobs 1 and 2, gives the same bytes for every DOCX and PDF. Needs dist/.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CICA, ROOT, tempDir } from './tools.js';

const BUILT = existsSync(join(ROOT, 'dist/draft.js'));
const SCRIPT = join(ROOT, 'tests/e2e/fixtures/draft-in-order.mjs');
const SAMPLES = readdirSync(join(ROOT, 'agreements')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(ROOT, 'agreements', f));

// Asynchronous, so the test worker keeps answering vitest while the children run (minutes on a loaded machine).
const run = promisify(execFile);

async function drafted(files: string[]): Promise<Map<string, string>> {
  const { stdout } = await run('node', [SCRIPT, ...files], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return new Map(stdout.trim().split('\n').map((l) => l.split(' ')).map(([, name, hash]) => [name!, hash!]));
}

describe.skipIf(!BUILT)('output independent of what was drafted before', () => {
  it('each sample alone = all in one process, forward and reversed = bundled in reverse with --jobs 1 and 2', async () => {
    const alone = new Map<string, string>();
    for (const file of SAMPLES) for (const [k, v] of await drafted([file])) alone.set(k, v);
    expect(alone.size).toBe(SAMPLES.length * 6);
    expect(Object.fromEntries(await drafted(SAMPLES)), 'forward').toEqual(Object.fromEntries(alone));
    expect(Object.fromEntries(await drafted([...SAMPLES].reverse())), 'reversed').toEqual(Object.fromEntries(alone));
    for (const jobs of ['1', '2']) {
      const out = tempDir(`order-${jobs}`);
      await run('node', [CICA, 'bundle', ...[...SAMPLES].reverse(), '--out', out, '--jobs', jobs], { encoding: 'utf8' });
      for (const [name, hash] of alone) {
        const bag = name.replace(/\.(en|ru|parallel)\.(pdf|docx)$/, '');
        const bytes = readFileSync(join(out, bag, 'data', name));
        expect(createHash('sha256').update(bytes).digest('hex'), `--jobs ${jobs} ${name}`).toBe(hash);
      }
    }
  }, 600_000);
});
