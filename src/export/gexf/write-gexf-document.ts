// Writes GEXF 1.3 piece by piece from elements made on demand. graphology-gexf's writer needs a
// whole graph and returns one string: at 20,000 reports neither fits. Model inference, value casts
// and element layout follow graphology-gexf 0.13 (common/writer.js, MIT), so a directed graph gives
// the same bytes as its write(graph, { version: '1.3', pretty: true }); tests compare the two.
import XMLWriter from 'xml-writer';

export interface GexfViz {
  color?: string;
  size?: number;
  x?: number;
  y?: number;
  z?: number;
  shape?: string;
  thickness?: number;
}

export interface GexfNodeElement {
  key: string;
  label?: string;
  attributes?: Record<string, unknown>;
  viz?: GexfViz;
}

export interface GexfEdgeElement {
  key: string;
  source: string;
  target: string;
  label?: string;
  kind?: string;
  weight?: number | string;
  attributes?: Record<string, unknown>;
}

/** A directed graph as GEXF elements; `nodes` and `edges` are called twice (model, then elements). */
export interface GexfDocument {
  /** Written as <meta> children (names must be XML names; only scalar values are written). */
  meta: Record<string, unknown>;
  nodes(): Iterable<GexfNodeElement>;
  edges(): Iterable<GexfEdgeElement>;
}

const TYPE_PRIORITIES: Record<string, number> = {
  liststring: 0,
  listdouble: 1,
  listlong: 2,
  listinteger: 3,
  listboolean: 4,
  string: 5,
  double: 6,
  long: 7,
  integer: 8,
  boolean: 9,
  empty: 10,
};

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value !== value;
}

function inferScalarValueType(value: unknown): string {
  if (isEmptyValue(value)) return 'empty';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'string';
  if (typeof value === 'number') {
    if (value === (value | 0)) return value <= 0x7fffffff && value >= -0x7fffffff ? 'integer' : 'long';
    return 'double';
  }
  return 'string';
}

function inferValueType(value: unknown): string {
  const list = value instanceof Set ? [...value] : value;
  if (Array.isArray(list)) {
    let type = 'empty';
    for (const v of list) {
      const t = inferScalarValueType(v);
      if (TYPE_PRIORITIES[t] < TYPE_PRIORITIES[type]) type = t;
    }
    return type === 'empty' ? 'empty' : `list${type}`;
  }
  return inferScalarValueType(value);
}

/** Attribute name → GEXF type, widest type seen. A plain object, so names keep graphology-gexf's order. */
function inferModel(elements: Iterable<{ attributes?: Record<string, unknown> }>): Record<string, string> {
  const model: Record<string, string> = {};
  for (const { attributes } of elements) {
    if (!attributes) continue;
    for (const k in attributes) {
      const type = inferValueType(attributes[k]);
      if (type === 'empty') continue;
      const current = model[k];
      if (!current || (type !== current && TYPE_PRIORITIES[type] < TYPE_PRIORITIES[current])) model[k] = type;
    }
  }
  return model;
}

const TO_SANITIZE = /[\r\t\n]/;

function serializeValue(type: string, value: unknown): string {
  if (type !== 'string' || TO_SANITIZE.test(value as string)) return JSON.stringify(value);
  const text = value as string;
  if (!text.includes("'")) return text.includes('"') ? `'${text}'` : text;
  return JSON.stringify(text);
}

function cast(type: string, value: unknown): string {
  if (type.startsWith('list')) {
    const list = value instanceof Set ? [...value] : Array.isArray(value) ? value : [value];
    const subtype = type.slice(4);
    return `[${list.map((v) => serializeValue(subtype, v)).join(', ')}]`;
  }
  return `${String(value)}`;
}

function writeModel(xml: XMLWriter, model: Record<string, string>, modelClass: string): void {
  if (Object.keys(model).length === 0) return;
  xml.startElement('attributes').writeAttribute('class', modelClass);
  for (const name in model) {
    xml.startElement('attribute').writeAttribute('id', name).writeAttribute('title', name).writeAttribute('type', model[name]).endElement();
  }
  xml.endElement();
}

function writeAttvalues(xml: XMLWriter, model: Record<string, string>, attributes: Record<string, unknown> | undefined): void {
  if (Object.keys(model).length === 0 || !attributes) return;
  xml.startElement('attvalues');
  for (const name in model) {
    if (!(name in attributes)) continue;
    const value = attributes[name];
    if (isEmptyValue(value)) continue;
    xml.startElement('attvalue').writeAttribute('for', name).writeAttribute('value', cast(model[name], value)).endElement();
  }
  xml.endElement();
}

