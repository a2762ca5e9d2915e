// Public API of fazhi-kg: the pipeline stages and their types.
export * from './types.js';
export * from './errors.js';
export * from './ontology/index.js';
export * from './graph/index.js';
export * from './pipeline/index.js';
