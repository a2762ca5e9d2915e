export * from './neo4j-queries.js';
export * from './collect-graph-rows.js';
export * from './plan-neo4j-writes.js';
export * from './neo4j-connection.js';
export * from './load-neo4j.js';
export * from './render-grass.js';
export * from './open-neo4j-store.js';
export * from './read-built-graph.js';
