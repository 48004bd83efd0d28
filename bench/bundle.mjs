// Bundle throughput (issue 5 item 8): 100 agreements made from the samples in agreements/ are bundled by
// the built CLI (worker threads), beside LibreOffice converting a sample of the same DOCX files to PDF in
// the same run. `benchBundle()` returns the figures; `node bench/bundle.mjs` prints them. Nothing here
// passes or fails a build. Needs dist/ (`npx tsc -p .`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** `count` agreement files: the samples copied under new names (a note's enclosure stays beside it). */
function makeAgreements(dir, count) {
  const samples = readdirSync(join(ROOT, 'agreements')).filter((n) => n.endsWith('.yaml')).sort();
  // A note's `enclosure.file` names a sample by its own name: keep the originals too, and count them.
  for (const s of samples) copyFileSync(join(ROOT, 'agreements', s), join(dir, s));
  for (let i = samples.length; i < count; i++) {
    const s = samples[i % samples.length];
    copyFileSync(join(ROOT, 'agreements', s), join(dir, `${s.replace(/\.yaml$/, '')}-copy${String(i).padStart(3, '0')}.yaml`));
  }
  return Math.max(count, samples.length);
}

/** Runs the bundle in a child process that reports its own peak RSS (the worker threads included:
 *  they live in the same process, and getrusage's ru_maxrss covers the whole process). */
function runBundle(src, out, jobs) {
  const script = `
    const { runBundle } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/cli/bundle.js')).href)});
    const t = performance.now();
    const code = await runBundle([${JSON.stringify(src)}], { out: ${JSON.stringify(out)}, json: true${jobs ? `, jobs: ${jobs}` : ''} });
    const seconds = (performance.now() - t) / 1000;
    process.stderr.write('@@' + JSON.stringify({ code, seconds, maxRssKiB: process.resourceUsage().maxRSS }) + '\\n');`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const line = (r.stderr ?? '').split('\n').find((l) => l.startsWith('@@'));
  if (!line) throw new Error(`bundle run failed: ${r.stderr}`);
  const figures = JSON.parse(line.slice(2));
  if (figures.code !== 0) {
    const failed = JSON.parse(r.stdout).results.filter((x) => !x.ok);
    throw new Error(`cica bundle exited ${figures.code}: ${JSON.stringify(failed.slice(0, 3), null, 1)}`);
  }
  return figures;
}

/** LibreOffice converting `files` DOCX to PDF in one headless invocation, with a private profile (made by an untimed
 *  warm-up conversion, as on a machine that has run LibreOffice before) so parallel runs do not collide. */
function timeLibreOffice(files, outDir, profile) {
  mkdirSync(outDir, { recursive: true });
  const t = performance.now();
  const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 600_000 });
  const seconds = (performance.now() - t) / 1000;
  const made = readdirSync(outDir).filter((n) => n.endsWith('.pdf')).length;
  if (r.status !== 0 || made !== files.length) return { error: `soffice exit ${r.status}, ${made}/${files.length} converted: ${r.stderr}` };
  return { seconds };
}

/**
 * LibreOffice's cost as start-up plus a cost per file, from two batches of different sizes (each the median of
 * `runs`): converting N files in one invocation takes startup + N x perFile. Timing one small batch and dividing would
 * charge the start-up to every file and flatter cica several times over (5 files: ~0.26 s a file; marginal: ~0.06 s).
 */
