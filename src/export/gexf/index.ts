export * from './export-gexf.js';
