// Shared by the bundle tests: temp dirs, the fake renderer, copies of the sample agreements, tool checks.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Renderer } from '../../src/bundle/renderer.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FAKE_RENDERER_URL = new URL('./fixtures/fake-renderer.mjs', import.meta.url).href;

export async function fakeRenderer(): Promise<Renderer> {
  return (await import(FAKE_RENDERER_URL)) as Renderer;
}

export function tempDir(prefix = 'cica-bundle-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const has = (tool: string): boolean => spawnSync('which', [tool]).status === 0;

export function warnMissing(tool: string): boolean {
  const ok = has(tool);
  if (!ok) console.warn(`skipping: ${tool} is not installed`);
  return ok;
}

/** A folder with small agreements in the fields the fake renderer reads: a final protocol with two
 *  parties, a draft memorandum dated by year alone, and a final note enclosing the memorandum. */
export function sampleAgreements(dir = tempDir('cica-agreements-')): string {
  writeFileSync(join(dir, 'protocol.yaml'), [
    'kind: protocol', 'status: final', 'title: { en: Protocol, ru: Протокол }',
    'subtitle: { en: "on *cooperation*", ru: о сотрудничестве }',
    'parties: [{ id: cica }, { id: rats }]',
    'final: { date: 2017-09-20, languages: [en, ru], custody: [cica, rats] }', '',
  ].join('\n'));
  writeFileSync(join(dir, 'memo.yaml'), [
    'kind: memorandum', 'status: draft', 'title: { en: Memorandum, ru: Меморандум }',
    'parties: [{ id: csto }, { id: cica }]', 'final: { date: 2020, languages: [ru, en], custody: [csto, cica] }', '',
  ].join('\n'));
  writeFileSync(join(dir, 'note.yaml'), [
    'kind: note', 'status: final', 'reference: 18-4/58emb', 'date: 2020-03-11', 'enclosure: { file: memo.yaml }', '',
  ].join('\n'));
  return dir;
}

/** Copies of the project's own samples (agreements/), when they are there. */
export function projectAgreements(dir = tempDir('cica-samples-')): string {
  for (const f of readdirSync(join(ROOT, 'agreements')).filter((n) => n.endsWith('.yaml'))) cpSync(join(ROOT, 'agreements', f), join(dir, f));
  return dir;
}

/** The data/ paths a bag's SHA-256 manifest lists. */
export function listedPayload(dir: string): string[] {
  return readFileSync(join(dir, 'manifest-sha256.txt'), 'utf8').trim().split('\n').map((l) => l.slice(66));
}

/** Rewrites every manifest of a bag (SHA-256 and SHA-512, payload and tag) from its files as they are now, as a
 *  careful forger would; only a signature (over the old tag manifest) then stands. `payload`: the data/ paths to list
 *  (default: those listed now); `oxum`: rewrite Payload-Oxum too; `tags`: more tag files to list; `algs`: only these
 *  algorithms' manifests; `tagsOnly`: leave the payload manifests as they are. Hashed here with node:crypto, not
 *  with cica's own code. */
export function resealBag(dir: string, opts: { payload?: string[]; oxum?: boolean; tags?: string[]; algs?: string[]; tagsOnly?: boolean } = {}): void {
  const payload = opts.payload ?? listedPayload(dir);
  const algs = opts.algs ?? ['sha256', 'sha512'];
  const listing = (alg: string, paths: string[]) => [...paths].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((p) => `${createHash(alg).update(readFileSync(join(dir, p))).digest('hex')}  ${p}\n`).join('');
  if (opts.oxum) {
    const octets = payload.reduce((n, p) => n + readFileSync(join(dir, p)).length, 0);
    const info = join(dir, 'bag-info.txt');
    writeFileSync(info, readFileSync(info, 'utf8').replace(/Payload-Oxum: .*/, `Payload-Oxum: ${octets}.${payload.length}`));
  }
  if (!opts.tagsOnly) for (const alg of algs) writeFileSync(join(dir, `manifest-${alg}.txt`), listing(alg, payload));
  const tags = ['bagit.txt', 'bag-info.txt', ...algs.map((a) => `manifest-${a}.txt`), ...(opts.tags ?? [])];
  for (const alg of algs) writeFileSync(join(dir, `tagmanifest-${alg}.txt`), listing(alg, tags));
}
