// Renders the Neo4j Browser style sheet (GraSS) from the ontology: a colour per label and the
// caption property of each label, so `:style` in Browser shows names instead of ids.
import type { GraphSchema } from '../../ontology/types.js';

/** Fill colours, assigned to labels in schema order (chosen to be distinct on a white canvas). */
export const GRASS_PALETTE = [
  '#4C8EDA', '#DA7194', '#57C7E3', '#F16667', '#D9C8AE', '#8DCC93', '#ECB5C9', '#4C8E8E',
  '#FFC454', '#C990C0', '#F79767', '#569480', '#9A8AC7', '#6DCE9E', '#FF756E', '#68BDF6',
] as const;

/** Shades for the level labels of a label (Province darkest … Township lightest). */
const LEVEL_SHADES = ['#1F4E79', '#2E75B6', '#5B9BD5', '#9DC3E6', '#BDD7EE', '#DEEBF7'];

function darken(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const ch = (shift: number) => Math.round(((n >> shift) & 0xff) * 0.8);
  return `#${[16, 8, 0].map((s) => ch(s).toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function textColour(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const lum = 0.299 * ((n >> 16) & 0xff) + 0.587 * ((n >> 8) & 0xff) + 0.114 * (n & 0xff);
  return lum > 150 ? '#2A2C34' : '#FFFFFF';
}

function rule(selector: string, body: Record<string, string>): string {
  const lines = Object.entries(body).map(([k, v]) => `  ${k}: ${v};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

function nodeRule(label: string, colour: string, caption: string, diameter: string): string {
  return rule(`node.${label}`, {
    color: colour,
    'border-color': darken(colour),
    'text-color-internal': textColour(colour),
    diameter,
    caption: `"{${caption}}"`,
  });
}

/**
 * The GraSS text for `schema`: defaults, one rule per label, one per level label (after their base
 * label, so Browser's later rule wins for a Township), and relationships captioned by type.
 */
export function renderGrass(schema: GraphSchema): string {
  // No comments in the output: Browser's GraSS parser splits on braces and would take a comment for
  // part of the first selector. Usage is in the README (Explore in Neo4j).
  const parts: string[] = [
    rule('node', {
      diameter: '50px',
      color: '#A5ABB6',
      'border-color': '#9AA1AC',
      'border-width': '2px',
      'text-color-internal': '#FFFFFF',
      'font-size': '10px',
    }),
    rule('relationship', {
      color: '#A5ABB6',
      'shaft-width': '1px',
      'font-size': '8px',
      padding: '3px',
      'text-color-external': '#000000',
      'text-color-internal': '#FFFFFF',
      caption: '"<type>"',
    }),
  ];
  schema.nodes.forEach((n, i) => {
    const colour = GRASS_PALETTE[i % GRASS_PALETTE.length];
    // Text-carrying nodes (passages) are many and secondary: draw them small.
    const diameter = n.fulltext.length > 0 ? '30px' : '55px';
    parts.push(nodeRule(n.label, colour, n.caption, diameter));
    const levels = [...new Set(Object.values(n.levelLabels ?? {}))];
    levels.forEach((level, j) => {
      parts.push(nodeRule(level, LEVEL_SHADES[j % LEVEL_SHADES.length], n.caption, `${70 - j * 5}px`));
    });
  });
  return parts.join('\n');
}
