// `kg export gexf`: the graph as GEXF 1.3 for Gephi, in graphology-gexf's layout. Node label =
// caption, `type` = node label (partition by it), colour by label and size by degree; edges carry
// their relationship type as label and kind, and a weight. Nodes and edges in key order. The file
// is written as it is made (at 20,000 reports it is longer than a string can be).
import type { KgGraph } from '../../graph/kg-graph.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { GraphSchema } from '../../ontology/types.js';
import { sanitizeXmlText } from '../graphml/sanitize-xml-text.js';
import { listExportRecords, type ExportRecordLists } from '../views/collect-export-records.js';
import { UNKNOWN_LABEL_COLOR, colorLabels } from '../views/label-colors.js';
import { exportToString, writeExportFile } from '../write-export-file.js';
import { writeGexfDocument, type GexfDocument } from './write-gexf-document.js';

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

/** Export records as GEXF elements (strings cleaned for XML), made on demand. */
function toGexfDocument(records: ExportRecordLists, schema: GraphSchema): GexfDocument {
  const colors = colorLabels(schema);
  return {
    meta: { creator: 'fazhi-kg', description: 'Knowledge graph of 法治政府建设年度报告' },
    *nodes() {
      for (const n of records.nodes()) {
        yield {
          key: sanitizeXmlText(n.key),
          label: sanitizeXmlText(n.label),
          attributes: { type: n.type, ...cleanValues(n.props) },
          viz: { color: colors.get(n.type) ?? UNKNOWN_LABEL_COLOR, size: sizeOf(n.degree) },
        };
      }
    },
    *edges() {
      for (const e of records.edges()) {
        yield {
          key: sanitizeXmlText(e.key),
          source: sanitizeXmlText(e.source),
          target: sanitizeXmlText(e.target),
          label: e.type,
          kind: e.type,
          weight: e.weight,
          attributes: { type: e.type, ...cleanValues(e.props) },
        };
      }
    },
  };
}

/**
 * Writes the graph as GEXF 1.3 through `write`, piece by piece.
 * @example writeGexfTo(graph, (text) => parts.push(text))
 */
export function writeGexfTo(graph: KgGraph, write: (text: string) => void, options: ExportGexfOptions = {}): void {
  const schema = options.schema ?? loadOntology().schema;
  writeGexfRecordsTo(listExportRecords(graph, schema, { passages: options.passages }), schema, write);
}

/** Writes export records (of a graph, or read from a build: streamExportRecords) as GEXF 1.3 through `write`. */
function writeGexfRecordsTo(records: ExportRecordLists, schema: GraphSchema, write: (text: string) => void): void {
  writeGexfDocument(toGexfDocument(records, schema), write);
  write('\n');
}

/**
 * Writes export records read from a build (see streamExportRecords) as GEXF 1.3 to `file`; returns
 * the bytes written.
 * @example const records = await streamExportRecords('out', schema); await writeGexfRecords(records, schema, 'out/graph.gexf')
 */
export async function writeGexfRecords(records: ExportRecordLists, schema: GraphSchema, file: string): Promise<number> {
  return writeExportFile(file, 'the GEXF file', (write) => writeGexfRecordsTo(records, schema, write));
}

/**
 * Writes the graph as GEXF 1.3 (a string).
 * @example await writeFile('graph.gexf', exportGexf(graph))
 */
export function exportGexf(graph: KgGraph, options: ExportGexfOptions = {}): string {
  return exportToString((write) => writeGexfTo(graph, write, options));
}

/**
 * Writes the GEXF export of a graph to `file` (folders created), never as one string; returns the
 * bytes written.
 * @example await writeGexf(graph, 'out/graph.gexf')
 */
export async function writeGexf(graph: KgGraph, file: string, options: ExportGexfOptions = {}): Promise<number> {
  return writeExportFile(file, 'the GEXF file', (write) => writeGexfTo(graph, write, options));
}
