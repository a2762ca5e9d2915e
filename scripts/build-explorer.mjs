#!/usr/bin/env node
// Part of `npm run build` (after tsc): bundles the HTML explorer's browser script (sigma.js,
// graphology, src/export/html/client) into dist/export/html/explorer-client.js with esbuild, so
// `kg export html` does not bundle at run time. The file is generated, never committed.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const module = join(root, 'dist', 'export', 'html', 'bundle-explorer-client.js');
if (!existsSync(module)) {
  console.error(`build-explorer: ${relative(root, module)} is missing; run tsc first (npm run build does)`);
  process.exit(1);
}
const { writePrebuiltClient } = await import(pathToFileURL(module).href);
const started = performance.now();
const file = await writePrebuiltClient();
console.log(`build-explorer: wrote ${relative(root, file)} in ${Math.round(performance.now() - started)} ms`);
