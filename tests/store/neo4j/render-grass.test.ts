import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ONTOLOGY_DIR, loadOntology } from '../../../src/ontology/load-ontology.js';
import { renderGrass } from '../../../src/store/neo4j/render-grass.js';

const ontology = loadOntology();
const GRASS_FILE = join(DEFAULT_ONTOLOGY_DIR, 'neo4j-browser.grass');

/** Reads GraSS blocks `selector {\n  key: value;\n}` (values such as "{name}" hold braces themselves). */
function parseGrass(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  for (const m of text.matchAll(/([^\n{}]+?)\s*\{\n([\s\S]*?)\n\}/g)) {
    const props: Record<string, string> = {};
    for (const decl of m[2].split(';')) {
      const i = decl.indexOf(':');
      if (i > 0) props[decl.slice(0, i).trim()] = decl.slice(i + 1).trim();
    }
    rules.set(m[1].trim(), props);
  }
  return rules;
}

describe('ontology/neo4j-browser.grass', () => {
  const text = readFileSync(GRASS_FILE, 'utf8');
  const rules = parseGrass(text);

  it('is the style generated from the current ontology (regenerate with renderGrass after editing schema.yaml)', () => {
    expect(text).toBe(renderGrass(ontology.schema));
  });

  it('captions every label by its caption property and gives each label its own colour', () => {
    const colours = new Set<string>();
    for (const n of ontology.schema.nodes) {
      const rule = rules.get(`node.${n.label}`);
      expect(rule, n.label).toBeDefined();
      expect(rule!.caption).toBe(`"{${n.caption}}"`);
      expect(rule!.color).toMatch(/^#[0-9A-F]{6}$/);
      colours.add(rule!.color);
    }
    expect(colours.size).toBe(ontology.schema.nodes.length);
    expect(colours.has(rules.get('node')!.color)).toBe(false);
  });

  it('styles the level labels of admin units after their base label, with the same caption', () => {
    const admin = ontology.schema.nodes.find((n) => n.levelLabels)!;
    const selectors = [...rules.keys()];
    for (const level of Object.values(admin.levelLabels!)) {
      expect(rules.get(`node.${level}`)?.caption).toBe(`"{${admin.caption}}"`);
      expect(selectors.indexOf(`node.${level}`)).toBeGreaterThan(selectors.indexOf(`node.${admin.label}`));
    }
  });

  it('holds nothing but rules (Browser would read a comment as part of a selector)', () => {
    expect(text).not.toMatch(/\/\*|\/\//);
    expect(rules.get('relationship')?.caption).toBe('"<type>"');
  });
});
