// The commands through the real argv parser (src/cli/main.ts): exit codes 0, 1 and 2 and what lands on stdout.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

let stdout = '';
afterEach(() => vi.restoreAllMocks());
function spy() {
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}

describe('cica validate / schema through main()', () => {
  it('validate: 0 for a valid file, 1 for a broken one', async () => {
    spy();
    expect(await main(['node', 'cica', 'validate', 'tests/model/fixtures/memorandum.yaml'])).toBe(0);
    expect(await main(['node', 'cica', 'validate', '--json', 'tests/broken/cases/bad-value-kind.yaml'])).toBe(1);
    expect(stdout).toContain('"code": "BAD_VALUE"');
  });

  it('validate with no file is a usage error (2)', async () => {
    spy();
    expect(await main(['node', 'cica', 'validate'])).toBe(2);
  });

  it('schema prints JSON that parses', async () => {
    spy();
    expect(await main(['node', 'cica', 'schema'])).toBe(0);
    expect(JSON.parse(stdout).$schema).toMatch(/draft-07/);
  });
});
