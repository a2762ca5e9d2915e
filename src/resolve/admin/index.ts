export * from './admin-name-grammar.js';
export * from './load-divisions.js';
export * from './admin-index.js';
export * from './find-admin-names.js';
export * from './resolve-admin.js';
