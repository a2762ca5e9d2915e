// Types of the loaded ontology: the graph schema and the gazetteers that drive extraction.

export const PROPERTY_TYPES = ['STRING', 'INT64', 'DOUBLE', 'BOOLEAN', 'STRING[]'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export interface PropertySpec {
  name: string;
  type: PropertyType;
}

export interface NodeSpec {
  label: string;
  /** Key property (unique). */
  key: string;
  /** Property shown as caption in viewers. */
  caption: string;
  properties: PropertySpec[];
  /** Properties indexed for full-text search. */
  fulltext: string[];
  /** Extra Neo4j label by value of `level` (AdminUnit). */
  levelLabels?: Record<string, string>;
}

export interface RelationshipSpec {
  type: string;
  from: string[];
  to: string[];
  properties: PropertySpec[];
}

export interface GraphSchema {
  nodes: NodeSpec[];
  relationships: RelationshipSpec[];
}

export const LAW_KINDS = [
  'national-law',
  'administrative-regulation',
  'local-regulation',
  'rule',
  'party-regulation',
] as const;
export type LawKind = (typeof LAW_KINDS)[number];

export interface LawEntry {
  name: string;
  fullName: string;
  kind: LawKind;
  aliases: string[];
}

export const PROGRAM_CATEGORIES = ['practice', 'campaign', 'mechanism', 'brand'] as const;
export type ProgramCategory = (typeof PROGRAM_CATEGORIES)[number];

export interface ProgramEntry {
  name: string;
  category: ProgramCategory;
  aliases: string[];
}

export interface NamedEntry {
  name: string;
  kind: string;
  aliases: string[];
}

export interface InstitutionKind {
  kind: string;
  suffixes: string[];
  /** A bare mention names the issuer's own unit (司法所 → 练塘镇司法所). */
  scoped: boolean;
  /**
   * The label of a body of this kind: Institution (an organ of the Party or the state, a body it
   * sets up), or Organization for associations and committees of their members that are read like
   * bodies (县工商联, 市律师协会, 小区业主委员会).
   */
  label: 'Institution' | 'Organization';
}

export interface IndicatorEntry {
  name: string;
  unit: string;
  cues: string[];
}

export interface Ontology {
  /** Folder it was loaded from. */
  dir: string;
  schema: GraphSchema;
  laws: LawEntry[];
  programs: ProgramEntry[];
  institutions: NamedEntry[];
  institutionKinds: InstitutionKind[];
  platforms: NamedEntry[];
  events: NamedEntry[];
  figuresOfSpeech: string[];
  notPrograms: string[];
  indicators: IndicatorEntry[];
}
