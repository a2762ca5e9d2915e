// Loads and validates ontology/ (schema.yaml and gazetteers/*.yaml). Every error names the file,
// the entry and what was expected, so a user editing YAML knows exactly what to fix.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { OntologyError, listChoices } from '../errors.js';
import {
  LAW_KINDS,
  PROGRAM_CATEGORIES,
  PROPERTY_TYPES,
  type GraphSchema,
  type IndicatorEntry,
  type InstitutionKind,
  type LawEntry,
  type NamedEntry,
  type NodeSpec,
  type Ontology,
  type ProgramEntry,
  type PropertySpec,
  type PropertyType,
  type RelationshipSpec,
} from './types.js';

/** The ontology folder shipped with the package (../../ontology from src/ or dist/). */
export const DEFAULT_ONTOLOGY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'ontology');

const cache = new Map<string, Ontology>();

/**
 * Loads the ontology once per folder (cached), validating every file.
 * @example const onto = loadOntology(); onto.laws.find((l) => l.name === '行政处罚法')
 */
export function loadOntology(dir: string = DEFAULT_ONTOLOGY_DIR): Ontology {
  const key = resolve(dir);
  const cached = cache.get(key);
  if (cached) return cached;
  const ontology = readOntology(key);
  cache.set(key, ontology);
  return ontology;
}

function readOntology(dir: string): Ontology {
  const schemaFile = join(dir, 'schema.yaml');
  if (!existsSync(schemaFile)) {
    throw new OntologyError(schemaFile, 'expected the graph schema file, found nothing at this path');
  }
  const schema = readSchema(schemaFile, readYaml(schemaFile));
  const g = (name: string) => join(dir, 'gazetteers', name);
  const laws = readList(g('laws.yaml'), 'laws', readLaw);
  const programs = readList(g('programs.yaml'), 'programs', readProgram);
  const institutions = readList(g('institutions.yaml'), 'institutions', readNamed);
  const institutionKinds = readList(g('institutions.yaml'), 'institutionKinds', readInstitutionKind);
  const platforms = readList(g('platforms.yaml'), 'platforms', readNamed);
  const events = readList(g('events.yaml'), 'events', readNamed);
  const figuresOfSpeech = readList(g('rhetoric.yaml'), 'figuresOfSpeech', readWord);
  const notPrograms = readList(g('rhetoric.yaml'), 'notPrograms', readWord);
  const indicators = readList(g('indicators.yaml'), 'indicators', readIndicator);
  checkUnique(g('laws.yaml'), 'laws', laws);
  checkUnique(g('programs.yaml'), 'programs', programs);
  checkUnique(g('institutions.yaml'), 'institutions', institutions);
  checkUnique(g('platforms.yaml'), 'platforms', platforms);
  checkUnique(g('events.yaml'), 'events', events);
  return {
    dir,
    schema,
    laws,
    programs,
    institutions,
    institutionKinds,
    platforms,
    events,
    figuresOfSpeech,
    notPrograms,
    indicators,
  };
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new OntologyError(file, `could not be read (${(err as Error).message})`, { cause: err });
  }
  try {
    return parse(text);
  } catch (err) {
    throw new OntologyError(file, `is not valid YAML: ${(err as Error).message}`, { cause: err });
  }
}

const yamlCache = new Map<string, unknown>();

