// cica diff end to end: a negotiating round (tests/fixtures/diff: an inserted article, a deleted paragraph, a moved
// article, a change in both languages, a change in English only), read back by independent tools; the git form; bad
// input; and the family of every sample against itself and with an article inserted before the others.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const ROOT = resolve(__dirname, '../..');
const CICA = join(ROOT, 'bin/cica');
const FIX = join(ROOT, 'tests/fixtures/diff');
const OLD = join(FIX, 'eco-cis-round-1.yaml');
const NEW = join(FIX, 'eco-cis-round-2.yaml');
const has = (tool: string) => spawnSync('which', [tool]).status === 0;
for (const tool of ['pandoc', 'pdftotext', 'soffice', 'git']) if (!has(tool)) console.warn(`tests/diff: ${tool} is not installed; the tests that read back with it are skipped`);

const work = mkdtempSync(join(tmpdir(), 'cica-diff-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cica(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CICA, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, input: '' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const pandoc = (file: string, mode: string) => spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', `--track-changes=${mode}`, file], { encoding: 'utf8' }).stdout;
/** pandoc keeps an empty table row where a whole row was deleted or inserted (it does not read w:trPr's w:ins and
 *  w:del, which Word and LibreOffice act on): rows with no text are left out of the comparison, as are grid lines. */
