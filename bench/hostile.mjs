// The hostile corpus (tests/hostile/corpus.mjs) through the built CLI, one command at a time: the max wall time,
// CPU time and peak RSS per family, and every fault judge() finds (exit 3, stack trace, code outside the union,
// output changed on error, secret leaked, over 2 s or 300 MB). Usage:
//   node bench/hostile.mjs [FAMILY|ID-PREFIX ...] [--json FILE]
// Run it on a quiet machine: wall times under load are the load's, so CPU time is printed beside them.
import { writeFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { hostileCorpus, families } from '../tests/hostile/corpus.mjs';
import { judge, loadCodes, runCase, setUpRoot, LIMIT_RSS_MB, LIMIT_WALL_S } from '../tests/hostile/runner.mjs';

const argv = process.argv.slice(2);
const jsonAt = argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? argv.splice(jsonAt, 2)[1] : undefined;
const filters = argv;
const all = hostileCorpus();
const cases = filters.length ? all.filter((c) => filters.some((f) => c.family === f || c.id.startsWith(f))) : all;
const codes = await loadCodes();
const setup = setUpRoot();
const results = [];
const started = Date.now();
for (const c of cases) {
  for (const cmd of c.commands) {
    const r = runCase(setup, c, cmd);
    const faults = judge(r, codes, { strict: true });
    results.push({ id: c.id, family: c.family, cmd, status: r.status, wall: r.wall, cpu: r.cpu, rssMB: Math.round(r.rssMB), faults });
    if (faults.length) process.stderr.write(`FAULT ${c.id} ${cmd} (exit ${r.status}): ${faults.join('; ')}\n${(r.stderr || r.stdout).slice(0, 400)}\n`);
  }
}
rmSync(setup.root, { recursive: true, force: true });

const pad = (s, n) => String(s).padEnd(n);
console.log(`${cases.length} inputs, ${results.length} runs, ${((Date.now() - started) / 1000).toFixed(0)} s; limits ${LIMIT_WALL_S} s wall, ${LIMIT_RSS_MB} MB`);
console.log(`${pad('family', 24)}${pad('inputs', 8)}${pad('runs', 6)}${pad('max wall s', 12)}${pad('max cpu s', 11)}${pad('max RSS MB', 12)}${pad('faults', 7)}slowest`);
for (const f of families(all)) {
  const rs = results.filter((r) => r.family === f);
  if (!rs.length) continue;
  const slowest = rs.reduce((a, b) => (b.wall > a.wall ? b : a));
  const max = (k) => Math.max(...rs.map((r) => r[k]));
  console.log(`${pad(f, 24)}${pad(new Set(rs.map((r) => r.id)).size, 8)}${pad(rs.length, 6)}${pad(max('wall').toFixed(2), 12)}${pad(max('cpu').toFixed(2), 11)}${pad(max('rssMB'), 12)}${pad(rs.filter((r) => r.faults.length).length, 7)}${slowest.id} ${slowest.cmd}`);
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results, null, 1));
process.exitCode = results.some((r) => r.faults.length) ? 1 : 0;
