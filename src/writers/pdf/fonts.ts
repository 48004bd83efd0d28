// The four PT Serif faces as parsed TrueType files, read once per process and shared by every document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Face } from '../../layout/types.js';
import { readSfnt, type SfntFont } from './sfnt.js';

const FILES: Record<Face, { file: string; postscriptName: string }> = {
  regular: { file: '400Regular/PTSerif_400Regular.ttf', postscriptName: 'PTSerif-Regular' },
  bold: { file: '700Bold/PTSerif_700Bold.ttf', postscriptName: 'PTSerif-Bold' },
  italic: { file: '400Regular_Italic/PTSerif_400Regular_Italic.ttf', postscriptName: 'PTSerif-Italic' },
  boldItalic: { file: '700Bold_Italic/PTSerif_700Bold_Italic.ttf', postscriptName: 'PTSerif-BoldItalic' },
};

export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

let packageDir: string | undefined;
const cache = new Map<Face, SfntFont>();

/** Path of a face's TTF inside @expo-google-fonts/pt-serif (resolved from this module, not the cwd). */
export function fontFilePath(face: Face): string {
  packageDir ??= dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/pt-serif/package.json'));
  return join(packageDir, FILES[face].file);
}

/** The parsed font of a face; parsed on first use, then cached for the life of the process. */
export function sfntFor(face: Face): SfntFont {
  let font = cache.get(face);
  if (!font) {
    font = readSfnt(new Uint8Array(readFileSync(fontFilePath(face))), FILES[face].postscriptName);
    cache.set(face, font);
  }
  return font;
}
