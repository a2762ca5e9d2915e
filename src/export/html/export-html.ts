// `kg export html`: the knowledge graph as one self-contained, offline HTML explorer.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KgError } from '../../errors.js';
import type { KgGraph } from '../../graph/kg-graph.js';
import { buildExplorerData, type BuildExplorerDataOptions } from './build-explorer-data.js';
import { loadExplorerClient } from './bundle-explorer-client.js';
import { VIEW_NAMES } from './explorer-data.js';
import { renderExplorerPage } from './render-explorer-page.js';

export type ExportHtmlOptions = BuildExplorerDataOptions;

/**
 * Renders the explorer page of a graph: sigma.js, graphology and the data inline, no network.
 * @example await writeFile('graph.html', await exportHtml(graph, { view: 'practices' }))
 */
export async function exportHtml(graph: KgGraph, options: ExportHtmlOptions = {}): Promise<string> {
  if (options.view !== undefined && !VIEW_NAMES.includes(options.view)) {
    throw new KgError('E_USAGE', `unknown view "${String(options.view)}"; expected one of ${VIEW_NAMES.join(', ')}`, { where: 'exportHtml' });
  }
  const data = buildExplorerData(graph, options);
  return renderExplorerPage(data, await loadExplorerClient());
}

/**
 * Writes the explorer to `file` (folders created). Used by `kg export html` and `npm run demo`.
 * @example const { file } = await writeHtmlExplorer(graph, 'out/graph.html')
 */
export async function writeHtmlExplorer(graph: KgGraph, file: string, options: ExportHtmlOptions = {}): Promise<{ file: string; bytes: number }> {
  const html = await exportHtml(graph, options);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, html);
  } catch (err) {
    throw new KgError('E_EXPORT', `could not write the HTML explorer: ${(err as Error).message}`, { where: file, cause: err });
  }
  return { file, bytes: Buffer.byteLength(html) };
}
