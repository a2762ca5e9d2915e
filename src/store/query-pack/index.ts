export * from './types.js';
export * from './queries.js';
export * from './get-query-text.js';
export * from './find-named-query.js';
export * from './bind-query-params.js';
export * from './run-named-query.js';
