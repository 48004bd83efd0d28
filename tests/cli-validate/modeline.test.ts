// `cica init`'s modeline keeps working when the folder moves (issue 13 §4): it names ./agreement.schema.json, a copy
// written beside the agreement (by init when none is there, or by `cica schema --write DIR`); the schema has an $id.
import { mkdtempSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/init.js';
import { runSchema, schemaText } from '../../src/cli/schema.js';
import { AGREEMENT_SCHEMA_ID } from '../../src/model/index.js';
import { capture } from './capture.js';

const modeline = (text: string) => /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];

describe('the modeline of cica init', () => {
  it('names the copy beside the file, which init writes, and it still resolves after the folder moves', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'cica-modeline-'));
    const dir = join(parent, 'round-1');
    const file = join(dir, 'memo.yaml');
    await runSchema(() => {}, { write: dir }).then((c) => expect(c).toBe(0));
    writeFileSync(join(dir, 'agreement.schema.json'), '{"old": true}\n'); // an older copy: kept, not overwritten
    expect(await runInit(file, {}, capture())).toBe(0);
    expect(readFileSync(join(dir, 'agreement.schema.json'), 'utf8')).toBe('{"old": true}\n');
    expect(modeline(readFileSync(file, 'utf8'))).toBe('./agreement.schema.json');

    const fresh = join(parent, 'fresh');
    const other = join(fresh, 'protocol.yaml');
    await runSchema(() => {}, { write: fresh }); // makes the folder
    const alone = join(parent, 'alone');
    await runInit(join(alone, 'x.yaml'), {}, capture()).then((c) => expect(c).not.toBe(0)); // no such folder: refused
    expect(await runInit(other, { kind: 'protocol' }, capture())).toBe(0);
    const moved = join(parent, 'archived-2026');
    renameSync(fresh, moved); // the folder of agreements moves, its schema copy with it
    const now = join(moved, 'protocol.yaml');
    const schema = modeline(readFileSync(now, 'utf8'))!;
    expect(readFileSync(resolve(dirname(now), schema), 'utf8')).toBe(schemaText());
    expect(existsSync(other)).toBe(false);
  });

  it('writes the schema beside a new agreement when no copy is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cica-modeline-'));
    expect(await runInit(join(dir, 'note.yaml'), { kind: 'note' }, capture())).toBe(0);
    expect(readFileSync(join(dir, 'agreement.schema.json'), 'utf8')).toBe(schemaText());
  });

  it('gives the schema an $id, and `cica schema --write DIR` refreshes the copy', async () => {
    expect(JSON.parse(schemaText()).$id).toBe(AGREEMENT_SCHEMA_ID);
    const dir = mkdtempSync(join(tmpdir(), 'cica-schema-'));
    writeFileSync(join(dir, 'agreement.schema.json'), 'old');
    expect(await runSchema(() => {}, { write: dir })).toBe(0);
    expect(readFileSync(join(dir, 'agreement.schema.json'), 'utf8')).toBe(schemaText());
    writeFileSync(join(dir, 'a-file'), '');
    expect(await runSchema(() => {}, { write: join(dir, 'a-file') })).toBe(2);
  });
});
