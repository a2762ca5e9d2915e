export * from './map-in-order.js';
export * from './create-extract-pool.js';
export * from './worker-messages.js';
export * from './resolve-jobs.js';
