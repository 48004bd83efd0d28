// Batch throughput (issue 13 §3): `cica bundle` of a generated corpus of 100 distinct agreements (bench/corpus.mjs)
// beside LibreOffice converting the same DOCX to PDF with two processes in parallel, interleaved A B A B, each run
// timed; then CPU per agreement of a warm in-process draft (six documents each), peak RSS, and one worker against
// two with the CPU time of every thread of the process. Figures only: nothing here passes or fails a build. Needs
// dist/ (`npm run build`). `node bench/bundle.mjs [RUNS]` prints the report alone.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
/** LibreOffice 7.4 silently stops converting after about 246 files in one invocation: no batch is larger than this. */
const LO_BATCH = 200;
const CLK_TCK = 100;

/** CPU seconds of each thread of process `pid` now (utime + stime from /proc/PID/task/TID/stat). */
function threadTimes(pid) {
  const out = new Map();
  let tids = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) / CLK_TCK);
    } catch {
      // The thread ended between the listing and the read: its last sample stands.
    }
  }
  return out;
}

/**
 * One `cica bundle` of `src` into `out` in a child process that reports its own CPU time and peak RSS (the worker
 * threads included: they live in the same process). Its threads are sampled every 50 ms meanwhile, so the CPU of the
 * main thread, the workers and the rest (V8's GC and compiler threads, libuv's pool) is known apart: the main thread
 * is the one whose id is the process's, the workers are the `jobs` busiest of the others.
 */
function runBundle(src, out, jobs) {
  const script = `
    const { runBundle } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/cli/bundle.js')).href)});
    const t = performance.now();
    const code = await runBundle([${JSON.stringify(src)}], { out: ${JSON.stringify(out)}, quiet: true, jobs: ${jobs} });
    const seconds = (performance.now() - t) / 1000;
    const u = process.resourceUsage();
    process.stderr.write('@@' + JSON.stringify({ code, seconds, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssKiB: u.maxRSS }) + '\\n');`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const threads = new Map();
    const timer = setInterval(() => { for (const [tid, cpu] of threadTimes(child.pid)) threads.set(tid, cpu); }, 50);
    child.on('exit', () => {
      clearInterval(timer);
      const line = stderr.split('\n').find((l) => l.startsWith('@@'));
      if (!line) return fail(new Error(`bundle run failed: ${stderr}`));
      const figures = JSON.parse(line.slice(2));
      if (figures.code !== 0) return fail(new Error(`cica bundle exited ${figures.code}: ${stdout.slice(0, 2000)}`));
      const main = threads.get(child.pid) ?? 0;
      const others = sorted([...threads].filter(([tid]) => tid !== child.pid).map(([, cpu]) => cpu)).reverse();
      const workers = others.slice(0, jobs);
      const helpers = others.slice(jobs).reduce((a, b) => a + b, 0);
      done({ ...figures, threads: { main, workers, helpers } });
    });
  });
}

/** One profile per LibreOffice process, made by an untimed conversion first (as on a machine that ran it before). */
function loProfile(tag, warmFile, dir) {
  const profile = mkdtempSync(join(tmpdir(), `cica-lo-${tag}-`));
  spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, `warm-${tag}`), warmFile], { timeout: 300_000 });
  return profile;
}

/** `soffice --convert-to pdf` of `files`, in batches of at most LO_BATCH, as one asynchronous process after another. */
async function loConvert(profile, files, outDir) {
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < files.length; i += LO_BATCH) {
    const batch = files.slice(i, i + LO_BATCH);
    await new Promise((done, fail) => {
      const child = spawn('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...batch], { stdio: 'ignore' });
      child.on('error', fail);
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`soffice exited ${code}`))));
    });
  }
  const made = readdirSync(outDir).filter((n) => n.endsWith('.pdf')).length;
  if (made !== files.length) throw new Error(`LibreOffice converted ${made} of ${files.length} files`);
}

/** LibreOffice converting all `files` with two processes in parallel, each on half of them: the wall time. */
async function runLibreOffice(profiles, files, outDir) {
  const half = Math.ceil(files.length / 2);
  const t = performance.now();
  await Promise.all([loConvert(profiles[0], files.slice(0, half), join(outDir, 'a')), loConvert(profiles[1], files.slice(half), join(outDir, 'b'))]);
  return (performance.now() - t) / 1000;
}

/** CPU per agreement of draftAgreement, warm, in this process: six documents (en, ru, parallel x docx, pdf) each. */
async function warmCpu(files, rounds) {
  const { draftAgreement, loadTemplates } = await import(pathToFileURL(join(ROOT, 'dist/draft.js')).href);
  const templates = (await loadTemplates()).value;
  const options = { layouts: ['en', 'ru', 'parallel'], formats: ['docx', 'pdf'], order: ['en', 'ru'], pageSize: 'A4', templates, creator: 'cica bench' };
  const perRound = [];
  for (let r = 0; r < rounds + 1; r++) {
    const c = process.cpuUsage();
    for (const f of files) {
      const d = await draftAgreement(f, options);
      if (!d.ok) throw new Error(`${f} did not draft`);
    }
    const u = process.cpuUsage(c);
    if (r > 0) perRound.push((u.user + u.system) / 1000 / files.length); // round 0 warms the JIT and the caches of fonts
  }
  return stats(perRound);
}

