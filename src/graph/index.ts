export * from './kg-graph.js';
export * from './make-id.js';
export * from './add-extraction.js';
export * from './write-graph-json.js';
export * from './read-graph-json.js';
