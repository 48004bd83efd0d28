// Diagnostics: the error values every stage returns, and their formatting.
export * from './diagnostic.js';
export * from './format.js';
export { CODES, isCode, type Catalogue } from './codes.js';