export async function benchBundle({ count = 100, runs = 5, libreOffice = true } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'cica-bench-bundle-'));
  try {
    const src = join(tmp, 'corpus');
    const files = generateCorpus(src, count);
    const result = { agreements: files.length, runs, cica: [], libreOffice: null, scaling: null, warm: null };
    const lo = libreOffice && has('soffice');
    // The DOCX of the corpus, as the first bundle wrote them: LibreOffice converts these.
    const first = await runBundle(src, join(tmp, 'out-0'), 2);
    const docx = readdirSync(join(tmp, 'out-0')).filter((n) => !n.startsWith('.')).sort()
      .flatMap((b) => ['en', 'ru', 'parallel'].map((l) => join(tmp, 'out-0', b, 'data', `${b}.${l}.docx`)));
    const profiles = lo ? [loProfile('a', docx[0], tmp), loProfile('b', docx[1], tmp)] : [];
    const loTimes = [];
    try {
      // Interleaved: A (cica) B (LibreOffice) A B ..., so both sides meet the same load.
      for (let i = 1; i <= runs; i++) {
        const out = join(tmp, `out-${i}`);
        result.cica.push(await runBundle(src, out, 2));
        rmSync(out, { recursive: true, force: true });
        if (lo) {
          const loOut = join(tmp, `lo-${i}`);
          loTimes.push(await runLibreOffice(profiles, docx, loOut));
          rmSync(loOut, { recursive: true, force: true });
        }
      }
    } finally {
      for (const p of profiles) rmSync(p, { recursive: true, force: true });
    }
    void first;
    const seconds = result.cica.map((r) => r.seconds);
    result.seconds = stats(seconds);
    result.cpuPerAgreement = stats(result.cica.map((r) => (r.cpu * 1000) / files.length));
    result.peakRssMiB = stats(result.cica.map((r) => r.maxRssKiB / 1024));
    if (lo) {
      result.libreOffice = { files: docx.length, seconds: stats(loTimes) };
      // Throughput ratio of each pair (A_i, B_i): the same work, LibreOffice's time over cica's.
      result.ratio = stats(loTimes.map((t, i) => t / seconds[i]));
    }
    // One worker against two, interleaved, with the CPU of each thread.
    const one = [];
    const two = [];
    for (let i = 0; i < Math.max(2, Math.ceil(runs / 2)); i++) {
      for (const [jobs, into] of [[1, one], [2, two]]) {
        const out = join(tmp, `scale-${jobs}-${i}`);
        into.push(await runBundle(src, out, jobs));
        rmSync(out, { recursive: true, force: true });
      }
    }
    result.scaling = { one, two, speedup: stats(one.map((r, i) => r.seconds / two[i].seconds)) };
    result.warm = await warmCpu(files, runs);
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The report (bench/run.mjs prints it too). */
export function describeBundle(r) {
  const f = (x, d = 1) => x.toFixed(d);
  const s = (x, d = 1, unit = '') => `median ${f(x.median, d)}${unit}, min ${f(x.min, d)}${unit}, max ${f(x.max, d)}${unit}`;
  const lines = [
    `corpus: ${r.agreements} generated agreements (bench/corpus.mjs), ${r.runs} runs each side, interleaved`,
    `cica bundle --jobs 2:   ${s(r.seconds, 2, ' s')}  = ${f(r.agreements / r.seconds.median)} agreements/s`,
  ];
  if (r.libreOffice) {
    lines.push(`LibreOffice, 2 processes, ${r.libreOffice.files} DOCX -> PDF: ${s(r.libreOffice.seconds, 2, ' s')}`);
    lines.push(`throughput ratio cica / LibreOffice: ${s(r.ratio, 2, 'x')}   (target >= 10x)`);
  } else {
    lines.push('(LibreOffice is absent: the peer was skipped)');
  }
  const t = (x) => `main ${f(x.threads.main, 2)} s, workers ${x.threads.workers.map((w) => f(w, 2)).join(' + ')} s, GC/compiler/libuv threads ${f(x.threads.helpers, 2)} s`;
  lines.push(`CPU per agreement in the bundle (all threads, worker start-up included): ${s(r.cpuPerAgreement, 0, ' ms')}`);
  lines.push(`CPU per agreement, warm in-process draft (six documents): ${s(r.warm, 1, ' ms')}   (target <= 20 ms)`);
  lines.push(`peak RSS of the bundle process: ${s(r.peakRssMiB, 0, ' MiB')}   (target <= 250 MiB)`);
  const one = r.scaling.one;
  const two = r.scaling.two;
  lines.push(`1 worker: ${s(stats(one.map((x) => x.seconds)), 2, ' s')}; 2 workers: ${s(stats(two.map((x) => x.seconds)), 2, ' s')}; speed-up ${s(r.scaling.speedup, 2, 'x')}`);
  lines.push(`  threads, last 1-worker run:  ${t(one.at(-1))}; CPU ${f(one.at(-1).cpu, 1)} s`);
  lines.push(`  threads, last 2-worker run:  ${t(two.at(-1))}; CPU ${f(two.at(-1).cpu, 1)} s`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(describeBundle(await benchBundle({ runs: Number(process.argv[2] ?? 5) })));
}
