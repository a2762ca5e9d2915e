// Contracts of the extraction stage: recognizers turn prepared text into mentions; relation
// recognizers link resolved entities. New recognizers are added by registering, not by editing
// the pipeline.
import type { Ontology } from '../ontology/types.js';
import type {
  DroppedMention,
  EntityLabel,
  ExtractedEntity,
  Issuer,
  Mention,
  PreparedText,
  RelationType,
} from '../types.js';
import type { GazetteerIndex } from './gazetteer-index.js';

export interface RecognizerContext {
  text: PreparedText;
  ontology: Ontology;
  /** Compiled gazetteers (tries over the ontology's names and aliases). */
  gazetteers: GazetteerIndex;
  issuer: Issuer | null;
  year: number | null;
  /** Mentions of recognizers that ran before this one (in registration order). */
  previous: readonly Mention[];
}

export interface RecognizerOutput {
  mentions: Mention[];
  dropped?: DroppedMention[];
  /** Spans that could not be resolved to any entity (e.g. a bare 《条例》). */
  unresolved?: UnresolvedSpan[];
}

export interface UnresolvedSpan {
  surface: string;
  start: number;
  end: number;
  passage: number;
  recognizer: string;
  reason: string;
}

/** Finds mentions of one or more entity labels. */
export interface Recognizer {
  name: string;
  labels: readonly EntityLabel[];
  recognize(ctx: RecognizerContext): RecognizerOutput;
}

/** Refers to an entity from a relation candidate. */
export type EntityRef = { kind: 'issuer' } | { kind: 'entity'; id: string };

export interface RelationCandidate {
  type: RelationType;
  from: EntityRef;
  to: EntityRef;
  props?: Record<string, string | number | null>;
  evidence: { passage: number; start: number; end: number };
  recognizer: string;
}

export interface RelationContext extends Omit<RecognizerContext, 'previous'> {
  entities: Record<EntityLabel, ExtractedEntity[]>;
}

/** Links resolved entities (RETAINS_COUNSEL, HOLDS_POSITION, REFERENCES …). */
export interface RelationRecognizer {
  name: string;
  types: readonly RelationType[];
  relate(ctx: RelationContext): RelationCandidate[];
}
