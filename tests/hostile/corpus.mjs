// The hostile corpus (issue 10): a deterministic generator of inputs across every family of the issue, each run
// through the built CLI by runner.mjs. Plain JavaScript, so that bench/hostile.mjs runs it without a TypeScript
// step and tests/hostile/hostile.test.ts imports the very same cases. Nothing here is random: the same checkout
// gives the same corpus, case for case and byte for byte.
//
// A case: { id, family, files, input, commands?, args?, env?, prepare? }
//   files:    path (inside the case folder) -> string | Buffer | { symlink } | { fifo: true } | { dir: true } | { sparse: bytes }
//   input:    the path given to the commands (relative to the case folder, or absolute)
//   commands: which of validate, draft, bundle, verify run (default validate and draft)
//   args:     extra arguments per command; "{dir}" stands for the case folder
//   prepare:  (dir, ctx) => void, for cases built from a real bundle (ctx.bag(dest), ctx.zip(dest))
import { readFileSync, writeFileSync, appendFileSync, rmSync, symlinkSync, mkdirSync, truncateSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { crc32, deflateRawSync } from 'node:zlib';
import { Deflate } from 'fflate';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const fixture = (name) => readFileSync(join(ROOT, 'tests/model/fixtures', name), 'utf8');
export const MEMO = fixture('memorandum.yaml');
export const NOTE = fixture('note.yaml');
export const PROTOCOL = fixture('protocol.yaml');

/** The secret every case's environment and neighbourhood holds: it must never reach an output or a log. */
export const SECRET = 'HOSTILE-SECRET-4f1d2a9b7c';

const BUILTINS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', '__defineGetter__', '__lookupSetter__', 'prototype', 'then'];

/** `text` with `find` replaced once; a generator bug (the anchor is gone from the fixture) throws at once. */
function edit(text, find, replace) {
  if (!text.includes(find)) throw new Error(`corpus: "${find}" is not in the fixture`);
  return text.replace(find, replace);
}

function party(i, nameLen = 0) {
  const long = nameLen ? ` ${'Organisation '.repeat(Math.ceil(nameLen / 13)).slice(0, nameLen)}` : '';
  const ru = nameLen ? ` ${'Организации '.repeat(Math.ceil(nameLen / 12)).slice(0, nameLen)}` : '';
  return `  - id: p${i}
    name:
      en: the Secretariat of Organisation ${i}${long}
      ru:
        nom: Секретариат Организации ${i}${ru}
        gen: Секретариата Организации ${i}${ru}
        ins: Секретариатом Организации ${i}${ru}
        pre: Секретариате Организации ${i}${ru}
    abbr: { en: ORG${i}, ru: ОРГ${i} }
    short:
      en: the Secretariat ${i}
      ru: { nom: Секретариат ${i}, gen: Секретариата ${i}, ins: Секретариатом ${i}, pre: Секретариате ${i} }
`;
}

/** A memorandum of `n` parties, each signing; names padded to `nameLen` characters. */
function manyParties(n, nameLen = 0) {
  const parties = Array.from({ length: n }, (_, i) => party(i + 1, nameLen)).join('');
  const sign = Array.from({ length: n }, (_, i) => `  - party: p${i + 1}\n    title: { en: Secretary General, ru: Генеральный секретарь }\n`).join('');
  const custody = Array.from({ length: n }, (_, i) => `p${i + 1}`).join(', ');
  let text = MEMO.replace(/parties:\n[\s\S]*?\ncollective:/, `parties:\n${parties}collective:`);
  text = text.replace(/signatories:\n[\s\S]*$/, `signatories:\n${sign}`);
  return text.replace('originals: 2', `originals: ${n}`).replace('custody: [cica, csto]', `custody: [${custody}]`)
    .replace('Secretariat of CICA and the Secretariat of the CSTO', 'Secretariats').replace('Секретариатом СВМДА и Секретариатом ОДКБ', 'Секретариатами');
}

/** UTF-16 of a text, little or big endian, with or without a byte order mark. */
function utf16(text, be, bom) {
  const le = Buffer.from(text, 'utf16le');
  const body = be ? Buffer.from(le.map((_, i) => le[i ^ 1])) : le;
  return Buffer.concat([bom ? Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0), body]);
}

function u16(v) { const b = Buffer.alloc(2); b.writeUInt16LE(v & 0xffff); return b; }
function u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v >>> 0); return b; }

/** A zip built byte by byte; `size` and `csize` may lie about the entry (bombs, truncations). */
export function zipOf(entries, { comment = Buffer.alloc(0), count } = {}) {
  const locals = []; const centrals = []; let offset = 0;
  for (const e of entries) {
    const name = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name);
    const method = e.method ?? 8;
    const packed = e.packed ?? (method === 8 ? deflateRawSync(e.data) : e.data);
    const head = Buffer.concat([u16(20), u16(e.flags ?? 0x800), u16(method), u16(0), u16(0x4b34), u32(e.crc ?? crc32(e.data)),
      u32(e.csize ?? packed.length), u32(e.size ?? e.data.length), u16(name.length)]);
    const local = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), head, u16(0), name, packed]);
    centrals.push(Buffer.concat([Buffer.from('PK\x01\x02', 'latin1'), Buffer.from([20, 3]), head, u16(0), u16(0), u16(0), u16(0),
      u32(((e.mode ?? 0o100644) << 16) >>> 0), u32(e.offset ?? offset), name]));
    if (!e.centralOnly) { locals.push(local); offset += local.length; }
  }
  const cd = Buffer.concat(centrals);
  const n = count ?? centrals.length;
  return Buffer.concat([...locals, cd, Buffer.from('PK\x05\x06', 'latin1'), u16(0), u16(0), u16(n), u16(n), u32(cd.length), u32(offset), u16(comment.length), comment]);
}

/** Raw deflate of `mib` MiB of zeros, made in pieces (the bomb is small; its expansion is not held here). */
function zerosDeflated(mib) {
  const parts = [];
  const d = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const zeros = new Uint8Array(1 << 20);
  for (let i = 0; i < mib; i++) d.push(zeros, i === mib - 1);
  return Buffer.concat(parts);
}

