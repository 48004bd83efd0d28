// The document tree: typed blocks and inlines that templates produce and writers render; a printer for tests.
export * from './tree.js';
export * from './page.js';
export { printDocument } from './printer.js';
export { appendSection } from './sections.js';
export { eachText, inlineChildren, mapBlocks, mapInlines, walkBlocks, withChange, type BlockMapper, type BlockVisitor, type ParagraphPlace } from './walk.js';
export { documentKey } from './key.js';
