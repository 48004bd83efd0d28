// Runs the hostile corpus (corpus.mjs) through the built CLI, one process per command, each under GNU time (wall
// time and peak RSS of the whole process tree) and `timeout -s KILL` (a hang guard), and judges each answer by the
// rules of issue 10: no exit 3, no stack trace, every problem a diagnostic with one of cica's codes, the output
// folder untouched when the command fails, no secret in any output, and (strict) 2 s wall / 300 MB at most.
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SECRET, MEMO } from './corpus.mjs';

const ROOT = join(import.meta.dirname, '../..');
const CICA = join(ROOT, 'bin/cica');
export const LIMIT_WALL_S = 2;
export const LIMIT_RSS_MB = 300;

/** The codes of the union, read from the built module (so the bench needs no TypeScript). */
export async function loadCodes() {
  const { CODES } = await import(join(ROOT, 'dist/diagnostics/codes.js'));
  return new Set(Object.keys(CODES));
}

/** A scratch root: the secret beside the case folders, and one real bundle (folder and zip) for the verify cases. */
export function setUpRoot() {
  const root = mkdtempSync(join(tmpdir(), 'cica-hostile-'));
  const cases = join(root, 'cases');
  mkdirSync(cases);
  writeFileSync(join(cases, 'secret.yaml'), `cica: 1\nkind: ${SECRET}\ntitle: ${SECRET}\n`);
  writeFileSync(join(root, 'secret.yaml'), `cica: 1\nkind: ${SECRET}\n`);
  // Secrets that are not agreements, a case's input may link to: never echoed (no code frame, no value quoted).
  writeFileSync(join(cases, 'secret.key'), `untrusted comment: minisign encrypted secret key\n${SECRET}\n`);
  writeFileSync(join(cases, 'secret-map.key'), `cica: 1\nkind: ${SECRET}\npassword: ${SECRET}\n`);
  writeFileSync(join(root, 'base.yaml'), MEMO);
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1600000000' };
  execFileSync(process.execPath, [CICA, 'bundle', join(root, 'base.yaml'), '--out', join(root, 'base'), '--zip', '--quiet'], { env, stdio: 'pipe' });
  return { root, cases, bag: join(root, 'base', 'base'), zip: join(root, 'base', 'base.zip') };
}

function materialize(dir, files) {
  for (const [rel, spec] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    rmSync(p, { recursive: true, force: true });
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) writeFileSync(p, spec);
    else if (spec.symlink) symlinkSync(spec.symlink, p);
    else if (spec.fifo) execFileSync('mkfifo', [p]);
    else if (spec.dir) mkdirSync(p, { recursive: true });
    else if (spec.sparse) { writeFileSync(p, 'cica: 1\n'); truncateSync(p, spec.sparse); }
  }
}

/** Every file under `dir` (links as links) with its size and bytes, to compare before and after a run. */
export function snapshot(dir) {
  const out = {};
  const walk = (d, rel) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p, `${rel}${f}/`);
      else out[`${rel}${f}`] = st.isFile() ? readFileSync(p).toString('base64') : `<${st.mode}>`;
    }
  };
  walk(dir, '');
  return out;
}

function argsFor(cmd, c, dir, out) {
  const extra = (c.args?.[cmd] ?? []).map((a) => a.replaceAll('{dir}', dir));
  switch (cmd) {
    case 'validate': return ['validate', '--json', c.input, ...extra];
    case 'draft': return ['draft', '--json', c.input, '--out', out, ...extra];
    case 'bundle': return ['bundle', '--json', c.input, '--out', out, ...extra];
    case 'verify': return ['verify', '--json', c.input, ...extra];
    default: throw new Error(cmd);
  }
}

