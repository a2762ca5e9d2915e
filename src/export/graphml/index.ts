export * from './export-graphml.js';
export * from './describe-attributes.js';
export * from './sanitize-xml-text.js';
