export * from './to-cypher-literal.js';
export * from './write-cypher-export.js';