const words = (text: string) => text.replace(/\u00ad/g, '').split('\n').map((l) => l.replace(/[|+=-]{2,}|\|/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');

describe('a negotiating round: cica diff round-1 round-2', () => {
  const out = join(work, 'round');
  const run = cica(['diff', OLD, NEW, '--out', out]);

  it('writes a redline per layout and format, and says what changed', () => {
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['en', 'parallel', 'ru'].flatMap((l) => ['docx', 'pdf'].map((f) => `eco-cis-round-2.${l}.redline.${f}`)).sort());
    expect(run.out).toMatch(/45 units: 2 changed, 2 inserted, 1 deleted, 2 moved; 1 changed in one language only/);
  });

  it('reports the change made in English only at its line:col in the new file', () => {
    const lines = run.err.split('\n').filter((l) => /CHANGED_IN_ONE_LANGUAGE|NUMBER_CHANGED|DATE_CHANGED|REFERENCE_CHANGED|ADDED_IN_ONE|REMOVED_IN_ONE/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${NEW}:121:13  CHANGED_IN_ONE_LANGUAGE (warning)`);
    expect(lines[0]).toContain('changed in English only');
  });

  it('--strict makes it an error (exit 1, the redlines still written); --json gives it to CI', () => {
    const strict = cica(['diff', OLD, NEW, '--out', join(work, 'strict'), '--strict', '--json']);
    expect(strict.code).toBe(1);
    const json = JSON.parse(strict.out);
    expect(json.ok).toBe(false);
    expect(json.findings).toEqual([expect.objectContaining({ code: 'CHANGED_IN_ONE_LANGUAGE', severity: 'error', file: NEW, line: 121, col: 13 })]);
    expect(json.summary).toEqual({ inserted: 2, deleted: 1, moved: 2, changed: 2, units: 45 });
    expect(json.written).toHaveLength(6);
  });

  describe.skipIf(!has('pandoc'))('Word: pandoc reads the tracked changes back', () => {
    const plain = join(work, 'plain');
    cica(['draft', OLD, NEW, '--format', 'docx', '--out', plain]);
    for (const layout of ['en', 'ru', 'parallel']) {
      it(`accepting every change of the ${layout} redline gives round 2, rejecting every change round 1`, () => {
        const redline = join(out, `eco-cis-round-2.${layout}.redline.docx`);
        const plainText = (name: string) => words(spawnSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', join(plain, `${name}.${layout}.docx`)], { encoding: 'utf8' }).stdout);
        expect(words(pandoc(redline, 'accept'))).toBe(plainText('eco-cis-round-2'));
        expect(words(pandoc(redline, 'reject'))).toBe(plainText('eco-cis-round-1'));
      });
    }

    it('shows every kind of change as insertions and deletions by the author given', () => {
      const authored = cica(['diff', OLD, NEW, '--out', join(work, 'authored'), '--layout', 'en', '--format', 'docx', '--author', 'Legal Officer, CICA']);
      expect(authored.code).toBe(0);
      const all = spawnSync('pandoc', ['-f', 'docx', '-t', 'html', '--track-changes=all', join(work, 'authored', 'eco-cis-round-2.en.redline.docx')], { encoding: 'utf8' }).stdout.replace(/\u00ad/g, '');
      const ins = (all.match(/class="insertion"[^>]*>/g) ?? []).join('\n');
      expect(ins).toContain('data-author="Legal Officer, CICA"');
      // The inserted article, the English-only word, the change in both languages, the moved article.
      for (const text of ['Confidentiality', 'lasting', 'sixty']) expect(all).toMatch(new RegExp(`class="insertion"[^>]*>[^<]*${text}`));
      for (const text of ['thirty', 'The plan referred to']) expect(all).toMatch(new RegExp(`class="deletion"[^>]*>[^<]*${text}`));
    });
  });

  it.skipIf(!has('pdftotext'))('the redline PDFs hold the old and the new words', () => {
    for (const layout of ['en', 'parallel']) {
      const text = spawnSync('pdftotext', [join(out, `eco-cis-round-2.${layout}.redline.pdf`), '-'], { encoding: 'utf8' }).stdout.replace(/-\n/g, '').replace(/\s+/g, ' ');
      for (const w of ['thirty', 'sixty', 'lasting', 'Confidentiality', 'The plan referred to in', 'Focal points', 'Expenses']) expect(text, `${layout}: ${w}`).toContain(w);
    }
    const ru = spawnSync('pdftotext', [join(out, 'eco-cis-round-2.ru.redline.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/-\n/g, '').replace(/\s+/g, ' ');
    for (const w of ['тридцати', 'шестидесяти', 'Конфиденциальность']) expect(ru).toContain(w);
  });

  it.skipIf(!has('soffice'))('LibreOffice opens and converts every redline DOCX', () => {
    const pdfs = join(work, 'lo');
    const files = readdirSync(out).filter((f) => f.endsWith('.docx')).map((f) => join(out, f));
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfs, ...files], { encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(pdfs).filter((f) => f.endsWith('.pdf'))).toHaveLength(files.length);
    if (has('pdftotext')) {
      // LibreOffice shows tracked changes as they stand: both the old and the new words are on its pages.
      const text = spawnSync('pdftotext', [join(pdfs, 'eco-cis-round-2.en.redline.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain('thirty');
      expect(text).toContain('sixty');
    }
  }, 300_000);

  it('gives the same bytes in every time zone and locale', () => {
    const again = join(work, 'again');
    const r = cica(['diff', OLD, NEW, '--out', again], ROOT, { TZ: 'Asia/Almaty', LANG: 'ru_RU.UTF-8', LC_ALL: 'ru_RU.UTF-8' });
    expect(r.code).toBe(0);
    for (const f of readdirSync(out)) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });
});

describe.skipIf(!has('git'))('the git form: cica diff REV:PATH PATH', () => {
  it('reads the old version from git and writes what the two files would', () => {
    const repo = join(work, 'repo');
    const git = (...args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
    spawnSync('mkdir', ['-p', join(repo, 'agreements')]);
    git('init', '-q');
    git('config', 'user.email', 'officer@example.org');
    git('config', 'user.name', 'Officer');
    cpSync(OLD, join(repo, 'agreements/eco-cis.yaml'));
    git('add', '.');
    git('commit', '-qm', 'round 1');
    cpSync(NEW, join(repo, 'agreements/eco-cis.yaml'));
    const r = cica(['diff', 'HEAD:agreements/eco-cis.yaml', 'agreements/eco-cis.yaml', '--out', 'out', '--layout', 'en', '--json'], repo);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.summary).toEqual({ inserted: 2, deleted: 1, moved: 2, changed: 2, units: 45 });
    expect(json.findings[0]).toMatchObject({ file: 'agreements/eco-cis.yaml', line: 121, col: 13 });
    const direct = cica(['diff', OLD, join(repo, 'agreements/eco-cis.yaml'), '--out', join(work, 'direct'), '--layout', 'en']);
    expect(direct.code).toBe(0);
    for (const f of ['eco-cis.en.redline.docx', 'eco-cis.en.redline.pdf']) expect(readFileSync(join(repo, 'out', f)).equals(readFileSync(join(work, 'direct', f))), f).toBe(true);
    // A version git does not have is a bad invocation, named.
    const missing = cica(['diff', 'HEAD~5:agreements/eco-cis.yaml', 'agreements/eco-cis.yaml', '--out', 'out2'], repo);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('HEAD~5:agreements/eco-cis.yaml');
    // Positions inside a version read from git name it as REV:PATH.
    writeFileSync(join(repo, 'agreements/eco-cis.yaml'), readFileSync(OLD, 'utf8').replace('kind: memorandum', 'kind: memorandun'));
    git('commit', '-qam', 'broken');
    const broken = cica(['diff', 'HEAD:agreements/eco-cis.yaml', NEW, '--out', 'out3'], repo);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/HEAD:agreements\/eco-cis\.yaml:\d+:\d+/);
  });
});

describe('bad input writes nothing', () => {
  it('an invalid version: its diagnostics, exit 2, the output folder untouched', () => {
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, readFileSync(NEW, 'utf8').replace('heading: { en: Confidentiality, ru: Конфиденциальность }', 'heading: { en: Confidentiality }'));
    const out = join(work, 'bad-out');
    const r = cica(['diff', OLD, bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.yaml:\d+:\d+/);
    expect(spawnSync('ls', [out]).status).not.toBe(0);
  });

  it('two different kinds of agreement are not versions of one', () => {
    const r = cica(['diff', OLD, join(ROOT, 'agreements/note-18-4-58emb.yaml'), '--out', join(work, 'kinds')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('DIFF_NOT_COMPARABLE');
  });

  it('refuses an unknown layout or an empty author', () => {
    expect(cica(['diff', OLD, NEW, '--layout', 'fr']).code).toBe(2);
    expect(cica(['diff', OLD, NEW, '--author', ' ']).code).toBe(2);
  });
});

describe('every sample', () => {
  const samples = readdirSync(join(ROOT, 'agreements')).filter((f) => f.endsWith('.yaml'));
  for (const sample of samples) {
    it(`${sample}: against itself, nothing changed`, () => {
      const file = join(ROOT, 'agreements', sample);
      const r = cica(['diff', file, file, '--out', join(work, `self-${sample}`), '--format', 'pdf', '--layout', 'en', '--json']);
      expect(r.code, r.err).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.summary).toMatchObject({ inserted: 0, deleted: 0, moved: 0, changed: 0 });
      expect(json.findings).toEqual([]);
    });
  }

  // An article with no id inserted before every other: the others are known by their ids or, without one, by their
  // content, never by their place; nothing else is inserted, deleted or changed, and renumbering is no finding.
  for (const sample of samples) {
    const doc = parseDocument(readFileSync(join(ROOT, 'agreements', sample), 'utf8'));
    const articles = doc.get('articles');
    if (!articles || typeof articles !== 'object' || !('items' in articles) || (articles as { items: unknown[] }).items.length === 0) continue;
    it(`${sample}: an article inserted first is the only change`, () => {
      const inserted = doc.clone();
      (inserted.get('articles') as { items: unknown[] }).items.unshift(inserted.createNode({
        heading: { en: 'Definitions', ru: 'Определения' },
        paragraphs: [{ en: 'For the purposes of this instrument the terms below have the meanings given.', ru: 'Для целей настоящего документа приведённые ниже термины имеют указанные значения.' }],
      }));
      const file = join(work, `inserted-${sample}`);
      writeFileSync(file, inserted.toString());
      // The enclosure and other relative paths stay as they were: copy the sample's folder neighbours.
      const r = cica(['diff', join(ROOT, 'agreements', sample), file, '--out', join(work, `ins-out-${sample}`), '--format', 'pdf', '--layout', 'en', '--json']);
      expect(r.code, r.err).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.summary).toMatchObject({ inserted: 2, deleted: 0, moved: 0, changed: 0 });
      expect(json.findings).toEqual([]);
    });
  }
});
