// A note's enclosure is an agreement file in the note's folder tree (issue 10 §1): links out of it, special files,
// folders and other files are refused (ENCLOSURE_PATH at the path) before a byte of them is read or echoed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/model/index.js';
import { runValidate } from '../../src/cli/validate.js';
import { capture } from '../cli-validate/capture.js';

const root = mkdtempSync(join(tmpdir(), 'cica-enclosure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const note = readFileSync(new URL('./fixtures/note.yaml', import.meta.url), 'utf8');
const memorandum = readFileSync(new URL('./fixtures/memorandum.yaml', import.meta.url), 'utf8');
const SECRET = 'CICA_SIGNING_KEY=RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3';
const FILE_LINE = note.split('\n').findIndex((l) => l.startsWith('  file: ')) + 1;

/** A folder with the note, its memorandum, a secret outside the folder, and `make` run in the note's folder. */
function setUp(name: string, file: string, make: (folder: string) => void = () => {}): string {
  const dir = join(root, name);
  const folder = join(dir, 'notes');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(dir, 'cica.key'), `${SECRET}\n`);
  writeFileSync(join(folder, 'memorandum.yaml'), memorandum);
  writeFileSync(join(folder, 'note.yaml'), note.replace('file: memorandum.yaml', `file: ${JSON.stringify(file)}`));
  make(folder);
  return join(folder, 'note.yaml');
}

async function codes(path: string): Promise<string[]> {
  const r = await loadAgreement(path);
  return r.diagnostics.map((d) => `${d.code} ${d.span!.start.line}:${d.span!.start.col}`);
}

const col = 9; // `  file: ` then the path
describe('the enclosure path', () => {
  it('a link inside the folder to a file outside it is refused', async () => {
    const path = setUp('link-out', 'memo.yaml', (f) => symlinkSync(join(f, '..', 'cica.key'), join(f, 'memo.yaml')));
    expect(await codes(path)).toEqual([`ENCLOSURE_PATH ${FILE_LINE}:${col}`]);
  });

  it('a link to /etc/passwd named .yaml is refused', async () => {
    const path = setUp('link-passwd', 'passwd.yaml', (f) => symlinkSync('/etc/passwd', join(f, 'passwd.yaml')));
    expect(await codes(path)).toEqual([`ENCLOSURE_PATH ${FILE_LINE}:${col}`]);
  });

  it('a path through a linked folder that leads outside is refused', async () => {
    const path = setUp('folder-link', 'shared/memorandum.yaml', (f) => {
      mkdirSync(join(f, '..', 'elsewhere'));
      writeFileSync(join(f, '..', 'elsewhere', 'memorandum.yaml'), memorandum);
      symlinkSync(join(f, '..', 'elsewhere'), join(f, 'shared'));
    });
    expect(await codes(path)).toEqual([`ENCLOSURE_PATH ${FILE_LINE}:${col}`]);
  });

  it('a link that stays inside the folder is followed', async () => {
    const path = setUp('link-in', 'sub/memo.yaml', (f) => {
      mkdirSync(join(f, 'sub'));
      symlinkSync(join(f, 'memorandum.yaml'), join(f, 'sub', 'memo.yaml'));
    });
    expect(await codes(path)).toEqual([]);
  });

  it('a folder named .yaml and a FIFO are refused unread', async () => {
    const folder = setUp('folder', 'folder.yaml', (f) => mkdirSync(join(f, 'folder.yaml')));
    expect(await codes(folder)).toEqual([`ENCLOSURE_PATH ${FILE_LINE}:${col}`]);
    const fifo = setUp('fifo', 'pipe.yaml', (f) => spawnSync('mkfifo', [join(f, 'pipe.yaml')]));
    // Reading a FIFO would block for ever: the refusal must come from its type alone.
    expect(await codes(fifo)).toEqual([`ENCLOSURE_PATH ${FILE_LINE}:${col}`]);
  });

  it('a file in a sub-folder, and `..` that stays inside, are accepted', async () => {
    const path = setUp('sub', 'annex/../annex/memo.yaml', (f) => {
      mkdirSync(join(f, 'annex'));
      writeFileSync(join(f, 'annex', 'memo.yaml'), memorandum);
    });
    expect(await codes(path)).toEqual([]);
  });
});

describe('no code frame echoes a file that is not an agreement', () => {
  it('validate never prints a line of the secret, the passwd file or the environment', async () => {
    const notes = [
      setUp('echo-key', '../cica.key'),
      setUp('echo-link', 'k.yaml', (f) => symlinkSync(join(f, '..', 'cica.key'), join(f, 'k.yaml'))),
      setUp('echo-passwd', '/etc/passwd'),
      setUp('echo-environ', '/proc/self/environ'),
    ];
    const o = capture();
    expect(await runValidate(notes, {}, o)).toBe(1);
    const text = o.stdout.join('\n');
    expect(text).not.toContain('CICA_SIGNING_KEY');
    expect(text).not.toMatch(/root:|PATH=/);
    expect(text.match(/ENCLOSURE_PATH/g)).toHaveLength(4);
  });

  it('a file given on the command line that is not .yaml, or links to one that is not, gets no code frame', async () => {
    const dir = join(root, 'direct');
    mkdirSync(dir);
    writeFileSync(join(dir, 'secret.txt'), `${SECRET}\n`);
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'secret.yaml'));
    const o = capture();
    expect(await runValidate([join(dir, 'secret.txt'), join(dir, 'secret.yaml'), '/proc/self/environ'], {}, o)).toBe(1);
    const text = o.stdout.join('\n');
    expect(text).toContain('WRONG_TYPE');
    expect(text).not.toContain('CICA_SIGNING_KEY');
    expect(text).not.toMatch(/PATH=/);
    expect(readdirSync(dir).sort()).toEqual(['secret.txt', 'secret.yaml']);
  });
});
