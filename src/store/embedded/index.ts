export * from './store-path.js';
export * from './open-embedded-store.js';
export * from './write-embedded-store.js';
export { createSchemaStatements, quoteIdentifier } from './kuzu-schema.js';
