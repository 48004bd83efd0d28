// The document tree: typed blocks and inlines that templates produce and writers render.
export * from './tree.js';