/** All cases, in a fixed order. */
export function hostileCorpus() {
  const cases = [];
  const add = (family, name, c) => cases.push({ id: `${family}/${name}`, family, commands: ['validate', 'draft'], ...c });
  const memo = (family, name, text, extra = {}) => add(family, name, { files: { 'a.yaml': text }, input: 'a.yaml', ...extra });
  const noteWith = (family, name, enclosureFile, files = {}, extra = {}) => add(family, name, {
    files: { 'note.yaml': edit(NOTE, 'file: memorandum.yaml', `file: ${enclosureFile}`), 'memorandum.yaml': MEMO, ...files }, input: 'note.yaml', ...extra,
  });

  // 1. Keys (and values) named after JavaScript built-ins, at every level.
  const sites = [
    ['top', (k) => edit(MEMO, 'cica: 1\n', `cica: 1\n${k}: x\n`)],
    ['party', (k) => edit(MEMO, '  - id: cica\n', `  - id: cica\n    ${k}: x\n`)],
    ['text-unit', (k) => edit(MEMO, '      - id: exchange-open\n', `      - id: exchange-open\n        ${k}: x\n`)],
    ['final', (k) => edit(MEMO, 'final:\n', `final:\n  ${k}: x\n`)],
    ['name-case', (k) => edit(MEMO, '        nom: Секретариат Совещания', `        ${k}: x\n        nom: Секретариат Совещания`)],
    ['signatory', (k) => edit(MEMO, '  - party: cica\n', `  - party: cica\n    ${k}: x\n`)],
  ];
  for (const k of BUILTINS) for (const [site, make] of sites) memo('builtin-keys', `${site}-${k}`, make(JSON.stringify(k)));
  for (const k of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    noteWith('builtin-keys', `enclosure-key-${k}`, 'memorandum.yaml\n  ' + `${JSON.stringify(k)}: x`);
    noteWith('builtin-keys', `enclosed-file-${k}`, 'memorandum.yaml', { 'memorandum.yaml': edit(MEMO, 'cica: 1\n', `cica: 1\n${k}: x\n`) });
    memo('builtin-keys', `value-kind-${k}`, edit(MEMO, 'kind: memorandum', `kind: ${k}`));
    memo('builtin-keys', `value-party-${k}`, edit(MEMO, '  - party: csto', `  - party: ${k}`));
    memo('builtin-keys', `value-id-${k}`, edit(MEMO, 'id: liaison', `id: ${k}`));
    memo('builtin-keys', `xref-${k}`, edit(MEMO, 'as [[liaison]] provides', `as [[${k}]] provides`));
    memo('builtin-keys', `xref-case-${k}`, edit(MEMO, '[[art-exchange:gen]]', `[[art-exchange:${k}]]`));
    memo('builtin-keys', `lang-${k}`, edit(MEMO, 'title: { en: Memorandum, ru: Меморандум }', `title: { en: Memorandum, ru: Меморандум, ${k}: x }`));
  }

  // 2. A note's enclosure path: absolute, out of the folder, special files, links, odd spellings.
  const enclosures = [
    ['etc-passwd', '/etc/passwd'], ['proc-environ', '/proc/self/environ'], ['dev-zero', '/dev/zero'], ['dev-stdin', '/dev/stdin'],
    ['dotdot-secret', '../secret.yaml'], ['dotdot-deep', '../../../../../../etc/passwd'], ['dotdot-inside', 'sub/../../secret.yaml'],
    ['file-url', 'file:///etc/passwd'], ['windows', 'C:\\Windows\\win.ini'], ['backslash-dotdot', '..\\secret.yaml'],
    ['home', '~/.ssh/id_rsa'], ['empty', '""'], ['nul', '"memo\\0randum.yaml"'], ['long-path', `${'d/'.repeat(2000)}x.yaml`],
    ['not-yaml', 'secret.key'], ['self', 'note.yaml'], ['folder', 'sub'], ['proc-fd', '/proc/self/fd/0'],
  ];
  for (const [name, file] of enclosures) {
    noteWith('enclosure-paths', name, file, { 'sub/keep.txt': 'x', 'secret.key': `untrusted comment: ${SECRET}\n` });
  }
  noteWith('enclosure-paths', 'symlink-out', 'link.yaml', { 'link.yaml': { symlink: '../secret.yaml' } });
  noteWith('enclosure-paths', 'symlink-etc', 'link.yaml', { 'link.yaml': { symlink: '/etc/passwd' } });
  noteWith('enclosure-paths', 'symlink-loop', 'loop.yaml', { 'loop.yaml': { symlink: 'loop.yaml' } });
  noteWith('enclosure-paths', 'fifo', 'pipe.yaml', { 'pipe.yaml': { fifo: true } });
  noteWith('enclosure-paths', 'enclosure-is-note', 'other.yaml', { 'other.yaml': edit(NOTE, 'file: memorandum.yaml', 'file: memorandum.yaml') });
  noteWith('enclosure-paths', 'enclosure-broken', 'memorandum.yaml', { 'memorandum.yaml': 'cica: 1\nkind: [' });
  noteWith('enclosure-paths', 'enclosure-huge', 'memorandum.yaml', { 'memorandum.yaml': { sparse: 3 << 20 } });
  noteWith('enclosure-paths', 'enclosure-utf16', 'memorandum.yaml', { 'memorandum.yaml': utf16(MEMO, false, true) });

  // 3. Huge and deep structures.
  const deepMap = (n) => `cica: 1\nkind: memorandum\nx: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`;
  const deepList = (n) => `cica: 1\nkind: memorandum\nx: ${'['.repeat(n)}1${']'.repeat(n)}\n`;
  const blockDeep = (n) => `cica: 1\nkind: memorandum\nx:\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i + 1)}a:`).join('\n')} 1\n`;
  for (const n of [100, 1000, 10_000, 100_000]) { memo('huge-deep', `flow-map-${n}`, deepMap(n)); memo('huge-deep', `flow-list-${n}`, deepList(n)); }
  for (const n of [100, 1000, 3000]) memo('huge-deep', `block-map-${n}`, blockDeep(n));
  const nested = (depth) => {
    let out = '';
    for (let d = 0, c = 12; d < depth; d++, c += 4) out += `${' '.repeat(c)}items:\n${' '.repeat(c + 2)}- en: level ${d + 1};\n${' '.repeat(c + 4)}ru: уровень ${d + 1};\n`;
    return out;
  };
  for (const d of [5, 10, 30, 200]) memo('huge-deep', `list-depth-${d}`, edit(MEMO, '            ru: назначать офицеров связи;\n', `            ru: назначать офицеров связи;\n${nested(d)}`));
  const manyArticles = (n) => edit(MEMO, '  - id: art-final\n', Array.from({ length: n }, (_, i) => `  - heading: { en: Article ${i}, ru: Статья ${i} }\n    paragraphs:\n      - en: Text ${i}.\n        ru: Текст ${i}.\n`).join('') + '  - id: art-final\n');
  for (const n of [100, 2000, 15_000]) memo('huge-deep', `articles-${n}`, manyArticles(n));
  const manyParas = (n) => edit(MEMO, '      - id: exchange-open\n', Array.from({ length: n }, (_, i) => `      - en: Paragraph ${i} of the text.\n        ru: Абзац ${i} текста.\n`).join('') + '      - id: exchange-open\n');
  for (const n of [1000, 20_000]) memo('huge-deep', `paragraphs-${n}`, manyParas(n));
  for (const n of [20_000, 99_990, 180_000]) memo('huge-deep', `keys-${n}`, `cica: 1\n${Array.from({ length: n }, (_, i) => `k${i % Math.ceil(n / 2)}: 1\n`).join('')}`);
  memo('huge-deep', 'over-2mib', `cica: 1\n# ${'x'.repeat(2.2 * 2 ** 20)}\n`);
  memo('huge-deep', 'sparse-1gib', undefined, { files: { 'a.yaml': { sparse: 1 << 30 } } });
  memo('huge-deep', 'one-line-1mib', edit(MEMO, 'en: The Parties shall exchange information within 30 days of a request.', `en: "${'word '.repeat(200_000)}"`));
  memo('huge-deep', 'long-id-typo', edit(edit(MEMO, 'id: liaison', `id: ${'l'.repeat(40_000)}a`), '[[liaison]]', `[[${'l'.repeat(40_000)}b]]`));
  memo('huge-deep', 'many-ids-typo', edit(manyParas(3000).replace(/- en: Paragraph (\d+)/g, '- id: para-$1\n        en: Paragraph $1'), '[[liaison]]', '[[para-99999]]'));
  memo('huge-deep', 'many-xrefs', edit(MEMO, 'as [[liaison]] provides', `as ${'[[liaison]] '.repeat(20_000)}provide`));
  memo('huge-deep', 'many-emphasis', edit(MEMO, 'hold consultations.', `${'*a* '.repeat(50_000)}.`));
  memo('huge-deep', 'huge-number', edit(MEMO, 'originals: 2', `originals: 1${'0'.repeat(400)}`));
  memo('huge-deep', 'float-originals', edit(MEMO, 'originals: 2', 'originals: 2.5e308'));
  memo('huge-deep', 'negative-originals', edit(MEMO, 'originals: 2', 'originals: -2'));
  memo('huge-deep', 'many-lines-blank', `cica: 1\n${'\n'.repeat(150_000)}`);
  memo('huge-deep', 'many-comments', `cica: 1\n${'# c\n'.repeat(99_000)}kind: memorandum\n`);
  memo('huge-deep', 'many-problems', `cica: 1\n${Array.from({ length: 5000 }, (_, i) => `bad${i}: 1\n`).join('')}`);

  // 4. Many parties (signature blocks), 5. long names.
  for (const n of [3, 8, 12, 28, 60]) memo('many-parties', `parties-${n}`, manyParties(n), n > 28 ? {} : { commands: ['validate', 'draft', 'bundle'] });
  memo('many-parties', 'parties-200', manyParties(200));
  memo('many-parties', 'parties-1', manyParties(1));
  memo('many-parties', 'parties-28-long-names', manyParties(28, 300));
  memo('many-parties', 'duplicate-party-ids', manyParties(4).replace('id: p2', 'id: p1'));
  memo('many-parties', 'signatory-twice', edit(MEMO, '  - party: csto\n', '  - party: cica\n    title: { en: Deputy, ru: Заместитель }\n  - party: csto\n'));
  for (const len of [2200, 20_000]) {
    memo('long-names', `party-name-${len}`, edit(MEMO, 'en: the Secretariat of the Collective Security Treaty Organisation', `en: the Secretariat of the ${'Collective '.repeat(len / 10)}Organisation`));
    memo('long-names', `title-${len}`, edit(MEMO, 'title: { en: Memorandum, ru: Меморандум }', `title: { en: Memorandum ${'of '.repeat(len / 3)}, ru: Меморандум }`));
    memo('long-names', `word-${len}`, edit(MEMO, 'hold consultations.', `hold ${'x'.repeat(len)}.`));
    memo('long-names', `signatory-${len}`, edit(MEMO, '  - party: csto\n    title: { en: Secretary General', `  - party: csto\n    title: { en: Secretary ${'General '.repeat(len / 8)}`));
  }
  memo('long-names', 'abbr-long', edit(MEMO, 'abbr: { en: CICA, ru: СВМДА }', `abbr: { en: ${'C'.repeat(5000)}, ru: СВМДА }`));
  memo('long-names', 'russian-word-long', edit(MEMO, 'проводить консультации.', `проводить ${'консультации'.repeat(400)}.`));
  memo('long-names', 'heading-long', edit(MEMO, 'heading: { en: Exchange of information', `heading: { en: Exchange ${'of information '.repeat(500)}`));
  memo('long-names', 'digits-long', edit(MEMO, 'within 30 days', `within ${'9'.repeat(5000)} days`));

  // 6. Odd dates.
  const dates = ['0000-01-01', '0001-01-01', '1944-12-31', '2101-01-01', '9999-12-31', '2020-02-30', '2021-02-29', '2020-13-01', '2020-00-10',
    '2020-1-1', '20200101', '2020-01-01T00:00:00Z', '"2020-01-01 "', '-0001-01-01', '+2020-01-01', '2020-W01', '1e3', '2020.5', 'null', '~',
    '[2020]', '{y: 2020}', '２０２０-０１-０１', '2202'];
  for (const d of dates) {
    memo('odd-dates', `final-${d}`, edit(MEMO, 'date: 2020', `date: ${d}`));
    if (['0000-01-01', '2020-02-30', '2101-01-01', '2020-1-1', '2020-01-01T00:00:00Z', 'null', '２０２０-０１-０１'].includes(d)) {
      add('odd-dates', `note-deadline-${d}`, { files: { 'note.yaml': edit(NOTE, 'deadline: 2020-03-21', `deadline: ${d}`), 'memorandum.yaml': MEMO }, input: 'note.yaml' });
      add('odd-dates', `note-date-${d}`, { files: { 'note.yaml': edit(NOTE, 'date: 2020-03-11', `date: ${d}`), 'memorandum.yaml': MEMO }, input: 'note.yaml' });
    }
  }
  add('odd-dates', 'deadline-before-note', { files: { 'note.yaml': edit(NOTE, 'deadline: 2020-03-21', 'deadline: 2020-03-01'), 'memorandum.yaml': MEMO }, input: 'note.yaml' });
  memo('odd-dates', 'final-status-year-only', edit(edit(MEMO, 'status: draft', 'status: final'), 'date: 2020', 'date: 2020'));
  for (const epoch of ['yesterday', '-1', '1e9', '99999999999999999999', '0x10', '', ' 1600000000', '253402300800']) {
    memo('odd-dates', `source-date-epoch-${epoch || 'empty'}`, MEMO, { commands: ['draft'], env: { SOURCE_DATE_EPOCH: epoch } });
  }
  for (const tz of ['Pacific/Kiritimati', 'Etc/GMT+12', 'Nowhere/Invalid']) memo('odd-dates', `tz-${tz}`, MEMO, { commands: ['draft'], env: { TZ: tz } });
  for (const locale of ['tr_TR.UTF-8', 'ru_RU.UTF-8', 'ar_EG.UTF-8', 'C', 'xx_YY.bogus']) {
    memo('odd-dates', `locale-${locale}`, MEMO, { commands: ['validate', 'draft'], env: { LC_ALL: locale, LANG: locale, LANGUAGE: locale.slice(0, 2) } });
  }

  // 7. Encodings.
  memo('encodings', 'utf8-bom', `\ufeff${MEMO}`);
  memo('encodings', 'utf16le-bom', utf16(MEMO, false, true));
  memo('encodings', 'utf16be-bom', utf16(MEMO, true, true));
  memo('encodings', 'utf16le-nobom', utf16(MEMO, false, false));
  memo('encodings', 'utf16be-nobom', utf16(MEMO, true, false));
  memo('encodings', 'utf32le-bom', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from([...MEMO].flatMap((c) => [...u32(c.codePointAt(0))]))]));
  memo('encodings', 'windows-1251', Buffer.from([...MEMO].map((c) => { const cp = c.codePointAt(0); return cp < 0x80 ? cp : cp >= 0x410 && cp <= 0x44f ? cp - 0x410 + 0xc0 : 0x3f; })));
  memo('encodings', 'latin1', Buffer.from(edit(MEMO, 'hold consultations.', 'hold consultations à Genève.'), 'latin1'));
  for (const [name, bytes] of [['overlong', [0xc0, 0xaf]], ['surrogate', [0xed, 0xa0, 0x80]], ['ff', [0xff]], ['past-10ffff', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated', [0xe2, 0x82]], ['lone-continuation', [0x80]]]) {
    const [a, b] = MEMO.split('hold consultations.');
    memo('encodings', `invalid-${name}`, Buffer.concat([Buffer.from(a), Buffer.from(bytes), Buffer.from(`hold consultations.${b}`)]));
  }
  memo('encodings', 'nul-byte', edit(MEMO, 'hold consultations.', 'hold\0consultations.'));
  memo('encodings', 'crlf', MEMO.replace(/\n/g, '\r\n'));
  memo('encodings', 'cr-only', MEMO.replace(/\n/g, '\r'));
  memo('encodings', 'mixed-eol', MEMO.split('\n').map((l, i) => l + (i % 3 ? '\n' : '\r\n')).join(''));
  memo('encodings', 'escaped-lone-surrogate', edit(MEMO, 'en: hold consultations.', 'en: "hold \\uD800 consultations."'));
  memo('encodings', 'escaped-nul', edit(MEMO, 'en: hold consultations.', 'en: "hold \\0 consultations."'));
  memo('encodings', 'bom-mid-file', edit(MEMO, 'kind: memorandum', '\ufeffkind: memorandum'));
  memo('encodings', 'gzip-bytes', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]));

  // 8. Bidi, homoglyphs, invisible and control characters, characters the font lacks.
  const chars = {
    rlo: '\u202e', lri: '\u2066', rlm: '\u200f', zwsp: '\u200b', zwj: '\u200d', shy: '\u00ad', wj: '\u2060', bom: '\ufeff', bel: '\u0007',
    del: '\u007f', c1: '\u0085', nbsp: '\u00a0', lsep: '\u2028', psep: '\u2029', emoji: '\u{1f600}', combining: 'e\u0301', lonecombining: '\u0301',
    pua: '\ue000', fffd: '\ufffd', nonchar: '\uffff', tag: '\u{e0041}', vs16: '\ufe0f', cjk: '漢', arabic: 'عربي', hebrew: 'עברית', devanagari: 'हिन्दी',
    kelvin: '\u212a', ohm: '\u2126', micro: '\u00b5', fullwidth: 'ＣＩＣＡ', mathbold: '\u{1d402}', greekqm: '\u037e', ideosp: '\u3000',
  };
  for (const [name, ch] of Object.entries(chars)) {
    memo('bidi-homoglyph-control', `paragraph-${name}`, edit(MEMO, 'en: hold consultations.', `en: "hold ${ch} consultations."`));
    memo('bidi-homoglyph-control', `name-${name}`, edit(MEMO, 'abbr: { en: CICA,', `abbr: { en: "CI${ch}CA",`));
  }
  memo('bidi-homoglyph-control', 'cyrillic-in-latin', edit(MEMO, 'hold consultations.', 'hold соnsultations.'));
  memo('bidi-homoglyph-control', 'latin-in-cyrillic', edit(MEMO, 'проводить консультации.', 'проводить кoнсультации.'));
  memo('bidi-homoglyph-control', 'homoglyph-party-id', edit(MEMO, '  - party: csto', '  - party: сsto'));
  memo('bidi-homoglyph-control', 'homoglyph-key', edit(MEMO, 'final:\n', 'fіnal:\n'));
  memo('bidi-homoglyph-control', 'trojan-source-id', edit(MEMO, 'id: liaison', 'id: "liai\u202eson"'));
  memo('bidi-homoglyph-control', 'escape-c0', edit(MEMO, 'en: hold consultations.', 'en: "hold \\x1b[31m consultations."'));
  memo('bidi-homoglyph-control', 'ansi-in-key', `cica: 1\n"\\e[2J\\e[31mred": x\n${MEMO.slice(8)}`);

  // 9. Anchors, aliases, merge keys: expansion bombs.
  const laughs = (levels, width) => {
    let s = 'cica: 1\nkind: memorandum\na0: &a0 "lol"\n';
    for (let i = 1; i <= levels; i++) s += `a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]\n`;
    return s;
  };
  memo('yaml-bombs', 'billion-laughs', laughs(9, 10));
  memo('yaml-bombs', 'laughs-wide', laughs(3, 500));
  memo('yaml-bombs', 'laughs-deep', laughs(60, 2));
  memo('yaml-bombs', 'eleven-aliases', `cica: 1\nx: &x 1\n${Array.from({ length: 11 }, (_, i) => `y${i}: *x`).join('\n')}\n`);
  memo('yaml-bombs', 'recursive-alias', 'cica: 1\nx: &x [*x]\n');
  memo('yaml-bombs', 'self-merge', 'cica: 1\nx: &x { <<: *x }\n');
  memo('yaml-bombs', 'merge-key', edit(MEMO, 'final:\n', 'defaults: &d { originals: 2 }\nfinal:\n  <<: *d\n'));
  memo('yaml-bombs', 'alias-undefined', edit(MEMO, 'originals: 2', 'originals: *nowhere'));
  memo('yaml-bombs', 'anchor-only', edit(MEMO, 'originals: 2', 'originals: &n 2'));
  memo('yaml-bombs', 'alias-as-key', 'cica: 1\nx: &k kind\n*k : memorandum\n');
  memo('yaml-bombs', 'many-anchors', `cica: 1\n${Array.from({ length: 50_000 }, (_, i) => `k${i}: &a${i} ${i}`).join('\n')}\n`);

  // 10. Tags and directives.
  const tags = ['!!str 2020', '!!binary aGVsbG8=', '!!js/function "function(){return process.env}"', '!<tag:yaml.org,2002:python/object:os.system> x',
    '!foo bar', '!!set {a, b}', '!!omap [a: 1]', '!!timestamp 2020-01-01', '!!float 2', '!!null ""', '!!map {}', '!<!> x'];
  tags.forEach((t, i) => memo('tags', `tag-${i}-${t.split(/\s/)[0].replace(/\W+/g, '')}`, edit(MEMO, 'originals: 2', `originals: ${t}`)));
  memo('tags', 'yaml-1.1', `%YAML 1.1\n---\n${MEMO}`);
  memo('tags', 'yaml-1.2', `%YAML 1.2\n---\n${MEMO}`);
  memo('tags', 'yaml-9.9', `%YAML 9.9\n---\n${MEMO}`);
  memo('tags', 'tag-directive', `%TAG !e! tag:evil.example,2020:\n---\n${MEMO}`);
  memo('tags', 'unknown-directive', `%FOO bar\n---\n${MEMO}`);

  // 11. Syntax errors of each kind.
  const syntax = {
    'unquoted-colon': edit(MEMO, 'en: hold consultations.', 'en: The Parties agree: to meet'),
    'unclosed-double-quote': edit(MEMO, 'en: hold consultations.', 'en: "hold consultations.'),
    'unclosed-single-quote': edit(MEMO, 'en: hold consultations.', "en: 'hold consultations."),
    'one-space-indent': edit(MEMO, '  originals: 2', ' originals: 2'),
    'three-space-indent': edit(MEMO, '  originals: 2', '   originals: 2'),
    'tab-indent': edit(MEMO, '  originals: 2', '\toriginals: 2'),
    'tab-after-key': edit(MEMO, 'originals: 2', 'originals:\t2'),
    'unclosed-brace': edit(MEMO, 'abbr: { en: CICA, ru: СВМДА }', 'abbr: { en: CICA, ru: СВМДА'),
    'unclosed-bracket': edit(MEMO, 'languages: [ru, en]', 'languages: [ru, en'),
    'stray-brace': edit(MEMO, 'originals: 2', 'originals: 2}'),
    'two-documents': `${MEMO}---\n${MEMO}`,
    'document-end': `${MEMO}...\ngarbage: [\n`,
    'bad-escape': edit(MEMO, 'en: hold consultations.', 'en: "hold \\q consultations."'),
    'key-no-value': edit(MEMO, 'originals: 2', 'originals'),
    'complex-key': edit(MEMO, 'originals: 2', '? [a, b]\n  : 2'),
    'multiline-key': edit(MEMO, 'originals: 2', 'origi\n  nals: 2'),
    'block-scalar-bad': edit(MEMO, 'en: hold consultations.', 'en: |9\n    hold'),
    'dash-no-space': edit(MEMO, '  - party: csto', '  -party: csto'),
    'duplicate-keys': edit(MEMO, 'originals: 2', 'originals: 2\n  originals: 3'),
    'only-dash': 'cica: 1\n-\n',
    'only-colon': ':\n',
    'json-flow': JSON.stringify({ cica: 1, kind: 'memorandum' }),
    'scalar-document': 'just a sentence',
    'list-document': '- a\n- b\n',
    'many-syntax-errors': MEMO.split('\n').map((l, i) => (i % 7 === 3 ? ` ${l}` : l)).join('\n'),
    'empty': '',
    'whitespace-only': '   \n\n\t\n',
    'comments-only': '# todo\n# later\n',
    'absurd-nesting-mixed': `x: ${'[{'.repeat(5000)}`,
    'anchor-garbage': 'cica: 1\n&&&: x\n',
  };
  for (const [name, text] of Object.entries(syntax)) memo('syntax', name, text);

  // 12. Template abuse (--templates).
  const tpl = (name, over, extra = {}) => {
    const files = { 'a.yaml': MEMO };
    for (const f of readdirSync(join(ROOT, 'templates'))) if (f.endsWith('.hbs') || f === 'styles.json') files[`tpl/${f}`] = readFileSync(join(ROOT, 'templates', f), 'utf8');
    for (const f of readdirSync(join(ROOT, 'templates/partials'))) files[`tpl/partials/${f}`] = readFileSync(join(ROOT, 'templates/partials', f), 'utf8');
    add('templates', name, { files: { ...files, ...over }, input: 'a.yaml', commands: ['draft'], args: { draft: ['--templates', '{dir}/tpl'] }, ...extra });
  };
  const each = (n) => `${'{{#each parties}}'.repeat(n)}x${'{{/each}}'.repeat(n)}`;
  tpl('each-26-deep', { 'tpl/memorandum.en.hbs': `<p style="body">${each(26)}</p>` });
  tpl('each-6-deep', { 'tpl/memorandum.en.hbs': `<p style="body">${'{{#each ../parties}}'.repeat(6)}{{name}}${'{{/each}}'.repeat(6)}</p>` });
  tpl('raw-output', { 'tpl/memorandum.en.hbs': '<p style="body">{{{title.en}}}</p>' });
  tpl('prototype', { 'tpl/memorandum.en.hbs': '<p style="body">{{constructor.constructor}}</p>' });
  tpl('proto-lookup', { 'tpl/memorandum.en.hbs': '<p style="body">{{lookup this "__proto__"}}</p>' });
  tpl('dynamic-partial', { 'tpl/memorandum.en.hbs': '{{> (lookup . "kind")}}' });
  tpl('decorator', { 'tpl/memorandum.en.hbs': '{{* inline "x"}}' });
  tpl('unknown-helper', { 'tpl/memorandum.en.hbs': '{{evil title}}' });
  tpl('helper-bad-args', { 'tpl/memorandum.en.hbs': '{{agree title m="a"}}' });
  tpl('syntax', { 'tpl/memorandum.en.hbs': '{{#each parties}' });
  tpl('recursive-partial', { 'tpl/partials/tail.hbs': '{{> tail}}' });
  tpl('mutual-partials', { 'tpl/partials/tail.hbs': '{{> preamble}}', 'tpl/partials/preamble.hbs': '{{> tail}}' });
  tpl('symlink-template', { 'tpl/memorandum.en.hbs': { symlink: '/etc/passwd' } });
  tpl('symlink-dir', { 'tpl/partials': { symlink: '/etc' } });
  tpl('huge-template', { 'tpl/memorandum.en.hbs': { sparse: 3 << 20 } });
  tpl('styles-bad-json', { 'tpl/styles.json': '{ "body": { ' });
  tpl('styles-proto', { 'tpl/styles.json': '{ "__proto__": { "polluted": 1 }, "constructor": {} }' });
  const styles = readFileSync(join(ROOT, 'templates/styles.json'), 'utf8');
  tpl('styles-huge-size', { 'tpl/styles.json': edit(styles, '"fontSize": 14', '"fontSize": 1e308') });
  tpl('styles-zero-size', { 'tpl/styles.json': edit(styles, '"fontSize": 14', '"fontSize": 0') });
  tpl('styles-negative-space', { 'tpl/styles.json': edit(styles, '"spaceAfter": 6', '"spaceAfter": -1e9') });
  tpl('styles-line-height-zero', { 'tpl/styles.json': edit(styles, '"lineHeight": 1.15', '"lineHeight": 0') });
  tpl('styles-wrong-types', { 'tpl/styles.json': edit(styles, '"align": "center"', '"align": ["center"]') });
  tpl('unknown-style', { 'tpl/memorandum.en.hbs': '<p style="nope">x</p>' });
  tpl('markup-unclosed', { 'tpl/memorandum.en.hbs': '<p style="body">x' });
  tpl('markup-injection', { 'tpl/memorandum.en.hbs': '<p style="body">{{title.en}}</p></p><p style="body">' });
  tpl('output-flood', { 'tpl/memorandum.en.hbs': `<p style="body">${'{{#each parties}}{{#each ../parties}}{{#each ../../parties}}'.repeat(1)}${'{{../../../subtitle.en}} '.repeat(2000)}{{/each}}{{/each}}{{/each}}</p>` });
  tpl('missing-dir', {}, { args: { draft: ['--templates', '{dir}/nope'] } });
  tpl('fifo-template', { 'tpl/memorandum.ru.hbs': { fifo: true } });
  tpl('template-is-dir', { 'tpl/memorandum.ru.hbs': { dir: true } });
  tpl('log-helper', { 'tpl/memorandum.en.hbs': '{{log "x" level="error"}}<p style="body">x</p>' });
  tpl('with-constructor', { 'tpl/memorandum.en.hbs': '{{#with constructor}}{{name}}{{/with}}' });
  tpl('block-helper-missing', { 'tpl/memorandum.en.hbs': '{{#helperMissing}}x{{/helperMissing}}' });
  tpl('binary-template', { 'tpl/memorandum.en.hbs': Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0x7b]) });

  // 13. Bags tampered with, for verify.
  const bagCase = (name, tamper, extra = {}) => add('bag-tamper', name, {
    files: {}, input: 'bag', commands: ['verify'],
    prepare: (dir, ctx) => { ctx.bag(join(dir, 'bag')); tamper(join(dir, 'bag'), dir); }, ...extra,
  });
  const payload = (bag) => join(bag, 'data', readdirSync(join(bag, 'data')).find((f) => f.endsWith('.en.pdf')));
  bagCase('untouched', () => {});
  bagCase('payload-byte', (b) => { const p = payload(b); const x = readFileSync(p); x[x.length >> 1] ^= 1; writeFileSync(p, x); });
  bagCase('payload-appended', (b) => appendFileSync(payload(b), 'x'));
  bagCase('payload-deleted', (b) => rmSync(payload(b)));
  bagCase('payload-extra', (b) => writeFileSync(join(b, 'data', 'extra.txt'), 'x'));
  bagCase('tag-extra', (b) => writeFileSync(join(b, 'extra-tag.txt'), 'x'));
  bagCase('manifest-deleted', (b) => rmSync(join(b, 'manifest-sha256.txt')));
  bagCase('manifest-garbage', (b) => writeFileSync(join(b, 'manifest-sha256.txt'), Buffer.from([0xff, 0, 1, 2, 0x0a])));
  bagCase('manifest-traversal', (b) => appendFileSync(join(b, 'manifest-sha256.txt'), `${'0'.repeat(64)}  ../../../etc/passwd\n`));
  bagCase('manifest-absolute', (b) => appendFileSync(join(b, 'manifest-sha256.txt'), `${'0'.repeat(64)}  /etc/passwd\n`));
  bagCase('manifest-huge-line', (b) => appendFileSync(join(b, 'manifest-sha256.txt'), `${'0'.repeat(64)}  data/${'a'.repeat(1 << 20)}\n`));
  bagCase('manifest-many-lines', (b) => appendFileSync(join(b, 'manifest-sha256.txt'), Array.from({ length: 50_000 }, (_, i) => `${'0'.repeat(64)}  data/f${i}\n`).join('')));
  bagCase('bagit-txt-deleted', (b) => rmSync(join(b, 'bagit.txt')));
  bagCase('bagit-txt-garbage', (b) => writeFileSync(join(b, 'bagit.txt'), 'BagIt-Version: 99\nTag-File-Character-Encoding: EBCDIC\n'));
  bagCase('bag-info-garbage', (b) => writeFileSync(join(b, 'bag-info.txt'), Buffer.from([0xc0, 0xaf, 0x0a, 0x3a, 0x3a])));
  bagCase('bag-info-oxum-wrong', (b) => writeFileSync(join(b, 'bag-info.txt'), readFileSync(join(b, 'bag-info.txt'), 'utf8').replace(/Payload-Oxum: \S+/, 'Payload-Oxum: 1.1')));
  bagCase('bag-info-oxum-huge', (b) => writeFileSync(join(b, 'bag-info.txt'), readFileSync(join(b, 'bag-info.txt'), 'utf8').replace(/Payload-Oxum: \S+/, `Payload-Oxum: ${'9'.repeat(400)}.${'9'.repeat(400)}`)));
  bagCase('symlink-in-payload', (b) => symlinkSync('/etc/passwd', join(b, 'data', 'passwd')));
  bagCase('symlink-payload-replaced', (b) => { const p = payload(b); rmSync(p); symlinkSync('/etc/passwd', p); });
  bagCase('fifo-in-payload', (b) => execFileSync('mkfifo', [join(b, 'data', 'pipe')]));
  bagCase('sparse-3gib', (b) => { const p = join(b, 'data', 'big.bin'); writeFileSync(p, ''); truncateSync(p, 3 * 2 ** 30); });
  bagCase('sparse-payload-3gib', (b) => truncateSync(payload(b), 3 * 2 ** 30));
  bagCase('many-files', (b) => { mkdirSync(join(b, 'data', 'many')); for (let i = 0; i < 12_000; i++) writeFileSync(join(b, 'data', 'many', `f${i}`), ''); });
  bagCase('deep-folders', (b) => { let p = join(b, 'data'); for (let i = 0; i < 200; i++) { p = join(p, 'd'); mkdirSync(p); } });
  bagCase('signature-garbage', (b) => writeFileSync(join(b, 'tagmanifest-sha256.txt.minisig'), 'untrusted comment: x\nAAAA\ntrusted comment: y\nBBBB\n'));
  bagCase('signature-huge', (b) => writeFileSync(join(b, 'tagmanifest-sha256.txt.minisig'), 'x'.repeat(5 << 20)));
  bagCase('pub-is-secret', () => {}, { files: { 'key.pub': `untrusted comment: minisign encrypted secret key\nRWRTY0Iy${SECRET}\n` }, args: { verify: ['--pub', '{dir}/key.pub'] } });
  bagCase('pub-missing', () => {}, { args: { verify: ['--pub', '{dir}/nope.pub'] } });
  bagCase('pub-is-dev-zero', () => {}, { args: { verify: ['--pub', '/dev/zero'] } });
  bagCase('pub-is-environ', () => {}, { args: { verify: ['--pub', '/proc/self/environ'] } });
  bagCase('rebuild-untouched', () => {}, { args: { verify: ['--rebuild'] } });
  bagCase('rebuild-source-bomb', (b) => {
    const src = readdirSync(join(b, 'data', 'source')).find((f) => f.endsWith('.yaml'));
    writeFileSync(join(b, 'data', 'source', src), laughs(9, 10));
  }, { args: { verify: ['--rebuild'] } });
  bagCase('not-a-bag-file', (b, dir) => { rmSync(b, { recursive: true }); writeFileSync(b, 'not a bag'); });
  bagCase('empty-folder', (b) => { rmSync(b, { recursive: true }); mkdirSync(b); });
  bagCase('bag-is-dev-zero', () => {}, { input: '/dev/zero' });
  bagCase('bag-missing', (b) => rmSync(b, { recursive: true }));

  // 14. Zip archives: bombs, lies, traversal.
  const zipCase = (name, make) => add('zip', name, { files: {}, input: 'bag.zip', commands: ['verify'], prepare: (dir, ctx) => { writeFileSync(join(dir, 'bag.zip'), make(ctx, dir)); } });
  zipCase('untouched', (ctx) => ctx.zipBytes());
  zipCase('bomb-200mib', () => zipOf([{ name: 'bag/data/zero.bin', data: Buffer.alloc(0), packed: zerosDeflated(200), crc: 0, size: 200 << 20 }]));
  zipCase('bomb-size-lies', () => zipOf([{ name: 'bag/bagit.txt', data: Buffer.alloc(0), packed: zerosDeflated(200), size: 10 }]));
  zipCase('bomb-4gib-claimed', () => zipOf([{ name: 'bag/data/zero.bin', data: Buffer.alloc(0), packed: zerosDeflated(8), size: 0xffffffff }]));
  zipCase('bomb-many-entries', () => zipOf(Array.from({ length: 20_000 }, (_, i) => ({ name: `bag/data/f${i}`, data: Buffer.from('x'), method: 0 }))));
  zipCase('bomb-overlapping', () => zipOf(Array.from({ length: 2000 }, (_, i) => ({ name: `bag/data/a${i}`, data: Buffer.alloc(0), packed: zerosDeflated(4), size: 4 << 20, offset: 0, centralOnly: i > 0 }))));
  zipCase('nested-zip', (ctx) => zipOf([{ name: 'bag/data/inner.zip', data: ctx.zipBytes() }]));
  zipCase('traversal', () => zipOf([{ name: '../../etc/x', data: Buffer.from('x') }, { name: 'bag/bagit.txt', data: Buffer.from('BagIt-Version: 1.0\n') }]));
  zipCase('absolute', () => zipOf([{ name: '/etc/x', data: Buffer.from('x') }]));
  zipCase('duplicate-names', () => zipOf([{ name: 'bag/bagit.txt', data: Buffer.from('a') }, { name: 'bag/bagit.txt', data: Buffer.from('b') }]));
  zipCase('symlink-entry', () => zipOf([{ name: 'bag/data/link', data: Buffer.from('/etc/passwd'), mode: 0o120777, method: 0 }]));
  zipCase('truncated', (ctx) => ctx.zipBytes().subarray(0, 4000));
  zipCase('garbage', () => Buffer.from('PK\x05\x06' + '\xff'.repeat(18), 'latin1'));
  zipCase('empty-file', () => Buffer.alloc(0));
  zipCase('encrypted-flag', () => zipOf([{ name: 'bag/bagit.txt', data: Buffer.from('x'), flags: 1 }]));
  zipCase('bad-method', () => zipOf([{ name: 'bag/bagit.txt', data: Buffer.from('x'), method: 99, packed: Buffer.from('x') }]));
  zipCase('bad-crc', () => zipOf([{ name: 'bag/bagit.txt', data: Buffer.from('BagIt-Version: 1.0\n'), crc: 1 }]));
  zipCase('non-utf8-name', () => zipOf([{ name: Buffer.from([0x62, 0x61, 0x67, 0x2f, 0xff]), data: Buffer.from('x'), flags: 0x800 }]));
  zipCase('huge-comment', (ctx) => { const z = ctx.zipBytes(); return Buffer.concat([z.subarray(0, z.length - 2), u16(65535), Buffer.alloc(65535, 0x41)]); });
  zipCase('count-lies', () => zipOf([{ name: 'bag/bagit.txt', data: Buffer.from('x') }], { count: 65535 }));
  zipCase('backslash-names', () => zipOf([{ name: 'bag\\..\\..\\x', data: Buffer.from('x') }]));

  // 15. Invocations: options and paths a CI script may get wrong.
  const cli = (name, args, extra = {}) => memo('invocation', name, MEMO, { commands: ['draft'], args: { draft: args }, ...extra });
  cli('jobs-huge', [], { commands: ['bundle'], args: { bundle: ['--jobs', '1000000000'] } });
  cli('jobs-negative', [], { commands: ['bundle'], args: { bundle: ['--jobs', '-1'] } });
  cli('jobs-text', [], { commands: ['bundle'], args: { bundle: ['--jobs', 'many'] } });
  cli('jobs-fraction', [], { commands: ['bundle'], args: { bundle: ['--jobs', '1.5'] } });
  cli('page-size-bad', ['--page-size', 'A0']);
  cli('order-bad', ['--order', 'en,en']);
  cli('order-unknown', ['--order', 'fr,de']);
  cli('layout-bad', ['--layout', 'xx']);
  cli('format-bad', ['--format', 'exe']);
  cli('out-is-file', ['--out', '{dir}/a.yaml']);
  cli('out-in-proc', ['--out', '/proc/self']);
  cli('out-is-dev-null', ['--out', '/dev/null']);
  cli('out-symlink', ['--out', '{dir}/outlink'], { files: { 'a.yaml': MEMO, outlink: { symlink: '/etc' } } });
  cli('first-party-unknown', ['--first-party', 'nobody']);
  cli('name-traversal', ['--name', '../../evil'], { input: '-' });
  memo('invocation', 'input-is-folder', undefined, { files: { 'sub/keep.txt': 'x' }, input: 'sub' });
  memo('invocation', 'input-missing', undefined, { files: {}, input: 'nope.yaml' });
  memo('invocation', 'input-fifo', undefined, { files: { 'p.yaml': { fifo: true } }, input: 'p.yaml', commands: ['validate'] });
  memo('invocation', 'input-dev-zero', undefined, { files: {}, input: '/dev/zero' });
  memo('invocation', 'input-dev-urandom', undefined, { files: {}, input: '/dev/urandom' });
  memo('invocation', 'input-proc-environ', undefined, { files: {}, input: '/proc/self/environ' });
  memo('invocation', 'input-etc-passwd', undefined, { files: {}, input: '/etc/passwd' });
  memo('invocation', 'input-symlink-to-secret', undefined, { files: { 'a.yaml': { symlink: '../secret.key' } }, input: 'a.yaml' });
  memo('invocation', 'input-symlink-to-secret-map', undefined, { files: { 'a.yaml': { symlink: '../secret-map.key' } }, input: 'a.yaml' });
  memo('invocation', 'input-secret-key', undefined, { files: { 'secret.key': `untrusted comment: minisign secret key\n${SECRET}\n` }, input: 'secret.key' });
  memo('invocation', 'input-name-newline', MEMO, { files: { 'a\nb.yaml': MEMO }, input: 'a\nb.yaml' });
  memo('invocation', 'input-name-ansi', MEMO, { files: { '\u001b[31mred.yaml': MEMO }, input: '\u001b[31mred.yaml' });
  memo('invocation', 'input-name-dash', MEMO, { files: { '--help.yaml': MEMO }, input: './--help.yaml' });

  // 16. Killed (-9) while writing: the output folder holds the earlier files or every new one, whole, and nothing else.
  for (const s of [0.3, 0.6, 0.9, 1.1, 1.3, 1.5, 1.8, 2.4]) memo('kill-9', `draft-at-${s}s`, MEMO, { commands: ['draft'], kill: s });
  for (const s of [0.5, 1, 1.5, 2.5]) memo('kill-9', `bundle-at-${s}s`, MEMO, { commands: ['bundle'], args: { bundle: ['--zip'] }, kill: s });

  // 17. Markup in texts.
  const markup = {
    'double-star': 'hold **consultations**.', 'lone-star': 'hold *consultations.', 'unclosed-xref': 'hold [[liaison consultations.',
    'stray-close': 'hold ]] consultations.', 'empty-xref': 'hold [[]] consultations.', 'case-only': 'hold [[:gen]] consultations.',
    'bad-case': 'hold [[liaison:Gen]] consultations.', 'space-xref': 'hold [[ liaison ]] consultations.', 'deadline-in-memo': 'hold [[deadline]].',
    'backslash': 'hold C:\\\\dir consultations.', 'placeholder': 'hold [the date] consultations.', 'html': 'hold <script>alert(1)</script> consultations.',
    'markup-injection': 'hold </p><p style="title">x consultations.', 'handlebars': 'hold {{constructor}} {{> tail}} consultations.',
    'nested-emphasis-deep': `hold ${'*'.repeat(2000)}x${'*'.repeat(2000)}.`, 'entity': 'hold &amp; &#0; &#xD800; consultations.',
  };
  for (const [name, text] of Object.entries(markup)) memo('markup', name, edit(MEMO, 'en: hold consultations.', `en: ${JSON.stringify(text)}`));

  return cases;
}

/** Families in the order the corpus gives them. */
export function families(cases = hostileCorpus()) {
  return [...new Set(cases.map((c) => c.family))];
}
