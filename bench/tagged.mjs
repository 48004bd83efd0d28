// `node bench/tagged.mjs` (after `npm run build`): what tagging costs (issue 12 §1). Every sample in every layout is
// laid out once and written twice, as it is (tagged) and with its structure and every item's tag and artifact
// dropped (the untagged writer path); bytes and the best of seven writePdf times each. Figures only.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { loadForDraft, draftTree, loadTemplates } = await import(join(dist, 'draft.js'));
const { layoutDocument } = await import(join(dist, 'layout/index.js'));
const { writePdf } = await import(join(dist, 'writers/pdf/index.js'));

const templates = (await loadTemplates()).value;
const files = readdirSync(join(root, 'agreements')).filter((f) => f.endsWith('.yaml')).sort();
const best = async (fn, n = 7) => { let b = Infinity; let r; for (let i = 0; i < n; i++) { const t = performance.now(); r = await fn(); b = Math.min(b, performance.now() - t); } return [b, r]; };
let sums = [0, 0, 0, 0, 0, 0];
for (const f of files) {
  const loaded = (await loadForDraft(join(root, 'agreements', f))).value;
  for (const layout of ['en', 'ru', 'parallel']) {
    const tree = (await draftTree(loaded, layout, { order: ['en', 'ru'], pageSize: 'A4', templates, creator: 'bench' })).value.tree;
    const [layMs, laid] = await best(() => layoutDocument(tree, { pageSize: 'A4' }).value);
    const plain = { ...laid, structure: undefined, pages: laid.pages.map((p) => ({ ...p, items: p.items.map(({ tag, artifact, ...rest }) => rest) })) };
    const [tMs, tBytes] = await best(() => writePdf(laid));
    const [uMs, uBytes] = await best(() => writePdf(plain));
    sums = [sums[0] + uBytes.length, sums[1] + tBytes.length, sums[2] + uMs, sums[3] + tMs, sums[4] + layMs, sums[5] + 1];
    console.log(`${f.replace('.yaml', '')}.${layout}\t${laid.pages.length}p\tbytes ${uBytes.length} -> ${tBytes.length} (+${tBytes.length - uBytes.length})\twrite ${uMs.toFixed(1)} -> ${tMs.toFixed(1)} ms\tlayout ${layMs.toFixed(1)} ms`);
  }
}
const n = sums[5];
console.log(`total ${n} PDFs: bytes ${sums[0]} -> ${sums[1]} (+${((sums[1] / sums[0] - 1) * 100).toFixed(1)}%, +${((sums[1] - sums[0]) / n / 1024).toFixed(1)} KiB a PDF); write ${sums[2].toFixed(0)} -> ${sums[3].toFixed(0)} ms (+${((sums[3] - sums[2]) / n).toFixed(1)} ms a PDF); layout ${(sums[4] / n).toFixed(1)} ms a PDF`);
