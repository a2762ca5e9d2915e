export * from './normalize-text.js';
export * from './section-role.js';
export * from './split-passages.js';
export * from './prepare-text.js';
export * from './segment.js';
