// Collects candidate ontology entries from extractions: laws and practices the recognizers found by
// their form (titles in 《》 classified as Law, quoted terms, …制度/机制/模式/工作法 names) whose
// canonical names the gazetteers do not list, counted by the number of reports using them.
import { getGazetteerIndex, type GazetteerIndex } from '../extract/gazetteer-index.js';
import { unquote } from '../extract/skeleton.js';
import type { Ontology } from '../ontology/types.js';
import type { ExtractedEntity, Extraction } from '../types.js';

export const DISCOVERY_LABELS = ['Law', 'Program'] as const;
export type DiscoveryLabel = (typeof DISCOVERY_LABELS)[number];

export interface DiscoveryExample {
  report: string;
  passage: number;
  /** The sentence around the first mention in the first report that used the name. */
  sentence: string;
}

export interface DiscoveryCandidate {
  label: DiscoveryLabel;
  name: string;
  /** Law kind (national-law, local-regulation …) or program category (practice, mechanism …). */
  kind: string | null;
  reports: number;
  mentions: number;
  /** Distinct surfaces as written (at most a few), to help choose aliases. */
  surfaces: string[];
  /** Recognizers that produced the mentions. */
  recognizers: string[];
  example: DiscoveryExample;
}

/** Accumulates candidates over any number of reports in bounded memory (one entry per name). */
export interface CandidateCollector {
  add(extraction: Extraction): void;
  /** Candidates ranked by reports, then mentions, then name. */
  list(options?: ListCandidatesOptions): DiscoveryCandidate[];
  /** Reports seen so far. */
  readonly reports: number;
}

export interface ListCandidatesOptions {
  /** Keep the first N (default: all). */
  top?: number;
  /** Only names used by at least this many reports (default 1). */
  minReports?: number;
  labels?: readonly DiscoveryLabel[];
}

export const DEFAULT_LIST_CANDIDATES: Required<Omit<ListCandidatesOptions, 'top'>> = { minReports: 1, labels: DISCOVERY_LABELS };

const MAX_SURFACES = 5;
const MAX_SENTENCE = 160;
const SENTENCE_END = /[。;；!！?？\n]/;

/** True when the gazetteer already knows the entity under its canonical name. */
export function isKnown(label: DiscoveryLabel, name: string, gazetteers: GazetteerIndex): boolean {
  const n = unquote(name).replace(/\s+/g, '');
  if (label === 'Law') return gazetteers.lookupLaw(n) !== undefined;
  return gazetteers.programs.get(n) !== undefined;
}

/** The sentence of `text` around [start, end), cut to a readable length. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < MAX_SENTENCE && !SENTENCE_END.test(text[s - 1])) s--;
  let e = end;
  while (e < text.length && e - end < MAX_SENTENCE && !SENTENCE_END.test(text[e])) e++;
  if (e < text.length && SENTENCE_END.test(text[e]) && text[e] !== '\n') e++;
  let sentence = text.slice(s, e).trim();
  if (sentence.length > MAX_SENTENCE) {
    const from = Math.max(0, start - s - 60);
    sentence = `…${sentence.slice(from, from + MAX_SENTENCE)}…`;
  }
  return sentence;
}

function exampleOf(x: Extraction, e: ExtractedEntity): DiscoveryExample {
  const m = e.mentions[0];
  const p = x.passages.find((q) => q.index === m.passage);
  const sentence = p ? sentenceAround(p.text, m.start - p.start, m.end - p.start) : m.surface;
  return { report: x.report, passage: m.passage, sentence };
}

interface Slot {
  candidate: DiscoveryCandidate;
  surfaces: Set<string>;
  recognizers: Set<string>;
}

/**
 * A collector of candidates against one ontology's gazetteers.
 * @example const c = createCandidateCollector(ontology); c.add(extraction); c.list({ top: 20 })
 */
export function createCandidateCollector(ontology: Ontology): CandidateCollector {
  const gazetteers = getGazetteerIndex(ontology);
  const slots = new Map<string, Slot>();
  let reports = 0;
  return {
    get reports() {
      return reports;
    },
    add(x) {
      reports++;
      for (const label of DISCOVERY_LABELS) {
        for (const e of x.entities[label] ?? []) {
          if (e.mentions.length === 0 || isKnown(label, e.name, gazetteers)) continue;
          const key = `${label}|${unquote(e.name)}`;
          let slot = slots.get(key);
          if (!slot) {
            slot = {
              candidate: { label, name: e.name, kind: e.kind ?? null, reports: 0, mentions: 0, surfaces: [], recognizers: [], example: exampleOf(x, e) },
              surfaces: new Set(),
              recognizers: new Set(),
            };
            slots.set(key, slot);
          }
          slot.candidate.reports++;
          slot.candidate.mentions += e.mentions.length;
          for (const m of e.mentions) {
            if (slot.surfaces.size < MAX_SURFACES) slot.surfaces.add(m.surface);
            slot.recognizers.add(m.recognizer);
          }
        }
      }
    },
    list(options = {}) {
      const minReports = options.minReports ?? DEFAULT_LIST_CANDIDATES.minReports;
      const labels = new Set(options.labels ?? DEFAULT_LIST_CANDIDATES.labels);
      const out = [...slots.values()]
        .filter((s) => s.candidate.reports >= minReports && labels.has(s.candidate.label))
        .map((s) => ({ ...s.candidate, surfaces: [...s.surfaces].sort(), recognizers: [...s.recognizers].sort() }))
        .sort((a, b) => b.reports - a.reports || b.mentions - a.mentions || a.label.localeCompare(b.label) || a.name.localeCompare(b.name));
      return options.top !== undefined ? out.slice(0, Math.max(0, options.top)) : out;
    },
  };
}
