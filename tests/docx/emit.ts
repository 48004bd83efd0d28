// Child-process script for the reproducibility test: writes every fixture and prints "name sha256" lines.
// With CICA_SHIFT_CLOCK=1 the clock runs years ahead, so any time that leaks into the bytes shows.
import { createHash } from 'node:crypto';
import { writeDocx } from '../../src/writers/docx/index.js';
import { fixtures } from './fixtures.js';

if (process.env['CICA_SHIFT_CLOCK'] === '1') {
  const RealDate = Date;
  const offset = 7 * 365 * 24 * 3600 * 1000 + 12345;
  class ShiftedDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as ConstructorParameters<typeof Date>));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

for (const [name, tree] of Object.entries(fixtures)) {
  const bytes = await writeDocx(tree);
  console.log(`${name} ${createHash('sha256').update(bytes).digest('hex')}`);
}
