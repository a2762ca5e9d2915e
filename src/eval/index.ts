export * from './load-gold.js';
export * from './score-extractions.js';
