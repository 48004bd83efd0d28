// Test helpers: write a fixture and read its parts back as text, the way a reviewer would open the package.
import { strFromU8, unzipSync } from 'fflate';
import type { DocumentTree } from '../../src/document/index.js';
import { writeDocx } from '../../src/writers/docx/index.js';

export interface Written {
  bytes: Uint8Array;
  parts: Record<string, Uint8Array>;
  xml: (name: string) => string;
}

export async function written(tree: DocumentTree): Promise<Written> {
  const bytes = await writeDocx(tree);
  const parts = unzipSync(bytes);
  return {
    bytes,
    parts,
    xml: (name) => {
      const part = parts[name];
      if (part === undefined) throw new Error(`no part ${name}`);
      return strFromU8(part);
    },
  };
}

/** All matches of a regex's first group. */
export function all(xml: string, re: RegExp): string[] {
  return [...xml.matchAll(re)].map((m) => m[1] ?? m[0]);
}

/** Every w:r element (with its content) of a part. */
export function runs(xml: string): string[] {
  return all(xml, /(<w:r>[\s\S]*?<\/w:r>|<w:r\s[^>]*>[\s\S]*?<\/w:r>)/g);
}
