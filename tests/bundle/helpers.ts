// Shared by the bundle tests: temp dirs, the fake renderer, copies of the sample agreements, tool checks.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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
