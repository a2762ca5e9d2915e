// Compiles the ontology's gazetteers into tries once per ontology, for the recognizers.
import type { IndicatorEntry, LawEntry, NamedEntry, Ontology, ProgramEntry } from '../ontology/types.js';
import { MatchTrie } from './match-trie.js';
import { unquote } from './skeleton.js';

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
  const index: GazetteerIndex = {
    laws,
    programs: build(ontology.programs),
    platforms: build(ontology.platforms),
    events: build(ontology.events),
    institutions: build(ontology.institutions),
    indicators,
    figuresOfSpeech: new Set(ontology.figuresOfSpeech.map(unquote)),
    notPrograms: new Set(ontology.notPrograms.map(unquote)),
    lookupLaw(title: string) {
      const t = unquote(title).replace(/\s+/g, '');
      return laws.get(t)?.[0] ?? (t.startsWith(LAW_PREFIX) ? laws.get(t.slice(LAW_PREFIX.length))?.[0] : undefined);
    },
  };
  cache.set(ontology, index);
  return index;
}
