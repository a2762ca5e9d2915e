// Shapes shared by the program-discovery helpers: a candidate practice found in one passage (local
// offsets), or a rejected one with the reason it is not a practice.
import type { ProgramCategory } from '../../ontology/types.js';
import type { DropReason } from '../../types.js';

export interface ProgramCandidate {
  /** Offsets in the passage text (the surface, quotation marks included when quoted). */
  start: number;
  end: number;
  /** Proposed name, without quotation marks (canonicalised later against the gazetteer). */
  name: string;
  category: ProgramCategory;
  /** The rule that accepted it (quoted:numbered, mechanism:制度 …). */
  rule: string;
}

export interface RejectedCandidate {
  start: number;
  end: number;
  surface: string;
  reason: DropReason;
  detail: string;
}

export interface ProgramFindings {
  accepted: ProgramCandidate[];
  rejected: RejectedCandidate[];
}

/** Word lists from the ontology (rhetoric.yaml) that veto a candidate. */
export interface ProgramWordLists {
  figuresOfSpeech: ReadonlySet<string>;
  notPrograms: ReadonlySet<string>;
}

export const EMPTY_WORD_LISTS: ProgramWordLists = { figuresOfSpeech: new Set(), notPrograms: new Set() };
