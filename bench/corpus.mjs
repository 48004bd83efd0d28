// A generated corpus of distinct agreements for the bundle benchmark (issue 13 §3): memoranda, protocols,
// agreements (the protocol's form, titled Agreement) and notes verbales each enclosing another agreement of the
// corpus, in varied sizes. Each is one of the samples in agreements/ as a skeleton, with its own articles,
// paragraphs, list items, recitals and cross-references made from a seeded generator of bilingual sentences, so
// no two files share a text and no cache can serve one from another. Deterministic: the same count gives the
// same bytes. `node bench/corpus.mjs DIR [COUNT]` writes the files; `generateCorpus(dir, count)` returns their paths.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const sample = (name) => parse(readFileSync(join(ROOT, 'agreements', `${name}.yaml`), 'utf8'));

/** mulberry32: a small seeded generator, so the corpus is the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Bilingual phrases. Every subject is plural, so each Russian verb agrees with any of them; each topic comes in
// the cases the verb phrases govern (gen, pre), and «о» becomes «об» before a vowel.
const SUBJECTS = [
  ['the Parties', 'Стороны'],
  ['the competent authorities of the Parties', 'компетентные органы Сторон'],
  ['the Secretariats of the Parties', 'секретариаты Сторон'],
  ['the focal points designated by the Parties', 'контактные лица, назначенные Сторонами,'],
];
const OPENERS = [
  ['', ''],
  ['Where necessary, ', 'При необходимости '],
  ['Within their competence, ', 'В пределах своей компетенции '],
  ['On a mutual basis, ', 'На взаимной основе '],
  ['In accordance with their internal procedures, ', 'В соответствии со своими внутренними процедурами '],
  ['Subject to the availability of resources, ', 'При наличии ресурсов '],
];
const TOPICS = [
  ['countering terrorism', 'противодействия терроризму', 'противодействии терроризму'],
  ['emergency prevention and response', 'предупреждения и ликвидации чрезвычайных ситуаций', 'предупреждении и ликвидации чрезвычайных ситуаций'],
  ['information security', 'информационной безопасности', 'информационной безопасности'],
  ['countering illicit drug trafficking', 'противодействия незаконному обороту наркотиков', 'противодействии незаконному обороту наркотиков'],
  ['environmental protection', 'охраны окружающей среды', 'охране окружающей среды'],
  ['public health', 'здравоохранения', 'здравоохранении'],
  ['education and science', 'образования и науки', 'образовании и науке'],
  ['transport and logistics', 'транспорта и логистики', 'транспорте и логистике'],
  ['cultural exchange', 'культурного обмена', 'культурном обмене'],
  ['energy cooperation', 'энергетического сотрудничества', 'энергетическом сотрудничестве'],
  ['food security', 'продовольственной безопасности', 'продовольственной безопасности'],
  ['small and medium-sized enterprise', 'малого и среднего предпринимательства', 'малом и среднем предпринимательстве'],
  ['tourism', 'туризма', 'туризме'],
  ['disaster risk reduction', 'снижения риска бедствий', 'снижении риска бедствий'],
  ['migration', 'миграции', 'миграции'],
  ['water resources management', 'управления водными ресурсами', 'управлении водными ресурсами'],
  ['digital connectivity', 'цифровой связанности', 'цифровой связанности'],
  ['confidence building measures', 'мер доверия', 'мерах доверия'],
];
const o = (pre) => (/^[аоуэи]/i.test(pre) ? `об ${pre}` : `о ${pre}`);
const VERBS = [
  (t) => [`shall exchange information on ${t[0]}`, `обмениваются информацией ${o(t[2])}`],
  (t) => [`shall cooperate in the field of ${t[0]}`, `сотрудничают в области ${t[1]}`],
  (t) => [`shall hold consultations on issues of ${t[0]}`, `проводят консультации по вопросам ${t[1]}`],
  (t) => [`may establish joint working groups on ${t[0]}`, `могут создавать совместные рабочие группы по вопросам ${t[1]}`],
  (t) => [`shall promote the exchange of experience in ${t[0]}`, `содействуют обмену опытом в области ${t[1]}`],
  (t) => [`shall inform each other of the measures taken in the field of ${t[0]}`, `информируют друг друга о мерах, принимаемых в области ${t[1]}`],
  (t) => [`may hold joint seminars and training sessions on ${t[0]}`, `могут проводить совместные семинары и учебные мероприятия по вопросам ${t[1]}`],
  (t) => [`shall prepare joint proposals on ${t[0]}`, `готовят совместные предложения по вопросам ${t[1]}`],
];
const CLOSERS = [
  ['', ''],
  [' on a regular basis', ' на регулярной основе'],
  [', and shall report annually on the results achieved', ' и ежегодно информируют друг друга о достигнутых результатах'],
  [' through diplomatic channels', ' по дипломатическим каналам'],
  [', taking into account the experience of other international organisations', ' с учётом опыта других международных организаций'],
];
const ITEM_VERBS = [
  (t) => [`exchange information on ${t[0]}`, `обмениваться информацией ${o(t[2])}`],
  (t) => [`hold meetings of experts on ${t[0]}`, `проводить совещания экспертов по вопросам ${t[1]}`],
  (t) => [`carry out joint studies in the field of ${t[0]}`, `проводить совместные исследования в области ${t[1]}`],
  (t) => [`invite each other's representatives to events on ${t[0]}`, `приглашать представителей друг друга на мероприятия по вопросам ${t[1]}`],
  (t) => [`publish joint materials on ${t[0]}`, `издавать совместные материалы по вопросам ${t[1]}`],
];
const RECITALS = [
  (t) => [`recognising the importance of cooperation in ${t[0]}`, `признавая важность сотрудничества в области ${t[1]}`],
  (t) => [`desiring to strengthen their interaction in ${t[0]}`, `желая укреплять взаимодействие в области ${t[1]}`],
  (t) => [`noting the results achieved in ${t[0]}`, `отмечая результаты, достигнутые в области ${t[1]}`],
  (t) => [`taking into account the decisions of their governing bodies on ${t[0]}`, `принимая во внимание решения своих руководящих органов по вопросам ${t[1]}`],
];
const HEADINGS = [
  (t) => [`Cooperation in ${t[0]}`, `Сотрудничество в области ${t[1]}`],
  (t) => [`Exchange of information on ${t[0]}`, `Обмен информацией ${o(t[2])}`],
  (t) => [`Joint activities in ${t[0]}`, `Совместная деятельность в области ${t[1]}`],
];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function generator(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const sentence = () => {
    const [oe, or] = pick(OPENERS);
    const [se, sr] = pick(SUBJECTS);
    const [ve, vr] = pick(VERBS)(pick(TOPICS));
    const [ce, cr] = pick(CLOSERS);
    return [cap(`${oe}${se} ${ve}${ce}.`), cap(`${or}${sr} ${vr}${cr}.`)];
  };
  const text = (lo, hi) => {
    const n = int(lo, hi);
    const en = [];
    const ru = [];
    for (let i = 0; i < n; i++) {
      const [e, q] = sentence();
      en.push(e);
      ru.push(q);
    }
    return { en: en.join(' '), ru: ru.join(' ') };
  };
  const items = () => {
    const n = int(2, 5);
    return Array.from({ length: n }, (_, i) => {
      const [e, q] = pick(ITEM_VERBS)(pick(TOPICS));
      const end = i === n - 1 ? '.' : ';';
      return { en: `${e}${end}`, ru: `${q}${end}` };
    });
  };
  const paragraph = (refs) => {
    const p = text(1, 3);
    if (r() < 0.2) {
      return { en: `${p.en} To this end, the Parties may:`, ru: `${p.ru} С этой целью Стороны могут:`, items: items() };
    }
    if (refs.length && r() < 0.25) {
      const ref = pick(refs);
      return { en: `${p.en} The measures referred to in [[${ref}]] shall be carried out on the basis of plans agreed by the Parties.`, ru: `${p.ru} Меры, указанные в [[${ref}:pre]], осуществляются на основе согласованных Сторонами планов.` };
    }
    return p;
  };
  const recital = (end) => {
    const [e, q] = pick(RECITALS)(pick(TOPICS));
    return { en: `${e}${end}`, ru: `${q}${end}` };
  };
  return { r, pick, int, text, paragraph, recital, heading: () => { const [en, ru] = pick(HEADINGS)(pick(TOPICS)); return { en, ru }; } };
}

/** The recital's closing punctuation the skeleton uses (a comma in a memorandum, a semicolon in a protocol). */
const recitalEnd = (preamble) => (preamble?.[0]?.en.trimEnd().endsWith(';') ? ';' : ',');

