// A note's letterhead as the reference sets it (issue 9 §5): the English block above the Russian block, each line
// centred on the full measure, a blank line between the blocks, in the PDF layout and the DOCX writer alike.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { layoutDocument } from '../../src/layout/index.js';
import { MARGINS } from '../../src/layout/page.js';
import type { TextItem } from '../../src/layout/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { STYLES, para, t, tree } from './fixtures.js';

const EN = ['SECRETARIAT OF THE CONFERENCE ON INTERACTION', 'AND CONFIDENCE BUILDING MEASURES IN ASIA'];
const RU = ['СЕКРЕТАРИАТ СОВЕЩАНИЯ ПО ВЗАИМОДЕЙСТВИЮ', 'И МЕРАМ ДОВЕРИЯ В АЗИИ'];
// Written interleaved on purpose: the blocks follow the order in which the languages first appear.
const letterhead = tree([
  { kind: 'letterhead', blocks: [para('letterhead', [t(EN[0]!)]), para('letterhead', [t(RU[0]!, 'ru-RU')], 'ru-RU'), para('letterhead', [t(EN[1]!)]), para('letterhead', [t(RU[1]!, 'ru-RU')], 'ru-RU')] },
  para('body', [t('The Secretariat presents its compliments.')]),
]);

describe('the letterhead in the PDF layout', () => {
  const r = layoutDocument(letterhead, { pageSize: 'A4' });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  const page = r.value.pages[0]!;
  const lines = page.items.filter((i): i is TextItem => i.kind === 'text' && i.face === 'bold');
  const line = (text: string) => lines.find((i) => i.text === text)!;

  it('sets each line whole, centred on the full measure', () => {
    const centre = MARGINS.left + (page.width - MARGINS.left - MARGINS.right) / 2;
    for (const text of [...EN, ...RU]) {
      expect(line(text), text).toBeDefined();
      expect(Math.abs(line(text).x + line(text).width / 2 - centre)).toBeLessThan(0.05);
    }
  });

  it('stacks the English block above the Russian one, a blank line between', () => {
    const step = STYLES.letterhead!.fontSize * STYLES.letterhead!.lineHeight;
    const ys = [...EN, ...RU].map((text) => line(text).y);
    expect(ys[1]! - ys[0]!).toBeCloseTo(STYLES.letterhead!.spaceAfter + step, 1);
    expect(ys[2]! - ys[1]!).toBeCloseTo(STYLES.letterhead!.spaceAfter + 2 * step, 1);
    expect(ys[3]! - ys[2]!).toBeCloseTo(STYLES.letterhead!.spaceAfter + step, 1);
  });
});

describe('the letterhead in the DOCX writer', () => {
  it('writes the English lines, then the Russian, centred, the first Russian line after a blank line', async () => {
    const xml = strFromU8(unzipSync(await writeDocx(letterhead))['word/document.xml']!);
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => m[1]!).filter((p) => /CicaLetterhead|Letterhead/.test(p));
    expect(paragraphs.map((p) => /<w:t[^>]*>([^<]*)<\/w:t>/.exec(p)?.[1])).toEqual([...EN, ...RU]);
    for (const p of paragraphs) expect(p).toContain('<w:jc w:val="center"/>');
    const gap = Math.round(STYLES.letterhead!.fontSize * STYLES.letterhead!.lineHeight * 20);
    expect(paragraphs.map((p) => /<w:spacing w:before="(\d+)"/.exec(p)?.[1])).toEqual([undefined, undefined, String(gap), undefined]);
  });
});
