export * from './create-context.js';
export * from './extract-document.js';
export * from './process-file.js';
export * from './extract-paths.js';
export * from './run-build.js';
export * from './summarize-graph.js';
export * from './build-graph-from-paths.js';