/** Prepares the case's folder (once) and runs one command of it. */
export function runCase(setup, c, cmd, { guardSeconds = 60 } = {}) {
  const dir = join(setup.cases, c.id.replace(/[^\w.-]+/g, '_'));
  if (!statSafe(dir)) {
    mkdirSync(dir, { recursive: true });
    materialize(dir, c.files ?? {});
    c.prepare?.(dir, { bag: (dest) => cpSync(setup.bag, dest, { recursive: true }), zipBytes: () => readFileSync(setup.zip) });
  }
  const out = join(dir, `out-${cmd}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  writeFileSync(join(out, 'a.en.pdf'), 'an earlier draft, to be left alone');
  const before = snapshot(out);
  const timeFile = join(dir, `time-${cmd}.txt`);
  const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1600000000', HOSTILE_SECRET: SECRET, CICA_KEY_PASSWORD: SECRET, ...(c.env ?? {}) };
  const stdin = c.input === '-' ? c.files?.['a.yaml'] ?? '' : undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, 'timeout', '-s', 'KILL', String(c.kill ?? guardSeconds), process.execPath, CICA, ...argsFor(cmd, c, dir, out)], {
    cwd: dir, env, input: stdin, maxBuffer: 1 << 28, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const timing = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const after = snapshot(out);
  return {
    id: c.id, family: c.family, cmd, status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'),
    wall: timing[0], rssMB: timing[1] / 1024, cpu: timing[2] + timing[3], unchanged: JSON.stringify(before) === JSON.stringify(after), out,
    killed: c.kill !== undefined, before,
  };
}

function statSafe(p) {
  try { return statSync(p); } catch { return undefined; }
}

/** The diagnostic codes in a command's --json output (each command's shape). */
function codesOf(json) {
  const codes = [];
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      if (typeof v.code === 'string' && typeof v.message === 'string') codes.push(v.code);
      Object.values(v).forEach(visit);
    }
  };
  visit(json);
  return codes;
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
const PASSWD = /root:[^:\n]*:0:0:/;

/** A whole output: a PDF ends with its %%EOF, a DOCX or zip with its end of central directory, a bag folder holds
 *  its tag manifests. */
function whole(path, b64) {
  const bytes = Buffer.from(b64, 'base64');
  if (path.endsWith('.pdf')) return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && /%%EOF\s*$/.test(bytes.subarray(-16).toString('latin1'));
  if (/\.(docx|zip)$/.test(path)) return bytes.subarray(0, 2).toString('latin1') === 'PK' && bytes.subarray(-22 - 0xffff).includes(Buffer.from('PK\x05\x06', 'latin1'));
  return true;
}

/** A run killed with SIGKILL on purpose: the folder holds what it held, or the new outputs whole, and no stray file. */
function killedFaults(r) {
  const faults = [];
  const now = snapshot(r.out);
  // What the folder held before and still holds as it was (the earlier draft) is not the run's.
  const names = Object.keys(now).filter((n) => r.before?.[n] !== now[n]);
  if (r.unchanged) return faults;
  const stray = names.filter((n) => !/^[^/]+\.(en|ru|parallel)\.(pdf|docx)$/.test(n) && !/^[^/]+\.zip$/.test(n) && !/^[^/]+\/(data\/.+|[a-z0-9-]+\.txt(\.minisig)?)$/.test(n));
  if (stray.length) faults.push(`left in the output folder after kill -9: ${stray.slice(0, 5).join(', ')}`);
  const broken = names.filter((n) => !whole(n, now[n]));
  if (broken.length) faults.push(`partial files after kill -9: ${broken.join(', ')}`);
  const bags = new Set(names.filter((n) => n.includes('/')).map((n) => n.split('/')[0]));
  for (const b of bags) if (!names.includes(`${b}/tagmanifest-sha256.txt`)) faults.push(`bag ${b} without its tag manifest after kill -9`);
  return faults;
}

/** What is wrong with one answer: [] when it holds. */
export function judge(r, codes, { strict = false, clock = process.env.CICA_HOSTILE_CLOCK ?? 'wall' } = {}) {
  const faults = [];
  const text = `${r.stdout}\n${r.stderr}`;
  if (r.status === 3) faults.push('exit 3');
  if (r.killed) return killedFaults(r);
  if (r.status === null || r.status === 137) faults.push(`killed (hang guard) after ${r.wall} s`);
  if (STACK.test(text) || /internal error/i.test(text)) faults.push('stack trace or internal error');
  if (text.includes(SECRET) || PASSWD.test(text)) faults.push('secret in the output');
  for (const [f, b64] of Object.entries(snapshot(r.out))) if (Buffer.from(b64, 'base64').includes(SECRET)) faults.push(`secret in ${f}`);
  let json;
  try { json = JSON.parse(r.stdout); } catch { json = undefined; }
  const found = json ? codesOf(json) : [];
  const unknown = found.filter((c) => !codes.has(c));
  if (unknown.length) faults.push(`codes outside the union: ${[...new Set(unknown)].join(', ')}`);
  if (r.status !== 0 && r.status !== null && r.status !== 137) {
    // A failure says why: a code in the JSON, or a line `cica COMMAND: …` when the invocation was refused before any
    // file was read (exit 2: an option, SOURCE_DATE_EPOCH, a key file) or the output folder could not be written
    // (exit 4, documented in the README); those are not diagnostics of a file and carry no code.
    const usage = (r.status === 2 || r.status === 4) && /^(error|cica(?: [a-z]+)?): \S/m.test(r.stderr);
    if (found.length === 0 && !usage) faults.push(`exit ${r.status} without a diagnostic code`);
    if (!r.unchanged) faults.push('output folder changed on error');
  }
  // On a machine shared with other work, wall time is the load's: CICA_HOSTILE_CLOCK=cpu holds user+sys time to
  // the limit instead (the figures print both).
  const cpuClock = clock === 'cpu';
  if (strict && (cpuClock ? r.cpu : r.wall) > LIMIT_WALL_S) faults.push(`slow: ${r.wall} s wall (cpu ${r.cpu.toFixed(2)} s)`);
  if (strict && r.rssMB > LIMIT_RSS_MB) faults.push(`memory: ${Math.round(r.rssMB)} MB`);
  return faults;
}
