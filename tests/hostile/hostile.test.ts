// The hostile corpus (corpus.mjs: 500+ inputs over every family of issue 10) through the built CLI. Each answer:
// no exit 3, no stack trace, a diagnostic code of the union for every failure, the output folder untouched when a
// command fails, no secret in any output (runner.mjs's judge()). The default run takes a sample (the first input of
// each family and every 40th) with a hang guard only; CICA_HOSTILE_STRICT=1 runs the whole corpus and holds each
// command to 2 s wall and 300 MB peak RSS (GNU time over the process tree). bench/hostile.mjs prints the figures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { families, hostileCorpus } from './corpus.mjs';
import { judge, runCase, setUpRoot } from './runner.mjs';

const STRICT = process.env.CICA_HOSTILE_STRICT === '1';
const corpus = hostileCorpus();
const codes = new Set(Object.keys(CODES));

function sample(): typeof corpus {
  const firsts = new Set(families(corpus).map((f) => corpus.find((c) => c.family === f)!.id));
  return corpus.filter((c, i) => firsts.has(c.id) || i % 40 === 20);
}

describe('the hostile corpus', () => {
  it('is deterministic, has 300+ inputs and covers every family of the issue', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    expect(families(corpus)).toEqual(['builtin-keys', 'enclosure-paths', 'huge-deep', 'many-parties', 'long-names', 'odd-dates', 'encodings',
      'bidi-homoglyph-control', 'yaml-bombs', 'tags', 'syntax', 'templates', 'bag-tamper', 'zip', 'invocation', 'kill-9', 'markup']);
    const again = hostileCorpus();
    expect(again.map((c) => c.id)).toEqual(corpus.map((c) => c.id));
    expect(JSON.stringify(again.map((c) => c.files))).toBe(JSON.stringify(corpus.map((c) => c.files)));
  });

  it('judges what it should: exit 3, a leak, a changed folder and an unknown code are faults', () => {
    const base = { id: 'x', family: 'x', cmd: 'validate', stdout: '{}', stderr: '', wall: 0.1, rssMB: 50, cpu: 0.1, unchanged: true, out: mkdtempSync(join(tmpdir(), 'cica-judge-')) };
    expect(judge({ ...base, status: 0 }, codes)).toEqual([]);
    expect(judge({ ...base, status: 3 }, codes)).toContain('exit 3');
    expect(judge({ ...base, status: 1, stdout: '{"files":[{"diagnostics":[{"code":"BAD_DATE","message":"m"}]}]}', unchanged: false }, codes)).toEqual(['output folder changed on error']);
    expect(judge({ ...base, status: 1, stdout: '{"d":[{"code":"NO_SUCH_CODE","message":"m"}]}' }, codes)).toEqual(['codes outside the union: NO_SUCH_CODE']);
    expect(judge({ ...base, status: 1, stdout: '' }, codes)).toEqual(['exit 1 without a diagnostic code']);
    expect(judge({ ...base, status: 2, stdout: '', stderr: "cica draft: --order must name en and ru once each (e.g. ru,en), not 'en,en'\n" }, codes)).toEqual([]);
    expect(judge({ ...base, status: 2, stdout: '', stderr: 'something went wrong\n' }, codes)).toEqual(['exit 2 without a diagnostic code']);
    expect(judge({ ...base, status: 1, stderr: 'root:x:0:0:root:/root:/bin/bash', stdout: '{"d":[{"code":"ENCLOSURE","message":"m"}]}' }, codes)).toEqual(['secret in the output']);
    expect(judge({ ...base, status: 1, stderr: 'TypeError: x\n    at f (file.js:1:2)', stdout: '{"d":[{"code":"ENCLOSURE","message":"m"}]}' }, codes)).toEqual(['stack trace or internal error']);
    expect(judge({ ...base, status: 0, wall: 2.5, rssMB: 400 }, codes, { strict: true })).toEqual(['slow: 2.5 s wall (cpu 0.10 s)', 'memory: 400 MB']);
    // Killed on purpose: a half-written PDF or a staging file left behind is a fault; whole files are not.
    const killed = mkdtempSync(join(tmpdir(), 'cica-judge-'));
    writeFileSync(join(killed, 'a.en.pdf'), '%PDF-1.7\n...\n%%EOF\n');
    expect(judge({ ...base, status: 137, out: killed, unchanged: false, killed: true, before: {} }, codes)).toEqual([]);
    writeFileSync(join(killed, 'a.ru.pdf'), '%PDF-1.7\n... cut here');
    writeFileSync(join(killed, '.a.en.pdf.tmp-1234'), 'x');
    expect(judge({ ...base, status: 137, out: killed, unchanged: false, killed: true, before: {} }, codes))
      .toEqual(['left in the output folder after kill -9: .a.en.pdf.tmp-1234', 'partial files after kill -9: a.ru.pdf']);
  });

  const setup = setUpRoot();
  afterAll(() => rmSync(setup.root, { recursive: true, force: true }));
  for (const c of STRICT ? corpus : sample()) {
    for (const cmd of c.commands) {
      it(`${c.id}: ${cmd}`, () => {
        const r = runCase(setup, c, cmd, { guardSeconds: STRICT ? 30 : 60 });
        expect(judge(r, codes, { strict: STRICT }), `${r.stderr.slice(0, 600)}\n${r.stdout.slice(0, 600)}`).toEqual([]);
      }, 120_000);
    }
  }
});