/** A CSS colour as r, g, b (and a) for GEXF versions without hex; GEXF 1.3 takes `#…` as it is. */
function cssColorToRgba(value: string): Record<string, number> {
  if (value[0] === '#') {
    const h = value.slice(1);
    return h.length === 3
      ? { r: parseInt(h[0] + h[0], 16), g: parseInt(h[1] + h[1], 16), b: parseInt(h[2] + h[2], 16) }
      : { r: parseInt(h[0] + h[1], 16), g: parseInt(h[2] + h[3], 16), b: parseInt(h[4] + h[5], 16) };
  }
  const m = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/i.exec(value);
  if (!m) return {};
  const out: Record<string, number> = { r: +m[1], g: +m[2], b: +m[3] };
  if (m[4]) out.a = +m[4];
  return out;
}

function writeViz(xml: XMLWriter, viz: GexfViz): void {
  if (viz.color) {
    xml.startElementNS('viz', 'color');
    if (viz.color.startsWith('#')) xml.writeAttribute('hex', viz.color);
    else for (const [k, v] of Object.entries(cssColorToRgba(viz.color))) xml.writeAttribute(k, v);
    xml.endElement();
  }
  if (viz.size !== undefined) xml.startElementNS('viz', 'size').writeAttribute('value', viz.size).endElement();
  if (viz.x !== undefined || viz.y !== undefined || viz.z !== undefined) {
    xml.startElementNS('viz', 'position');
    if (viz.x !== undefined) xml.writeAttribute('x', viz.x);
    if (viz.y !== undefined) xml.writeAttribute('y', viz.y);
    if (viz.z !== undefined) xml.writeAttribute('z', viz.z);
    xml.endElement();
  }
  if (viz.shape) xml.startElementNS('viz', 'shape').writeAttribute('value', viz.shape).endElement();
  if (viz.thickness !== undefined) xml.startElementNS('viz', 'thickness').writeAttribute('value', viz.thickness).endElement();
}

/**
 * Writes `doc` as pretty-printed GEXF 1.3 through `write`, as graphology-gexf's
 * `write(graph, { version: '1.3', pretty: true, formatNode, formatEdge })` would return it.
 * @example writeGexfDocument({ meta: { creator: 'me' }, nodes: () => [{ key: 'a' }], edges: () => [] }, (s) => out.push(s))
 */
export function writeGexfDocument(doc: GexfDocument, write: (text: string) => void): void {
  const xml = new XMLWriter('  ', (text: string) => write(text));
  xml.startDocument('1.0', 'UTF-8');
  xml.startElement('gexf').writeAttribute('version', '1.3');
  xml.writeAttribute('xmlns', 'http://gexf.net/1.3').writeAttribute('xmlns:viz', 'http://gexf.net/1.3/viz');
  xml.writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance');
  xml.writeAttribute('xsi:schemaLocation', 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd');
  xml.startElement('meta');
  for (const [k, v] of Object.entries(doc.meta)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') xml.writeElement(k, `${v}`);
  }
  xml.endElement();
  xml.startElement('graph').writeAttribute('defaultedgetype', 'directed');
  const nodeModel = inferModel(doc.nodes());
  writeModel(xml, nodeModel, 'node');
  const edgeModel = inferModel(doc.edges());
  writeModel(xml, edgeModel, 'edge');

  xml.startElement('nodes');
  for (const node of doc.nodes()) {
    xml.startElement('node').writeAttribute('id', node.key);
    if (node.label) xml.writeAttribute('label', node.label);
    writeAttvalues(xml, nodeModel, node.attributes);
    if (node.viz) writeViz(xml, node.viz);
    xml.endElement();
  }
  xml.endElement();

  xml.startElement('edges');
  for (const edge of doc.edges()) {
    xml.startElement('edge').writeAttribute('id', edge.key).writeAttribute('source', edge.source).writeAttribute('target', edge.target);
    const weight = edge.weight;
    if ((typeof weight === 'number' && !Number.isNaN(weight)) || typeof weight === 'string') xml.writeAttribute('weight', weight);
    if (edge.kind) xml.writeAttribute('kind', edge.kind);
    if (edge.label) xml.writeAttribute('label', edge.label);
    writeAttvalues(xml, edgeModel, edge.attributes);
    xml.endElement();
  }
  xml.endElement();
  // graphology-gexf returns the writer's text, which closes every element still open (graph, gexf).
  xml.endElement();
  xml.endElement();
}
