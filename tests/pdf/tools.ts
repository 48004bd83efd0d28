// Runs the independent PDF tools (poppler, qpdf, mupdf) on bytes; tests skip when a tool is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const known = new Map<string, boolean>();

/** Whether `tool` is on PATH; warns once naming it when it is not, so a skip is never silent. */
export function has(tool: string): boolean {
  if (!known.has(tool)) {
    const found = spawnSync('which', [tool]).status === 0;
    if (!found) console.warn(`tests/pdf: '${tool}' is not installed; the tests that need it are skipped`);
    known.set(tool, found);
  }
  return known.get(tool)!;
}

export function tempFile(bytes: Uint8Array, name = 'doc.pdf'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cica-pdf-')), name);
  writeFileSync(file, bytes);
  return file;
}

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(tool: string, args: string[]): Ran {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export type Renderer = 'pdftoppm' | 'mutool';

/** Renders page 1 to an 8-bit grey PGM with poppler (pdftoppm) or mupdf (mutool draw). */
export function renderGray(pdf: Uint8Array, renderer: Renderer = 'pdftoppm', dpi = 100): { width: number; height: number; pixels: Uint8Array } {
  const file = tempFile(pdf);
  const out = file.replace(/doc\.pdf$/, 'page');
  const r =
    renderer === 'pdftoppm'
      ? run('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, out])
      : run('mutool', ['draw', '-q', '-r', String(dpi), '-c', 'gray', '-o', `${out}.pgm`, file, '1']);
  if (r.status !== 0) throw new Error(`${renderer} failed: ${r.stderr}`);
  const pgm = readFileSync(`${out}.pgm`);
  // Binary PGM (P5): "P5\n<w> <h>\n255\n" then w*h bytes.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: new Uint8Array(pgm.subarray(header[0].length)) };
}

/** Share of pixels that differ by more than `tolerance` grey levels. */
export function pixelDifference(a: Uint8Array, b: Uint8Array, tolerance = 16): number {
  if (a.length !== b.length) return 1;
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > tolerance) differing++;
  return differing / a.length;
}

/** Count of pixels darker than mid-grey: how much ink a page carries. */
export function ink(pixels: Uint8Array): number {
  let n = 0;
  for (const p of pixels) if (p < 128) n++;
  return n;
}
