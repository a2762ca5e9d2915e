export * from './find-issuer.js';
export * from './find-self-references.js';
export * from './read-report-lines.js';
