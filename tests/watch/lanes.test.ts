// `cica watch` in two lanes (src/watch/lanes.ts): the parallel text in a worker thread, the others in the watch's own
// thread. What the two lanes write and print is what one thread writes and prints, and what `cica draft` writes:
// the same files, byte for byte, each diagnostic once; a template saved reaches the worker's lane too.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { mergeDiagnostics, mergeLanes, splitLayouts, type LaneResult } from '../../src/watch/lanes.js';
import { cica, tempDir } from '../e2e/tools.js';
import { startWatch } from './process.js';

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
const diag = (code: string, line: number): Diagnostic => ({ severity: 'warning', code, message: code, span: { file: 'a.yaml', start: { line, col: 1 } } }) as Diagnostic;

describe('the lanes, as data', () => {
  it('split the layouts only when two cores can share them', () => {
    expect(splitLayouts(['en', 'ru', 'parallel'], ['docx', 'pdf'], 2)).toEqual([['en', 'ru'], ['parallel']]);
    expect(splitLayouts(['parallel', 'en'], ['pdf'], 4)).toEqual([['en'], ['parallel']]);
    expect(splitLayouts(['en', 'ru'], ['pdf'], 2)).toEqual([['en'], ['ru']]);
    expect(splitLayouts(['en', 'ru', 'parallel'], ['docx', 'pdf'], 1)).toBeUndefined();
    expect(splitLayouts(['parallel'], ['docx', 'pdf'], 2)).toBeUndefined();
    // Akoma Ntoso is per language whatever the layout: one lane writes it all.
    expect(splitLayouts(['en', 'parallel'], ['pdf', 'akn'], 2)).toBeUndefined();
  });

  it('keep each diagnostic once across lanes, and twice if one lane reports it twice', () => {
    const a = diag('A', 1), b = diag('B', 2), c = diag('C', 3);
    expect(mergeDiagnostics([[a, b], [{ ...a }, c]])).toEqual([a, b, c]);
    expect(mergeDiagnostics([[a, a], [{ ...a }]])).toEqual([a, a]);
    expect(mergeDiagnostics([[a], [c, { ...a }, { ...a }]])).toEqual([a, c, a]);
  });

  it('merge outputs and documents in the order of the layouts asked for', () => {
    const out = (layout: 'en' | 'ru' | 'parallel', format: 'docx' | 'pdf') => ({ layout, format, fileName: `x.${layout}.${format}`, bytes: new Uint8Array() });
    const here: LaneResult = { ok: true, diagnostics: [], outputs: [out('en', 'docx'), out('en', 'pdf'), out('ru', 'docx')], documents: [{ layout: 'en', html: 'e' }, { layout: 'ru', html: 'r' }] };
    const there: LaneResult = { ok: true, diagnostics: [], outputs: [out('parallel', 'docx'), out('parallel', 'pdf')], documents: [{ layout: 'parallel', html: 'p' }], enclosure: 'm.yaml' };
    const merged = mergeLanes([here, there], ['parallel', 'en', 'ru']);
    expect(merged.outputs.map((o) => o.fileName)).toEqual(['x.parallel.docx', 'x.parallel.pdf', 'x.en.docx', 'x.en.pdf', 'x.ru.docx']);
    expect(merged.documents.map((d) => d.html)).toEqual(['p', 'e', 'r']);
    expect(merged).toMatchObject({ ok: true, enclosure: 'm.yaml' });
    expect(mergeLanes([here, { ...there, ok: false }], ['en', 'ru', 'parallel']).ok).toBe(false);
  });
});

describe('cica watch in two lanes', () => {
  it('writes and prints what one thread and cica draft write and print', async () => {
    const runs: { files: Record<string, string>; warnings: string[] }[] = [];
    for (const env of [{}, { CICA_WATCH_LANES: '1' }]) {
      const w = startWatch('cica-eco-cis-drugs-memorandum.yaml', [], env);
      try {
        await w.waitFor(/version 1: wrote 6 files/);
        // A placeholder in a draft is a warning, which both lanes find when they load the file.
        writeFileSync(w.file, readFileSync(w.file, 'utf8').replace('joint research and the preparation of analytical materials;', 'joint research on [Topic];'));
        await w.waitFor(/version 2 \(.*\): wrote 6 files/);
        runs.push({ files: snapshot(w.out), warnings: w.stderr().split('\n').filter((l) => /\bPLACEHOLDER\b/.test(l)).map((l) => l.replaceAll(w.dir, 'DIR')) });
        const drafted = join(tempDir('lanes-draft'), 'out');
        expect(cica(['draft', w.file, '--out', drafted]).status).toBe(0);
        expect(snapshot(w.out)).toEqual(snapshot(drafted));
      } finally {
        expect(await w.stop()).toBe(0);
      }
    }
    expect(runs[0]!.warnings).toHaveLength(1);
    expect(runs[0]).toEqual(runs[1]);
  }, 240_000);

  it('reloads the --templates folder in the worker lane too', async () => {
    const templates = join(tempDir('lanes-templates'), 'templates');
    expect(cica(['templates', 'export', templates]).status).toBe(0);
    const w = startWatch('csto-cica-memorandum.yaml', ['--layout', 'en,parallel', '--format', 'docx', '--templates', templates]);
    const body = (name: string) => strFromU8(unzipSync(readFileSync(join(w.out, name)))['word/document.xml']!).replace(/<[^>]+>/g, '');
    try {
      await w.waitFor(/version 1: wrote 2 files/);
      expect(body('csto-cica-memorandum.parallel.docx')).not.toContain('hereafter called');
      const file = join(templates, 'memorandum.en.hbs');
      writeFileSync(file, readFileSync(file, 'utf8').replace('hereinafter referred to as', 'hereafter called'));
      await w.waitFor(/version 2 \(memorandum\.en\.hbs changed\): wrote 2 files/);
      expect(body('csto-cica-memorandum.en.docx')).toContain('hereafter called');
      expect(body('csto-cica-memorandum.parallel.docx')).toContain('hereafter called');
    } finally {
      expect(await w.stop()).toBe(0);
    }
  }, 120_000);
});
