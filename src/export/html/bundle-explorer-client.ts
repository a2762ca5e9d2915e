// Produces the explorer's browser script: sigma.js, graphology and client/ bundled into one
// script by esbuild. `npm run build` writes it next to the compiled module (explorer-client.js);
// without that file (running from src/, a fresh checkout) it is bundled on first use (~100 ms).
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../../errors.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Name of the prebuilt bundle, written beside this module by scripts/build-explorer.mjs. */
export const PREBUILT_CLIENT_FILE = 'explorer-client.js';

let cached: Promise<string> | null = null;

/** The client entry beside this module: main.ts in src/, main.js in dist/. */
export function findClientEntry(dir: string = HERE): string {
  for (const name of ['main.ts', 'main.js']) {
    const file = join(dir, 'client', name);
    if (existsSync(file)) return file;
  }
  throw new KgError('E_EXPORT', `expected the explorer client (client/main.ts or client/main.js), found neither`, { where: dir });
}

/**
 * Bundles the client with esbuild (minified IIFE, no external imports).
 * @example const js = await bundleExplorerClient()
 */
export async function bundleExplorerClient(entry: string = findClientEntry()): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch (err) {
    throw new KgError('E_EXPORT', 'the explorer needs esbuild to bundle its script; run `npm install`', { where: entry, cause: err });
  }
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

/** The client script: the prebuilt bundle when present, else bundled once per process. */
export function loadExplorerClient(): Promise<string> {
  const prebuilt = join(HERE, PREBUILT_CLIENT_FILE);
  cached ??= existsSync(prebuilt) ? readFile(prebuilt, 'utf8') : bundleExplorerClient();
  cached.catch(() => (cached = null));
  return cached;
}

/** Writes the prebuilt bundle (used by `npm run build`). Returns the file written. */
export async function writePrebuiltClient(dir: string = HERE): Promise<string> {
  const file = join(dir, PREBUILT_CLIENT_FILE);
  await writeFile(file, await bundleExplorerClient(findClientEntry(dir)));
  return file;
}
