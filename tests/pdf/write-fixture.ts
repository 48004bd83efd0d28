// Writes the watermarked bilingual fixture and the memorandum as PDF to the paths given, for the test that
// compares bytes across separate processes and time zones (run with vite-node, see reproducible.test.ts).
import { writeFileSync } from 'node:fs';
import { writePdf } from '../../src/writers/pdf/index.js';
import { bilingual, watermark } from './fixtures.js';
import { memorandum } from './memorandum.js';

const [bilingualPath, memorandumPath] = process.argv.slice(2);
if (!bilingualPath || !memorandumPath) throw new Error('usage: write-fixture.ts <bilingual.pdf> <memorandum.pdf>');
writeFileSync(bilingualPath, await writePdf(bilingual([watermark()])));
writeFileSync(memorandumPath, await writePdf(memorandum()));
