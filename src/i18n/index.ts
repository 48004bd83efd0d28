// Language helpers for English and Russian: dates, number words, labels, lists, cross-references, typography.
export * from './pieces.js';
export * from './dates.js';
export * from './numbers.js';
export * from './labels.js';
export * from './lists.js';
export * from './xrefs.js';
export * from './typography.js';
export * from './languages.js';
export * from './titles.js';
