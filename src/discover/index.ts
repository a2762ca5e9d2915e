export * from './collect-candidates.js';
export * from './discover-paths.js';
export * from './format-candidates.js';
