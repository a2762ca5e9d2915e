export * from './explorer-data.js';
export * from './layout-view.js';
export * from './build-explorer-data.js';
export * from './bundle-explorer-client.js';
export * from './render-explorer-page.js';
export * from './export-html.js';
export * from './read-explorer-graph.js';
