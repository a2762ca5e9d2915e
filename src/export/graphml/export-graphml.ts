// `kg export graphml`: the graph as GraphML for Gephi, yEd, networkx … graphology has a GraphML
// parser but no writer, so it is written here with xml-writer (which escapes), every attribute
// declared as a typed <key>, nodes and edges in key order: the same graph gives the same bytes.
import XMLWriter from 'xml-writer';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { KgError } from '../../errors.js';
import type { KgGraph } from '../../graph/kg-graph.js';
import { loadOntology } from '../../ontology/load-ontology.js';
import type { GraphSchema } from '../../ontology/types.js';
import { collectExportRecords } from '../views/collect-export-records.js';
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
 * Writes the graph as GraphML (a string). Lists are written as JSON arrays.
 * @example await writeFile('graph.graphml', exportGraphml(graph))
 */
export function exportGraphml(graph: KgGraph, options: ExportGraphmlOptions = {}): string {
  const schema = options.schema ?? loadOntology().schema;
  const { nodes, edges } = collectExportRecords(graph, schema, { passages: options.passages });
  const nodeValues = nodes.map((n) => ({ label: n.label, type: n.type, ...n.props }));
  const edgeValues = edges.map((e) => ({ type: e.type, weight: e.weight, ...e.props }));
  const nodeSpecs = describeAttributes(nodeValues, [{ name: 'label', type: 'string' }, { name: 'type', type: 'string' }], unionSchemaProps(schema.nodes));
  const edgeSpecs = describeAttributes(edgeValues, [{ name: 'type', type: 'string' }, { name: 'weight', type: 'double' }], unionSchemaProps(schema.relationships));

  const xml = new XMLWriter('  ');
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('graphml').writeAttribute('xmlns', GRAPHML_NS).writeAttribute('xmlns:xsi', XSI_NS).writeAttribute('xsi:schemaLocation', SCHEMA_LOCATION);
  const nodeKeys = writeKeys(xml, 'node', nodeSpecs, 'n');
  const edgeKeys = writeKeys(xml, 'edge', edgeSpecs, 'e');
  xml.startElement('graph').writeAttribute('id', 'G').writeAttribute('edgedefault', 'directed');
  nodes.forEach((n, i) => {
    xml.startElement('node').writeAttribute('id', sanitizeXmlText(n.key));
    writeData(xml, nodeKeys, nodeValues[i]);
    xml.endElement();
  });
  edges.forEach((e, i) => {
    xml.startElement('edge').writeAttribute('id', sanitizeXmlText(e.key)).writeAttribute('source', sanitizeXmlText(e.source)).writeAttribute('target', sanitizeXmlText(e.target));
    writeData(xml, edgeKeys, edgeValues[i]);
    xml.endElement();
  });
  xml.endElement();
  xml.endElement();
  xml.endDocument();
  return xml.toString() + '\n';
}

/**
 * Writes the GraphML export of a graph to `file` (folders created); returns the bytes written.
 * @example await writeGraphml(graph, 'out/graph.graphml')
 */
export async function writeGraphml(graph: KgGraph, file: string, options: ExportGraphmlOptions = {}): Promise<number> {
  const text = exportGraphml(graph, options);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (err) {
    throw new KgError('E_EXPORT', `could not write the GraphML file: ${(err as Error).message}`, { where: file, cause: err });
  }
  return Buffer.byteLength(text);
}