/** Reads `root[key]` of an optional gazetteer file as a validated list ([] when the file is absent). */
function readList<T>(file: string, key: string, readEntry: (value: unknown, where: string) => T): T[] {
  if (!existsSync(file)) return [];
  if (!yamlCache.has(file)) yamlCache.set(file, readYaml(file));
  const root = yamlCache.get(file);
  if (root === null || root === undefined) return [];
  const obj = expectObject(root, file);
  const list = obj[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new OntologyError(`${file} → ${key}`, `expected a list, found ${describe(list)}`);
  return list.map((value, i) => readEntry(value, `${file} → ${key}[${i}]${entryName(value)}`));
}

function entryName(value: unknown): string {
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return ` (${(value as { name: string }).name})`;
  }
  if (value && typeof value === 'object' && typeof (value as { kind?: unknown }).kind === 'string') {
    return ` (${(value as { kind: string }).kind})`;
  }
  return '';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function expectObject(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new OntologyError(where, `expected a mapping, found ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function expectKeys(obj: Record<string, unknown>, where: string, allowed: string[]): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) {
      throw new OntologyError(where, `unknown key "${k}"; valid keys: ${listChoices(allowed)}`);
    }
  }
}

function expectString(obj: Record<string, unknown>, key: string, where: string): string {
  const v = obj[key];
  if (typeof v !== 'string' || v.trim() === '') {
    throw new OntologyError(where, `expected "${key}" to be a non-empty string, found ${describe(v)}`);
  }
  return v.trim();
}

function expectStrings(obj: Record<string, unknown>, key: string, where: string): string[] {
  const v = obj[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new OntologyError(where, `expected "${key}" to be a list of non-empty strings, found ${describe(v)}`);
  }
  return v.map((s: string) => s.trim());
}

function expectOneOf<T extends string>(value: string, choices: readonly T[], key: string, where: string): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new OntologyError(where, `expected "${key}" to be one of ${listChoices(choices)}, found "${value}"`);
  }
  return value as T;
}

function readLaw(value: unknown, where: string): LawEntry {
  const o = expectObject(value, where);
  expectKeys(o, where, ['name', 'fullName', 'kind', 'aliases']);
  const name = expectString(o, 'name', where);
  return {
    name,
    fullName: typeof o.fullName === 'string' && o.fullName.trim() ? o.fullName.trim() : name,
    kind: expectOneOf(expectString(o, 'kind', where), LAW_KINDS, 'kind', where),
    aliases: expectStrings(o, 'aliases', where),
  };
}

function readProgram(value: unknown, where: string): ProgramEntry {
  const o = expectObject(value, where);
  expectKeys(o, where, ['name', 'category', 'aliases']);
  return {
    name: expectString(o, 'name', where),
    category: expectOneOf(expectString(o, 'category', where), PROGRAM_CATEGORIES, 'category', where),
    aliases: expectStrings(o, 'aliases', where),
  };
}

function readNamed(value: unknown, where: string): NamedEntry {
  const o = expectObject(value, where);
  expectKeys(o, where, ['name', 'kind', 'aliases']);
  const name = expectString(o, 'name', where);
  return {
    name,
    kind: typeof o.kind === 'string' && o.kind.trim() ? o.kind.trim() : '',
    aliases: expectStrings(o, 'aliases', where),
  };
}

function readInstitutionKind(value: unknown, where: string): InstitutionKind {
  const o = expectObject(value, where);
  expectKeys(o, where, ['kind', 'suffixes', 'scoped', 'label']);
  const suffixes = expectStrings(o, 'suffixes', where);
  if (suffixes.length === 0) throw new OntologyError(where, 'expected at least one suffix in "suffixes"');
  if (o.scoped !== undefined && typeof o.scoped !== 'boolean') {
    throw new OntologyError(where, `expected "scoped" to be true or false, found ${describe(o.scoped)}`);
  }
  if (o.label !== undefined && o.label !== 'Institution' && o.label !== 'Organization') {
    throw new OntologyError(where, `expected "label" to be Institution or Organization, found ${describe(o.label)}`);
  }
  return { kind: expectString(o, 'kind', where), suffixes, scoped: o.scoped === true, label: o.label === 'Organization' ? 'Organization' : 'Institution' };
}

function readIndicator(value: unknown, where: string): IndicatorEntry {
  const o = expectObject(value, where);
  expectKeys(o, where, ['name', 'unit', 'cues']);
  const name = expectString(o, 'name', where);
  const cues = expectStrings(o, 'cues', where);
  return { name, unit: typeof o.unit === 'string' ? o.unit : '', cues: cues.length ? cues : [name] };
}

function readWord(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new OntologyError(where, `expected a non-empty string, found ${describe(value)}`);
  }
  return value.trim();
}

/** Rejects a name or alias that two entries share, an entry written twice included. */
function checkUnique(file: string, key: string, entries: { name: string; aliases: string[] }[]): void {
  const seen = new Map<string, { name: string }>();
  for (const e of entries) {
    for (const n of new Set([e.name, ...e.aliases])) {
      const prev = seen.get(n);
      if (prev !== undefined && prev !== e) {
        throw new OntologyError(
          `${file} → ${key} (${e.name})`,
          `expected names and aliases to be unique, found "${n}" also used by ${prev.name === e.name ? 'another entry of that name' : `"${prev.name}"`}`,
        );
      }
      seen.set(n, e);
    }
  }
}

function readSchema(file: string, root: unknown): GraphSchema {
  const o = expectObject(root, file);
  expectKeys(o, file, ['nodes', 'relationships']);
  const nodesObj = expectObject(o.nodes, `${file} → nodes`);
  const nodes: NodeSpec[] = Object.entries(nodesObj).map(([label, spec]) => readNodeSpec(file, label, spec));
  const labels = new Set(nodes.map((n) => n.label));
  const relsObj = expectObject(o.relationships, `${file} → relationships`);
  const relationships: RelationshipSpec[] = Object.entries(relsObj).map(([type, spec]) => {
    const where = `${file} → relationships.${type}`;
    if (!/^[A-Z][A-Z0-9_]*$/.test(type)) throw new OntologyError(where, 'expected an UPPER_SNAKE relationship type');
    const s = expectObject(spec, where);
    expectKeys(s, where, ['from', 'to', 'properties']);
    const from = expectStrings(s, 'from', where);
    const to = expectStrings(s, 'to', where);
    for (const l of [...from, ...to]) {
      if (!labels.has(l)) throw new OntologyError(where, `unknown node label "${l}"; valid labels: ${listChoices(labels)}`);
    }
    if (from.length === 0 || to.length === 0) throw new OntologyError(where, 'expected non-empty "from" and "to" lists');
    return { type, from, to, properties: readProperties(s.properties, where) };
  });
  return { nodes, relationships };
}

function readNodeSpec(file: string, label: string, spec: unknown): NodeSpec {
  const where = `${file} → nodes.${label}`;
  if (!/^[A-Z][A-Za-z0-9]*$/.test(label)) throw new OntologyError(where, 'expected a PascalCase node label');
  const s = expectObject(spec, where);
  expectKeys(s, where, ['key', 'caption', 'properties', 'fulltext', 'levelLabels']);
  const properties = readProperties(s.properties, where);
  const names = properties.map((p) => p.name);
  const key = expectString(s, 'key', where);
  if (!names.includes(key)) throw new OntologyError(where, `expected key "${key}" among the properties: ${listChoices(names)}`);
  const caption = typeof s.caption === 'string' ? s.caption : key;
  if (!names.includes(caption)) throw new OntologyError(where, `expected caption "${caption}" among the properties`);
  const fulltext = expectStrings(s, 'fulltext', where);
  for (const f of fulltext) {
    if (!names.includes(f)) throw new OntologyError(where, `expected fulltext property "${f}" among the properties`);
  }
  let levelLabels: Record<string, string> | undefined;
  if (s.levelLabels !== undefined) {
    const ll = expectObject(s.levelLabels, `${where}.levelLabels`);
    levelLabels = Object.fromEntries(Object.entries(ll).map(([k, v]) => [k, String(v)]));
  }
  return { label, key, caption, properties, fulltext, levelLabels };
}

function readProperties(value: unknown, where: string): PropertySpec[] {
  if (value === undefined || value === null) return [];
  const o = expectObject(value, `${where}.properties`);
  return Object.entries(o).map(([name, type]) => {
    if (!/^[a-z][A-Za-z0-9]*$/.test(name)) {
      throw new OntologyError(`${where}.properties.${name}`, 'expected a camelCase property name');
    }
    if (typeof type !== 'string' || !(PROPERTY_TYPES as readonly string[]).includes(type)) {
      throw new OntologyError(
        `${where}.properties.${name}`,
        `expected a type, one of ${listChoices(PROPERTY_TYPES)}, found ${describe(type)}`,
      );
    }
    return { name, type: type as PropertyType };
  });
}

/** Finds a node spec by label or throws an OntologyError naming the valid labels. */
export function getNodeSpec(schema: GraphSchema, label: string): NodeSpec {
  const spec = schema.nodes.find((n) => n.label === label);
  if (!spec) {
    throw new OntologyError('schema', `unknown node label "${label}"; valid labels: ${listChoices(schema.nodes.map((n) => n.label))}`);
  }
  return spec;
}
