// Templates: Handlebars templates -> our markup -> the document tree, per layout (en, ru, parallel).
export { loadTemplates, BUILTIN_DIR, type TemplateSet } from './load.js';
export { renderDocument, type Layout, type RenderOptions } from './render.js';
