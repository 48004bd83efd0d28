// `npm run bench`: speed figures of cica beside peers measured in the same run (pandoc, LibreOffice).
// Figures and ratios only; nothing here passes or fails a build (issue 3 item 7, issue 4 item 7, issue 5 item 6).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const CICA = join(ROOT, 'bin/cica');
const dist = (p) => import(join(ROOT, 'dist', p));
const { draftAgreement, loadTemplates } = await dist('draft.js');
const { loadAgreement } = await dist('model/index.js');
const { renderDocument } = await dist('templates/index.js');
const { writeDocx } = await dist('writers/docx/index.js');
const { layoutDocument } = await dist('layout/index.js');
const { writePdf } = await dist('writers/pdf/index.js');

const SAMPLES = ['csto-cica-memorandum', 'cica-sco-rats-protocol', 'note-18-4-58emb', 'cica-eco-cis-drugs-memorandum', 'cica-sco-information-protocol']
  .map((n) => join(ROOT, 'agreements', `${n}.yaml`))
  .filter((f) => existsSync(f));
const tmp = mkdtempSync(join(tmpdir(), 'cica-bench-'));
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

async function timeAsync(fn, runs) {
  for (let i = 0; i < 3; i++) await fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

function timeCommand(cmd, args, runs, env = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  }
  return median(times);
}

const templates = (await loadTemplates()).value;
const creator = 'cica bench';
const base = { order: ['en', 'ru'], pageSize: 'A4', templates, creator };

console.log(`cica benchmark — node ${process.version}, ${SAMPLES.length} samples, medians\n`);

// `npm run bench -- bundle`: the batch figures alone (issue 13 §3), section 3 below.
if (process.argv[2] === 'bundle') {
  const { benchBundle, describeBundle } = await import('./bundle.mjs');
  console.log('Bundles (issue 13 §3)');
  console.log(describeBundle(await benchBundle()));
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

// 0. Cold start: each command beside its peer, interleaved (issue 13 §2). `npm run bench -- cold` stops after it.
console.log('Cold start (issue 13 §2)');
const { benchCold } = await import('./cold.mjs');
benchCold();
if (process.argv[2] === 'cold') {
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}
console.log('');

// 1. DOCX: in-process per file, cold CLI, and pandoc writing a DOCX of the same text.
console.log('DOCX (issue 3)');
console.log('sample                              in-process/DOCX   cold CLI (3 DOCX)   pandoc md->docx   ratio cold/pandoc');
for (const file of SAMPLES) {
  const name = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const a = (await loadAgreement(file)).value;
  const trees = ['en', 'ru', 'parallel'].map((layout) => renderDocument(a, templates, { layout, order: ['en', 'ru'], creator, enclosurePages: 2 }).value);
  const perDocx = (await timeAsync(async () => { for (const t of trees) await writeDocx(t); }, 20)) / 3;
  const cold = timeCommand(process.execPath, [CICA, 'draft', file, '--format', 'docx', '--out', join(tmp, 'cold')], 5);
  let pandoc = NaN;
  if (has('pandoc')) {
    // The same text as Markdown, made once (untimed) by pandoc from our parallel DOCX; then timed: pandoc writing a DOCX of it.
    const md = join(tmp, `${name}.md`);
    spawnSync('pandoc', ['-f', 'docx', '-t', 'markdown', '-o', md, join(tmp, 'cold', `${name}.parallel.docx`)]);
    pandoc = timeCommand('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(tmp, `${name}.pandoc.docx`), md], 5);
  }
  console.log(`${name.padEnd(36)}${ms(perDocx).padStart(15)}${ms(cold).padStart(20)}${(Number.isNaN(pandoc) ? 'absent' : ms(pandoc)).padStart(18)}${(Number.isNaN(pandoc) ? '' : (cold / pandoc).toFixed(2) + 'x').padStart(20)}`);
}
if (!has('pandoc')) console.log('(pandoc is absent: the peer was skipped; apt-get install pandoc)');

// 2. PDF: the parallel memorandum in-process (target <= 30 ms warm), and a cold six-file draft against LibreOffice.
console.log('\nPDF (issue 4)');
const memo = SAMPLES.find((f) => f.includes('csto-cica-memorandum'));
const memoAgreement = (await loadAgreement(memo)).value;
const parallelTree = renderDocument(memoAgreement, templates, { layout: 'parallel', order: ['en', 'ru'], creator }).value;
const layoutMs = await timeAsync(async () => layoutDocument(parallelTree, { pageSize: 'A4' }), 30);
const pdfMs = await timeAsync(async () => writePdf(layoutDocument(parallelTree, { pageSize: 'A4' }).value), 30);
console.log(`parallel memorandum, layout only:             ${ms(layoutMs)}`);
console.log(`parallel memorandum, layout + PDF (warm):     ${ms(pdfMs)}   (target <= 30 ms)`);
console.log('(cold `cica draft` of the memorandum beside LibreOffice: see Cold start above)');

// 3. Bundles: 100 generated agreements through the worker pool, beside two LibreOffice processes converting the same
// DOCX, interleaved; CPU per agreement warm, peak RSS, one worker against two (issue 13 §3). `npm run bench -- bundle`
// runs this part alone.
{
  console.log('\nBundles (issue 13 §3)');
  const { benchBundle, describeBundle } = await import('./bundle.mjs');
  console.log(describeBundle(await benchBundle()));
}

// 4. Redlines: cica diff of two versions of the largest sample, cold and in-process (issue 11).
{
  console.log('\nRedlines (issue 11)');
  const { benchDiff, describeDiff } = await import('./diff.mjs');
  console.log(describeDiff(await benchDiff(ROOT)));
}

// 5. Live editing: a warm `cica watch`, save to six outputs written (issue 13 §1).
{
  console.log('\nLive editing (issue 13 §1)');
  await (await import('./watch.mjs')).benchWatch();
}

rmSync(tmp, { recursive: true, force: true });
