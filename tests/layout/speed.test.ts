// Speed: the layout of the parallel memorandum must leave the PDF writer most of the 30 ms budget (issue 4).
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/index.js';
import { sampleTrees } from './samples.js';

const samples = await sampleTrees();

describe('layout speed', () => {
  it('lays out the parallel memorandum in well under 15 ms warm (median of 30)', () => {
    const sample = samples.find((s) => s.name === 'csto-cica-memorandum.parallel');
    expect(sample, 'agreements/csto-cica-memorandum.yaml is the reference memorandum').toBeDefined();
    const tree = sample!.tree;
    for (let i = 0; i < 40; i++) layoutDocument(tree, { pageSize: 'A4' });
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const start = performance.now();
      const laid = layoutDocument(tree, { pageSize: 'A4' });
      times.push(performance.now() - start);
      expect(laid.ok).toBe(true);
    }
    times.sort((a, b) => a - b);
    const median = times[15]!;
    console.info(`layout of csto-cica-memorandum.parallel: median ${median.toFixed(2)} ms warm`);
    expect(median).toBeLessThan(15);
  });
});
