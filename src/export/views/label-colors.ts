// Colours and captions by node label, derived from the ontology's label order, so the explorer's
// legend and Gephi's viz colours agree and a new label in schema.yaml gets a colour of its own.
import type { GraphSchema } from '../../ontology/types.js';

/** Distinguishable colours (Tableau 20 order); labels beyond it cycle. */
export const LABEL_PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#1f77b4', '#17becf', '#bcbd22', '#8c564b', '#d62728', '#2ca02c', '#9467bd', '#7f7f7f', '#aec7e8', '#ffbb78',
] as const;

export const UNKNOWN_LABEL_COLOR = '#999999';

/** Colour of each label of the schema, in schema order. */
export function colorLabels(schema: GraphSchema): Map<string, string> {
  return new Map(schema.nodes.map((n, i) => [n.label, LABEL_PALETTE[i % LABEL_PALETTE.length]]));
}

/** The caption of a node: the schema's caption property, then name / title / the key. */
export function captionNode(schema: GraphSchema, key: string, attrs: Record<string, unknown>): string {
  const spec = schema.nodes.find((n) => n.label === attrs.label);
  for (const prop of [spec?.caption, 'name', 'title']) {
    if (!prop) continue;
    const v = attrs[prop];
    if ((typeof v === 'string' && v) || typeof v === 'number') return String(v);
  }
  return key;
}