/** An instrument: the skeleton's own articles (or operative paragraphs), with generated ones before its last. */
function instrument(skeleton, index, g, { draft }) {
  const a = structuredClone(skeleton);
  const extra = Math.floor(g.r() ** 2 * 14);
  const end = recitalEnd(a.preamble);
  if (a.preamble) {
    const last = a.preamble.pop();
    for (let i = g.int(0, 3); i > 0; i--) a.preamble.push(g.recital(end));
    a.preamble.push(last);
  }
  const refs = [];
  if (a.articles) {
    const headed = a.articles.every((x) => x.heading);
    const made = [];
    for (let i = 0; i < Math.max(1, extra); i++) {
      const id = `gen-${index}-${i}`;
      const art = { id, ...(headed ? { heading: g.heading() } : {}), ...(g.r() < 0.3 ? { numbered: true } : {}), paragraphs: [] };
      for (let k = g.int(1, art.numbered ? 4 : 2); k > 0; k--) art.paragraphs.push(g.paragraph(refs));
      if (art.numbered && art.paragraphs.length < 2) art.paragraphs.push(g.paragraph(refs));
      made.push(art);
      refs.push(id);
    }
    a.articles.splice(a.articles.length - 1, 0, ...made);
  } else if (a.operative) {
    const made = [];
    for (let i = 0; i < Math.max(1, extra); i++) made.push(g.paragraph([]));
    a.operative.splice(a.operative.length - 1, 0, ...made);
  }
  // The Kazakhstan sample is a specimen (a final text never signed, so bundled without originals). The corpus keeps
  // every final agreement an ordinary one, so that a bundle does the same work as in the earlier figures; a draft
  // could not be a specimen anyway (SPECIMEN_IN_DRAFT).
  delete a.specimen;
  if (draft) {
    a.status = 'draft';
    delete a.final.place;
  }
  a.final.date = draft ? 2000 + (index % 27) : `20${String(10 + (index % 16)).padStart(2, '0')}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  return a;
}

/** A note verbale circulating `enclosureFile` (a draft of the corpus) under a silence procedure. */
function note(skeleton, index, g, enclosureFile) {
  const a = structuredClone(skeleton);
  const [first, ...rest] = a.body;
  a.body = [first];
  for (let i = g.int(0, 3); i > 0; i--) a.body.push(g.text(1, 3));
  a.body.push(...rest);
  a.reference = `18-4/${100 + index}emb`;
  const year = 2010 + (index % 15);
  const month = 1 + (index % 12);
  a.date = `${year}-${String(month).padStart(2, '0')}-${String(1 + (index % 17)).padStart(2, '0')}`;
  a.silence.deadline = `${year}-${String(month).padStart(2, '0')}-${String(11 + (index % 17)).padStart(2, '0')}`;
  a.enclosure = { ...a.enclosure, file: enclosureFile };
  return a;
}

const KINDS = [
  { kind: 'memorandum', skeletons: ['csto-cica-memorandum', 'cica-eco-cis-drugs-memorandum'] },
  { kind: 'protocol', skeletons: ['cica-sco-rats-protocol', 'cica-cis-emergencies-protocol', 'cica-sco-information-protocol'] },
  { kind: 'agreement', skeletons: ['kazakhstan-cica-contribution-agreement'] },
  { kind: 'note', skeletons: ['note-18-4-58emb'] },
];

/** Writes `count` agreement files into `dir` (made if need be); returns their paths in order. */
export function generateCorpus(dir, count = 100) {
  mkdirSync(dir, { recursive: true });
  const skeletons = new Map(KINDS.flatMap((k) => k.skeletons).map((s) => [s, sample(s)]));
  const files = [];
  let lastDraft;
  for (let i = 0; i < count; i++) {
    const { kind, skeletons: names } = KINDS[i % KINDS.length];
    const g = generator(0x5eed + i * 7919);
    const skeletonName = names[Math.floor(i / KINDS.length) % names.length];
    const skeleton = skeletons.get(skeletonName);
    const name = `${String(i).padStart(3, '0')}-${kind}`;
    let doc;
    if (kind === 'note') doc = note(skeleton, i, g, lastDraft);
    else {
      // Every other instrument a draft (the notes circulate drafts), the rest as their skeletons stand.
      const draft = skeleton.status === 'draft' || i % 3 === 0;
      doc = instrument(skeleton, i, g, { draft });
      if (draft) lastDraft = `${name}.yaml`;
    }
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, `# Generated by bench/corpus.mjs (agreement ${i} of ${count}, skeleton ${skeletonName}); do not edit.\n${stringify(doc, { lineWidth: 0 })}`);
    files.push(file);
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = generateCorpus(resolve(process.argv[2] ?? 'corpus'), Number(process.argv[3] ?? 100));
  console.log(`${files.length} agreements in ${resolve(process.argv[2] ?? 'corpus')}`);
}
