// Gazetteer-driven recognizers: laws cited bare (宪法、民法典), programs, platforms, events and
// named central institutions, each from ontology/gazetteers.
import { createGazetteerRecognizer } from './create-gazetteer-recognizer.js';

/** Laws cited without 《》 by a name or alias of the gazetteer (宪法, 民法典, 传染病防治法). */
export const bareLawRecognizer = createGazetteerRecognizer({
  name: 'law-gazetteer',
  label: 'Law',
  trie: (g) => g.laws,
  toMention: (law, matched, _ctx, around) => {
    // A law name inside a longer word is not a citation (e.g. 刑法学, 宪法学家).
    if (/^[学者家]/.test(around.after)) return null;
    if (matched.length < 2) return null;
    return { name: law.name, reason: `gazetteer:${matched}`, attrs: { kind: law.kind, fullName: law.fullName } };
  },
});

export const programGazetteerRecognizer = createGazetteerRecognizer({
  name: 'program-gazetteer',
  label: 'Program',
  trie: (g) => g.programs,
  toMention: (p, matched) => ({ name: p.name, reason: `gazetteer:${matched}`, attrs: { category: p.category } }),
  priority: 2,
});

export const platformGazetteerRecognizer = createGazetteerRecognizer({
  name: 'platform-gazetteer',
  label: 'Platform',
  trie: (g) => g.platforms,
  toMention: (p, matched) => ({ name: p.name, reason: `gazetteer:${matched}`, attrs: { kind: p.kind || null } }),
  priority: 3,
});

export const eventGazetteerRecognizer = createGazetteerRecognizer({
  name: 'event-gazetteer',
  label: 'Event',
  trie: (g) => g.events,
  toMention: (e, matched) => ({ name: e.name, reason: `gazetteer:${matched}`, attrs: { kind: e.kind || null } }),
  priority: 3,
});

export const institutionGazetteerRecognizer = createGazetteerRecognizer({
  name: 'institution-gazetteer',
  label: 'Institution',
  trie: (g) => g.institutions,
  toMention: (e, matched) => ({ name: e.name, reason: `gazetteer:${matched}`, attrs: { kind: e.kind || null } }),
  priority: 1,
});
