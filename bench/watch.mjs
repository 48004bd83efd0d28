// `cica watch` re-render latency (issue 13 §1): a warm watch process on a copy of the memorandum, edited N times; the
// time from the write of the file to the process's line saying the new version is written (six outputs committed
// to --out). Run alone: `node bench/watch.mjs [N]`; `npm run bench` runs it too.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
/** CPU time (user + system) of a process so far, in ms, from /proc (Linux): the figure a loaded machine does not
 *  inflate the way it inflates wall time. undefined elsewhere. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return undefined;
  }
}
const WARM = Number(process.env.WARM ?? 3);

export async function benchWatch(edits = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'cica-bench-watch-'));
  const file = join(dir, 'memorandum.yaml');
  copyFileSync(join(ROOT, 'agreements/csto-cica-memorandum.yaml'), file);
  const original = readFileSync(file, 'utf8');
  const child = spawn(process.execPath, [join(ROOT, 'bin/cica'), 'watch', file, '--out', join(dir, 'out')], { env: { ...process.env, NO_COLOR: '1' } });
  let buffer = '';
  const waiters = [];
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      const m = /version (\d+).*in (\d+) ms/.exec(line);
      if (m) for (const w of waiters.splice(0)) w({ version: Number(m[1]), at: performance.now(), inside: Number(m[2]) });
    }
  });
  const next = () => new Promise((res) => waiters.push(res));
  try {
    await next();
    const outside = [];
    const inside = [];
    const cpu = [];
    for (let i = 0; i < WARM + edits; i++) {
      const seen = next();
      const before = cpuMs(child.pid);
      const t = performance.now();
      // A recital's English words change each time: a real re-render, not a cache hit.
      writeFileSync(file, original.replace('based on stated intentions', `based (${i}) on stated intentions`));
      const v = await seen;
      const after = cpuMs(child.pid);
      if (i >= WARM) {
        outside.push(v.at - t);
        inside.push(v.inside);
        if (before !== undefined && after !== undefined) cpu.push(after - before);
      }
    }
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)}`;
    };
    console.log(`  cica watch, memorandum, 6 outputs, ${edits} edits after ${WARM} warm-up: save -> written ${stats(outside)} (target < 100 ms)`);
    console.log(`    of which from the first file event (debounce included): ${stats(inside)}`);
    if (cpu.length) console.log(`    CPU time of the watch process per re-render (10 ms ticks): ${stats(cpu)}; load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
    // The same drafting in this process, warm, interleaved with nothing: what the watch adds is the difference.
    const { draftAgreement, loadTemplates } = await import(join(ROOT, 'dist/draft.js'));
    const options = { layouts: ['en', 'ru', 'parallel'], formats: ['docx', 'pdf'], order: ['en', 'ru'], pageSize: 'A4', templates: (await loadTemplates()).value, creator: 'cica bench' };
    const alone = [];
    for (let i = 0; i < WARM + 10 + edits; i++) {
      const t = performance.now();
      await draftAgreement(file, options);
      if (i >= WARM + 10) alone.push(performance.now() - t);
    }
    console.log(`    draftAgreement alone, in-process, after ${WARM + 10} warm-up runs: ${stats(alone)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((res) => child.once('exit', res));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWatch(Number(process.argv[2] ?? 7));
