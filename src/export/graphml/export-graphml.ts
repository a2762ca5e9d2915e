// `kg export graphml`: the graph as GraphML for Gephi, yEd, networkx … graphology has a GraphML
// parser but no writer, so it is written here with xml-writer (which escapes), every attribute
// declared as a typed <key>, nodes and edges in key order: the same graph gives the same bytes.
// The file is written as it is made (at 20,000 reports it is longer than a string can be).
import XMLWriter from 'xml-writer';
import type { KgGraph } from '../../graph/kg-graph.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { GraphSchema } from '../../ontology/types.js';
import { listExportRecords, type ExportRecordLists } from '../views/collect-export-records.js';
import { exportToString, writeExportFile } from '../write-export-file.js';
import { describeAttributes, formatAttributeValue, isEmptyValue, unionSchemaProps, type AttributeSpec } from './describe-attributes.js';
import { sanitizeXmlText } from './sanitize-xml-text.js';

export interface ExportGraphmlOptions {
  /** Keep Passage nodes and their edges (default: entity level, passages left out). */
  passages?: boolean;
  /** Graph schema (default: the bundled ontology's). */
  schema?: GraphSchema;
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`;

function writeKeys(xml: XMLWriter, kind: 'node' | 'edge', specs: AttributeSpec[], prefix: string): Map<string, { id: string; spec: AttributeSpec }> {
  const ids = new Map<string, { id: string; spec: AttributeSpec }>();
  specs.forEach((spec, i) => {
    const id = `${prefix}${i}`;
    ids.set(spec.name, { id, spec });
    xml.startElement('key').writeAttribute('id', id).writeAttribute('for', kind);
    xml.writeAttribute('attr.name', sanitizeXmlText(spec.name)).writeAttribute('attr.type', spec.type).endElement();
  });
  return ids;
}

function writeData(xml: XMLWriter, keys: Map<string, { id: string; spec: AttributeSpec }>, values: Record<string, unknown>): void {
  for (const [name, { id, spec }] of keys) {
    const v = values[name];
    if (isEmptyValue(v)) continue;
    xml.startElement('data').writeAttribute('key', id).text(sanitizeXmlText(formatAttributeValue(spec.type, v))).endElement();
  }
}

/**
 * Writes the graph as GraphML through `write`, piece by piece. Lists are written as JSON arrays.
 * The records are made twice (once for the typed keys, once for the elements) rather than held.
 */
export function writeGraphmlTo(graph: KgGraph, write: (text: string) => void, options: ExportGraphmlOptions = {}): void {
  const schema = options.schema ?? loadOntology().schema;
  writeGraphmlRecordsTo(listExportRecords(graph, schema, { passages: options.passages }), schema, write);
}

/** Writes export records (of a graph, or read from a build: streamExportRecords) as GraphML through `write`. */
function writeGraphmlRecordsTo(records: ExportRecordLists, schema: GraphSchema, write: (text: string) => void): void {
  const nodeValues = function* () {
    for (const n of records.nodes()) yield { key: n.key, values: { label: n.label, type: n.type, ...n.props } };
  };
  const edgeValues = function* () {
    for (const e of records.edges()) yield { edge: e, values: { type: e.type, weight: e.weight, ...e.props } };
  };
  const nodeSpecs = describeAttributes(
    mapIterable(nodeValues(), (n) => n.values),
    [{ name: 'label', type: 'string' }, { name: 'type', type: 'string' }],
    unionSchemaProps(schema.nodes),
  );
  const edgeSpecs = describeAttributes(
    mapIterable(edgeValues(), (e) => e.values),
    [{ name: 'type', type: 'string' }, { name: 'weight', type: 'double' }],
    unionSchemaProps(schema.relationships),
  );

  const xml = new XMLWriter('  ', (text: string) => write(text));
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('graphml').writeAttribute('xmlns', GRAPHML_NS).writeAttribute('xmlns:xsi', XSI_NS).writeAttribute('xsi:schemaLocation', SCHEMA_LOCATION);
  const nodeKeys = writeKeys(xml, 'node', nodeSpecs, 'n');
  const edgeKeys = writeKeys(xml, 'edge', edgeSpecs, 'e');
  xml.startElement('graph').writeAttribute('id', 'G').writeAttribute('edgedefault', 'directed');
  for (const n of nodeValues()) {
    xml.startElement('node').writeAttribute('id', sanitizeXmlText(n.key));
    writeData(xml, nodeKeys, n.values);
    xml.endElement();
  }
  for (const { edge: e, values } of edgeValues()) {
    xml.startElement('edge').writeAttribute('id', sanitizeXmlText(e.key)).writeAttribute('source', sanitizeXmlText(e.source)).writeAttribute('target', sanitizeXmlText(e.target));
    writeData(xml, edgeKeys, values);
    xml.endElement();
  }
  xml.endElement();
  xml.endElement();
  xml.endDocument();
  write('\n');
}

function* mapIterable<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * Writes the graph as GraphML (a string). Lists are written as JSON arrays.
 * @example await writeFile('graph.graphml', exportGraphml(graph))
 */
export function exportGraphml(graph: KgGraph, options: ExportGraphmlOptions = {}): string {
  return exportToString((write) => writeGraphmlTo(graph, write, options));
}

/**
 * Writes the GraphML export of a graph to `file` (folders created), never as one string; returns
 * the bytes written.
 * @example await writeGraphml(graph, 'out/graph.graphml')
 */
export async function writeGraphml(graph: KgGraph, file: string, options: ExportGraphmlOptions = {}): Promise<number> {
  return writeExportFile(file, 'the GraphML file', (write) => writeGraphmlTo(graph, write, options));
}

/**
 * Writes export records read from a build (see streamExportRecords) as GraphML to `file`; returns
 * the bytes written.
 * @example const records = await streamExportRecords('out', schema); await writeGraphmlRecords(records, schema, 'out/graph.graphml')
 */
export async function writeGraphmlRecords(records: ExportRecordLists, schema: GraphSchema, file: string): Promise<number> {
  return writeExportFile(file, 'the GraphML file', (write) => writeGraphmlRecordsTo(records, schema, write));
}
