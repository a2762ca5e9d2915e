// Compiles the ontology's gazetteers into tries once per ontology, for the recognizers.
import type { IndicatorEntry, LawEntry, NamedEntry, Ontology, ProgramEntry } from '../ontology/types.js';
import { MatchTrie, MatchTrieGroup, type TrieMatch } from './match-trie.js';
import { unquote, type Skeleton } from './skeleton.js';

export interface GazetteerIndex {
  laws: MatchTrie<LawEntry>;
  programs: MatchTrie<ProgramEntry>;
  platforms: MatchTrie<NamedEntry>;
  events: MatchTrie<NamedEntry>;
  institutions: MatchTrie<NamedEntry>;
  indicators: MatchTrie<IndicatorEntry>;
  figuresOfSpeech: Set<string>;
  notPrograms: Set<string>;
  /** Law by any of its names (canonical, full, alias), quote-free. */
  lookupLaw(title: string): LawEntry | undefined;
  /**
   * `trie.findAll(sk.text)`; for the name tries (laws, programs, platforms, events, institutions)
   * all five are read in one pass over a skeleton, the first time one of them asks, and the matches
   * kept with the skeleton for the others (read only).
   */
  findAllIn<T>(trie: MatchTrie<T>, sk: Skeleton): readonly TrieMatch<T>[];
}

const cache = new WeakMap<Ontology, GazetteerIndex>();

const LAW_PREFIX = '中华人民共和国';

function namesOf(e: { name: string; aliases: string[] }): string[] {
  return [...new Set([e.name, ...e.aliases].map(unquote))];
}

/** Builds (once per ontology object) the tries the recognizers match against. */
export function getGazetteerIndex(ontology: Ontology): GazetteerIndex {
  const cached = cache.get(ontology);
  if (cached) return cached;
  const laws = new MatchTrie<LawEntry>();
  for (const l of ontology.laws) {
    for (const n of new Set([...namesOf(l), unquote(l.fullName)])) {
      laws.add(n, l);
      if (n.startsWith(LAW_PREFIX)) laws.add(n.slice(LAW_PREFIX.length), l);
    }
  }
  const build = <T extends { name: string; aliases: string[] }>(list: T[]) => {
    const t = new MatchTrie<T>();
    for (const e of list) for (const n of namesOf(e)) t.add(n, e);
    return t;
  };
  const indicators = new MatchTrie<IndicatorEntry>();
  for (const i of ontology.indicators) for (const c of i.cues) indicators.add(c, i);
  const programs = build(ontology.programs);
  const platforms = build(ontology.platforms);
  const events = build(ontology.events);
  const institutions = build(ontology.institutions);
  const names = new MatchTrieGroup([laws, programs, platforms, events, institutions] as MatchTrie<unknown>[]);
  const namesBySkeleton = new WeakMap<Skeleton, TrieMatch<unknown>[][]>();
  const index: GazetteerIndex = {
    laws,
    programs,
    platforms,
    events,
    institutions,
    indicators,
    figuresOfSpeech: new Set(ontology.figuresOfSpeech.map(unquote)),
    notPrograms: new Set(ontology.notPrograms.map(unquote)),
    lookupLaw(title: string) {
      const t = unquote(title).replace(/\s+/g, '');
      return laws.get(t)?.[0] ?? (t.startsWith(LAW_PREFIX) ? laws.get(t.slice(LAW_PREFIX.length))?.[0] : undefined);
    },
    findAllIn<T>(trie: MatchTrie<T>, sk: Skeleton): readonly TrieMatch<T>[] {
      const k = names.members.indexOf(trie as MatchTrie<unknown>);
      if (k < 0) return trie.findAll(sk.text);
      let all = namesBySkeleton.get(sk);
      if (!all) namesBySkeleton.set(sk, (all = names.findAll(sk.text)));
      return all[k] as TrieMatch<T>[];
    },
  };
  cache.set(ontology, index);
  return index;
}
