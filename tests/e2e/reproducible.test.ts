// Issues 3 and 4: the same input gives the same DOCX and PDF bytes in separate processes, whatever the time zone.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES, cica, tempDir } from './tools.js';

function draftAll(tz: string): Map<string, Buffer> {
  const out = tempDir(`tz-${tz.replace('/', '-')}`);
  const r = cica(['draft', ...SAMPLES, '--out', out], { env: { TZ: tz } });
  expect(r.status, r.stderr).toBe(0);
  const files = readdirSync(out).sort();
  return new Map(files.map((f) => [f, readFileSync(join(out, f))]));
}

describe('reproducible bytes', () => {
  it('two processes in UTC and Asia/Almaty write identical files', () => {
    const utc = draftAll('UTC');
    const almaty = draftAll('Asia/Almaty');
    expect([...utc.keys()]).toEqual([...almaty.keys()]);
    expect(utc.size).toBe(SAMPLES.length * 6);
    for (const [name, bytes] of utc) expect(bytes.equals(almaty.get(name)!), name).toBe(true);
  });
});