function runLibreOffice(files, dir, { small = 2, runs = 3 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'cica-lo-profile-'));
  try {
    const warm = timeLibreOffice(files.slice(0, 1), join(dir, 'warm'), profile);
    if (warm.error) return warm;
    const time = (batch, tag) => {
      const times = [];
      for (let i = 0; i < runs; i++) {
        const r = timeLibreOffice(batch, join(dir, `${tag}-${i}`), profile);
        if (r.error) return r;
        times.push(r.seconds);
      }
      return { seconds: times.sort((a, b) => a - b)[Math.floor(runs / 2)] };
    };
    const a = time(files.slice(0, small), 'small');
    if (a.error) return a;
    const b = time(files, 'large');
    if (b.error) return b;
    const perFile = Math.max(0, (b.seconds - a.seconds) / (files.length - small));
    return { files: files.length, small, smallSeconds: a.seconds, largeSeconds: b.seconds, perFile, startup: Math.max(0, a.seconds - small * perFile) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The LibreOffice lines of the report (bench/run.mjs prints them too). */
export function describeLibreOffice(r) {
  const lo = r.libreOffice;
  const f = (x, d = 1) => x.toFixed(d);
  return [
    `LibreOffice, DOCX -> PDF in one invocation: ${lo.small} files ${f(lo.smallSeconds, 2)} s, ${lo.files} files ${f(lo.largeSeconds, 2)} s`,
    `  = start-up ${f(lo.startup, 2)} s + ${f(lo.perFile * 1000, 0)} ms a file; the same ${r.agreements * 3} PDFs: ~${f(lo.extrapolatedSeconds, 1)} s = ${f(lo.pdfsPerSecond, 1)} PDFs/s`,
    `ratio cica / LibreOffice, PDFs per second: ${f(r.ratio, 2)}x   (target >= 50x)`,
  ].join('\n');
}

export async function benchBundle({ count = 100, jobs, libreOfficeSample = 12 } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'cica-bench-bundle-'));
  try {
    const src = join(tmp, 'agreements');
    mkdirSync(src);
    const agreements = makeAgreements(src, count);
    const out = join(tmp, 'out');
    const run = runBundle(src, out, jobs);
    const perAgreement = { docx: 3, pdf: 3 };
    const result = {
      agreements,
      jobs: jobs ?? 'default (os.availableParallelism())',
      seconds: run.seconds,
      agreementsPerSecond: agreements / run.seconds,
      pdfsPerSecond: (agreements * perAgreement.pdf) / run.seconds,
      peakRssMiB: run.maxRssKiB / 1024,
      libreOffice: null,
      ratio: null,
    };
    if (libreOfficeSample <= 0) return result;
    if (!has('soffice')) {
      console.warn('bench/bundle: soffice (LibreOffice) is not installed; skipping the comparison');
      return result;
    }
    // Every kind and every layout: bundle i gives its <layout i mod 3> DOCX.
    const bundles = readdirSync(out).filter((n) => !n.startsWith('.') && !n.endsWith('.zip')).sort();
    const layouts = ['en', 'ru', 'parallel'];
    const docx = Array.from({ length: Math.min(libreOfficeSample, bundles.length) }, (_, i) => {
      const b = bundles[Math.floor((i * bundles.length) / libreOfficeSample)];
      return join(out, b, 'data', `${b}.${layouts[i % 3]}.docx`);
    });
    const lo = runLibreOffice(docx, join(tmp, 'lo'));
    if (lo.error) {
      console.warn(`bench/bundle: LibreOffice failed: ${lo.error}`);
      return result;
    }
    const pdfs = agreements * perAgreement.pdf;
    // What converting the same run's PDFs would take: one start-up, then every file at the marginal rate.
    const extrapolatedSeconds = lo.startup + pdfs * lo.perFile;
    result.libreOffice = { ...lo, extrapolatedSeconds, pdfsPerSecond: pdfs / extrapolatedSeconds };
    // PDFs per second, cica (which also writes the DOCX, bags and hashes) over LibreOffice (PDF only).
    result.ratio = result.pdfsPerSecond / result.libreOffice.pdfsPerSecond;
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchBundle();
  const f = (x, d = 1) => x.toFixed(d);
  console.log(`cica bundle: ${r.agreements} agreements in ${f(r.seconds, 2)} s = ${f(r.agreementsPerSecond)} agreements/s (${f(r.pdfsPerSecond)} PDFs/s), peak RSS ${f(r.peakRssMiB, 0)} MiB`);
  if (r.libreOffice) console.log(describeLibreOffice(r));
}
