// `kg export gexf`: the graph as GEXF 1.3 for Gephi, written by graphology-gexf. Node label =
// caption, `type` = node label (partition by it), colour by label and size by degree; edges carry
// their relationship type as label and kind, and a weight. Nodes and edges in key order.
import graphology from 'graphology';
import gexf from 'graphology-gexf';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KgError } from '../../errors.js';
import type { KgGraph } from '../../graph/kg-graph.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { GraphSchema } from '../../ontology/types.js';
import { sanitizeXmlText } from '../graphml/sanitize-xml-text.js';
import { collectExportRecords } from '../views/collect-export-records.js';
import { UNKNOWN_LABEL_COLOR, colorLabels } from '../views/label-colors.js';

const { MultiDirectedGraph } = graphology as unknown as typeof import('graphology');

export interface ExportGexfOptions {
  /** Keep Passage nodes and their edges (default: entity level, passages left out). */
  passages?: boolean;
  /** Graph schema (default: the bundled ontology's). */
  schema?: GraphSchema;
}

/** Strings cleaned for XML; lists as JSON arrays (Gephi's list types differ between versions). */
function cleanValues(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (Array.isArray(v)) out[k] = v.length ? sanitizeXmlText(JSON.stringify(v)) : null;
    else if (typeof v === 'string') out[k] = sanitizeXmlText(v);
    else if (v !== null && typeof v === 'object') out[k] = sanitizeXmlText(JSON.stringify(v));
    else out[k] = v;
  }
  return out;
}

function sizeOf(degree: number): number {
  return Math.round(Math.min(22, 3 + 2.2 * Math.sqrt(degree)) * 10) / 10;
}

/**
 * Writes the graph as GEXF 1.3 (a string).
 * @example await writeFile('graph.gexf', exportGexf(graph))
 */
export function exportGexf(graph: KgGraph, options: ExportGexfOptions = {}): string {
  const schema = options.schema ?? loadOntology().schema;
  const colors = colorLabels(schema);
  const { nodes, edges } = collectExportRecords(graph, schema, { passages: options.passages });
  const out = new MultiDirectedGraph();
  out.replaceAttributes({ creator: 'fazhi-kg', description: 'Knowledge graph of 法治政府建设年度报告' });
  for (const n of nodes) {
    out.addNode(sanitizeXmlText(n.key), {
      label: sanitizeXmlText(n.label),
      attributes: { type: n.type, ...cleanValues(n.props) },
      viz: { color: colors.get(n.type) ?? UNKNOWN_LABEL_COLOR, size: sizeOf(n.degree) },
    });
  }
  for (const e of edges) {
    out.addDirectedEdgeWithKey(sanitizeXmlText(e.key), sanitizeXmlText(e.source), sanitizeXmlText(e.target), {
      label: e.type,
      kind: e.type,
      weight: e.weight,
      attributes: { type: e.type, ...cleanValues(e.props) },
    });
  }
  return gexf.write(out, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, attrs) => ({ label: attrs.label, attributes: attrs.attributes, viz: attrs.viz }),
    formatEdge: (_key, attrs) => ({ label: attrs.label, kind: attrs.kind, weight: attrs.weight, attributes: attrs.attributes }),
  }) + '\n';
}

/**
 * Writes the GEXF export of a graph to `file` (folders created); returns the bytes written.
 * @example await writeGexf(graph, 'out/graph.gexf')
 */
export async function writeGexf(graph: KgGraph, file: string, options: ExportGexfOptions = {}): Promise<number> {
  const text = exportGexf(graph, options);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (err) {
    throw new KgError('E_EXPORT', `could not write the GEXF file: ${(err as Error).message}`, { where: file, cause: err });
  }
  return Buffer.byteLength(text);
}
