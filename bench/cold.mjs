// Cold start (issue 13 §2): each cica command beside its peer in one loop, A B A B ..., so that a machine busy with
// other work slows both alike; the median, min and max of each and the ratio of the medians. Nothing here passes or
// fails a build. `node bench/cold.mjs` prints the figures alone (needs dist/: `npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const CICA = join(ROOT, 'bin/cica');
const MEMO = join(ROOT, 'agreements/csto-cica-memorandum.yaml');
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

function run([cmd, ...args]) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const elapsed = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return elapsed;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], runs: s.length };
};

/** `a` and `b` run alternately `runs` times each (one untimed run of each first, to fill the OS file cache). */
export function interleave(a, b, runs) {
  run(a);
  run(b);
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    ta.push(run(a));
    tb.push(run(b));
  }
  const sa = stats(ta);
  const sb = stats(tb);
  return { a: sa, b: sb, ratio: sa.median / sb.median };
}

const ms = (x) => `${x.toFixed(0)} ms`;
const figures = (s) => `median ${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)})`;

function report(what, peer, r, target) {
  console.log(`${what.padEnd(44)}${figures(r.a)}`);
  console.log(`${peer.padEnd(44)}${figures(r.b)}`);
  console.log(`${'  ratio of the medians'.padEnd(44)}${r.ratio.toFixed(2)}x   (target <= ${target}x, ${r.a.runs} runs each, interleaved)`);
  // On a machine shared with other work the fastest run of each is the one least slowed by it.
  console.log(`${'  ratio of the minimums'.padEnd(44)}${(r.a.min / r.b.min).toFixed(2)}x`);
}

/** Prints the cold-start figures; returns them for a caller that records them. */
export function benchCold({ runs = Number(process.env.CICA_BENCH_RUNS) || 7 } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'cica-cold-'));
  const node = process.execPath;
  const out = {};
  try {
    out.validate = interleave([node, CICA, 'validate', MEMO], [node, '-e', '0'], runs);
    report('cica validate memorandum', 'node -e 0', out.validate, 2);

    const six = join(tmp, 'six');
    if (has('soffice')) {
      // The peer converts the parallel DOCX that cica writes; its profile is made by the untimed first run.
      run([node, CICA, 'draft', MEMO, '--format', 'docx', '--layout', 'parallel', '--out', join(tmp, 'src')]);
      const docx = join(tmp, 'src', 'csto-cica-memorandum.parallel.docx');
      const profile = pathToFileURL(join(tmp, 'lo-profile')).href;
      out.draft = interleave(
        [node, CICA, 'draft', MEMO, '--out', six],
        ['soffice', `-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(tmp, 'lo'), docx],
        runs,
      );
      report('cica draft memorandum, 6 outputs', 'LibreOffice DOCX -> PDF, 1 file', out.draft, 0.25);
    } else {
      console.log('(LibreOffice is absent: the draft peer was skipped; apt-get install libreoffice-writer-nogui)');
    }

    if (has('pandoc')) {
      // The same text as Markdown, made once (untimed) by pandoc from cica's parallel DOCX.
      run([node, CICA, 'draft', MEMO, '--format', 'docx', '--layout', 'parallel', '--out', join(tmp, 'src')]);
      const md = join(tmp, 'memo.md');
      run(['pandoc', '-f', 'docx', '-t', 'markdown', '-o', md, join(tmp, 'src', 'csto-cica-memorandum.parallel.docx')]);
      out.docx = interleave(
        [node, CICA, 'draft', MEMO, '--format', 'docx', '--out', join(tmp, 'docx')],
        ['pandoc', '-f', 'markdown', '-t', 'docx', '-o', join(tmp, 'memo.pandoc.docx'), md],
        runs,
      );
      report('cica draft memorandum, DOCX only (3 files)', 'pandoc Markdown -> DOCX, 1 file', out.docx, 2);
    } else {
      console.log('(pandoc is absent: the DOCX peer was skipped; apt-get install pandoc)');
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`cica cold start — node ${process.version}\n`);
  benchCold();
}
