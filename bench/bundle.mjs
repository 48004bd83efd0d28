// Bundle throughput (issue 5 item 8): 100 agreements made from the samples in agreements/ are bundled by
// the built CLI (worker threads), beside LibreOffice converting a sample of the same DOCX files to PDF in
// the same run. `benchBundle()` returns the figures; `node bench/bundle.mjs` prints them. Nothing here
// passes or fails a build. Needs dist/ (`npx tsc -p .`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

/** LibreOffice converting `files` DOCX to PDF in one headless invocation (startup amortised over them,
 *  which flatters LibreOffice), with a private profile so parallel runs do not collide. */
function runLibreOffice(files, outDir) {
  const profile = mkdtempSync(join(tmpdir(), 'cica-lo-profile-'));
  const t = performance.now();
  const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 600_000 });
  const seconds = (performance.now() - t) / 1000;
  rmSync(profile, { recursive: true, force: true });
  const made = readdirSync(outDir).filter((n) => n.endsWith('.pdf')).length;
  if (r.status !== 0 || made !== files.length) return { error: `soffice exit ${r.status}, ${made}/${files.length} converted: ${r.stderr}` };
  return { seconds };
}

export async function benchBundle({ count = 100, jobs, libreOfficeSample = 5 } = {}) {
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
    const docx = readdirSync(out).filter((n) => !n.startsWith('.') && !n.endsWith('.zip')).sort()
      .map((b) => join(out, b, 'data', `${b}.en.docx`)).slice(0, libreOfficeSample);
    const loOut = join(tmp, 'lo');
    mkdirSync(loOut);
    const lo = runLibreOffice(docx, loOut);
    if (lo.error) {
      console.warn(`bench/bundle: LibreOffice failed: ${lo.error}`);
      return result;
    }
    const loPdfsPerSecond = docx.length / lo.seconds;
    result.libreOffice = {
      files: docx.length,
      seconds: lo.seconds,
      pdfsPerSecond: loPdfsPerSecond,
      // What converting the same run's PDFs would take, at that rate.
      extrapolatedSeconds: (agreements * perAgreement.pdf) / loPdfsPerSecond,
    };
    // PDFs per second, cica (which also writes the DOCX, bags and hashes) over LibreOffice (PDF only).
    result.ratio = result.pdfsPerSecond / loPdfsPerSecond;
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchBundle();
  const f = (x, d = 1) => x.toFixed(d);
  console.log(`cica bundle: ${r.agreements} agreements in ${f(r.seconds, 2)} s = ${f(r.agreementsPerSecond)} agreements/s (${f(r.pdfsPerSecond)} PDFs/s), peak RSS ${f(r.peakRssMiB, 0)} MiB`);
  if (r.libreOffice) {
    console.log(`LibreOffice: ${r.libreOffice.files} DOCX -> PDF in ${f(r.libreOffice.seconds, 2)} s = ${f(r.libreOffice.pdfsPerSecond, 2)} PDFs/s (same run's PDFs: ~${f(r.libreOffice.extrapolatedSeconds, 0)} s)`);
    console.log(`ratio: ${f(r.ratio)}x (target >= 50x)`);
  }
}
