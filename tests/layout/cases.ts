// Every document the layout tests run over: the hand-written fixtures, and every sample agreement in every layout.
import type { DocumentTree } from '../../src/document/index.js';
import type { PageSizeName } from '../../src/layout/index.js';
import { englishMemorandum, note, parallelMemorandum } from './fixtures.js';
import { sampleTrees } from './samples.js';

export interface Case {
  name: string;
  tree: DocumentTree;
  pageSize: PageSizeName;
}

export async function allCases(): Promise<Case[]> {
  const cases: Case[] = [
    { name: 'fixture-english-memorandum.a4', tree: englishMemorandum(), pageSize: 'A4' },
    { name: 'fixture-english-memorandum.letter', tree: englishMemorandum(), pageSize: 'Letter' },
    { name: 'fixture-parallel-memorandum.a4', tree: parallelMemorandum(), pageSize: 'A4' },
    { name: 'fixture-note.a4', tree: note(), pageSize: 'A4' },
  ];
  for (const sample of await sampleTrees()) cases.push({ name: sample.name, tree: sample.tree, pageSize: 'A4' });
  return cases;
}
