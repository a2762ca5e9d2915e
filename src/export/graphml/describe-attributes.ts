// Decides the typed attribute model of an export: which node and edge attributes exist, in a
// stable order (reserved names, then schema order, then the rest alphabetically), and the type of
// each, from the schema and checked against the values actually present.
import type { PropertyType } from '../../ontology/types.js';
import { compareCodePoints } from '../views/list-towns.js';

export type XmlAttributeType = 'string' | 'boolean' | 'long' | 'double';

export interface AttributeSpec {
  name: string;
  type: XmlAttributeType;
}

const FROM_SCHEMA: Record<PropertyType, XmlAttributeType> = {
  STRING: 'string',
  INT64: 'long',
  DOUBLE: 'double',
  BOOLEAN: 'boolean',
  'STRING[]': 'string',
};

function fits(type: XmlAttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return true;
    case 'boolean':
      return typeof value === 'boolean';
    case 'long':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
  }
}

function inferType(values: unknown[]): XmlAttributeType {
  for (const t of ['boolean', 'long', 'double'] as const) if (values.every((v) => fits(t, v))) return t;
  return 'string';
}

/** Values a writer leaves out (no data element, no attvalue). */
export function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v)) || (Array.isArray(v) && v.length === 0);
}

/**
 * The attribute model of a set of records.
 * @param leading names written first, with their types (e.g. label, type, weight)
 * @param schemaProps the schema's properties for these records, in schema order
 */
export function describeAttributes(
  records: Iterable<Record<string, unknown>>,
  leading: AttributeSpec[],
  schemaProps: { name: string; type: PropertyType }[],
): AttributeSpec[] {
  const values = new Map<string, unknown[]>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      if (isEmptyValue(v)) continue;
      const list = values.get(k) ?? [];
      list.push(v);
      values.set(k, list);
    }
  }
  const out: AttributeSpec[] = [];
  const taken = new Set<string>();
  const push = (name: string, wanted: XmlAttributeType | null) => {
    if (taken.has(name)) return;
    taken.add(name);
    const present = values.get(name);
    if (!present && !leading.some((l) => l.name === name)) return;
    const list = present ?? [];
    // A schema type the data does not honour (a year written as text) widens rather than lies.
    const type = wanted && list.every((v) => fits(wanted, v) || (Array.isArray(v) && wanted === 'string')) ? wanted : inferType(list);
    out.push({ name, type });
  };
  for (const l of leading) push(l.name, l.type);
  for (const p of schemaProps) push(p.name, FROM_SCHEMA[p.type]);
  for (const name of [...values.keys()].sort(compareCodePoints)) push(name, null);
  return out;
}

/** A value as the text of its declared type; lists become JSON arrays. */
export function formatAttributeValue(type: XmlAttributeType, v: unknown): string {
  if (Array.isArray(v)) return JSON.stringify(v);
  if (type === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Every property of a schema's node labels (or relationship types), first occurrence wins. */
export function unionSchemaProps(specs: { properties: { name: string; type: PropertyType }[] }[]): { name: string; type: PropertyType }[] {
  const seen = new Map<string, PropertyType>();
  for (const s of specs) {
    for (const p of s.properties) {
      const prev = seen.get(p.name);
      if (prev === undefined) seen.set(p.name, p.type);
      // The same property typed differently by two labels: INT64 and DOUBLE meet at DOUBLE, else text.
      else if (prev !== p.type) seen.set(p.name, (prev === 'INT64' && p.type === 'DOUBLE') || (prev === 'DOUBLE' && p.type === 'INT64') ? 'DOUBLE' : 'STRING');
    }
  }
  return [...seen].map(([name, type]) => ({ name, type }));
}

