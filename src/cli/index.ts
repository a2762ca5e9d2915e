export * from './program.js';
export * from './io.js';
