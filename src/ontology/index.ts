export * from './types.js';
export * from './load-ontology.js';
