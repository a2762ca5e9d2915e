// Builds a recognizer that finds the names and aliases of one gazetteer in every passage, matching
// quote-free skeletons so quoted variants (“八五”普法) are found too. The skeleton of a passage is
// built once and shared by every gazetteer recognizer.
import type { EntityLabel, Mention } from '../../types.js';
import type { GazetteerIndex } from '../gazetteer-index.js';
import type { MatchTrie } from '../match-trie.js';
import { makePassageMention } from '../make-passage-mention.js';
import { mapSpan, passageSkeleton } from '../skeleton.js';
import type { Recognizer, RecognizerContext } from '../types.js';

export interface GazetteerRecognizerOptions<T> {
  name: string;
  label: EntityLabel;
  /** Other labels `toMention` may give an entry (the institutions' gazetteer also holds associations). */
  otherLabels?: EntityLabel[];
  trie(g: GazetteerIndex): MatchTrie<T>;
  /** Canonical name and attributes of an entry (its label when not `label`); return null to skip this match. */
  toMention(entry: T, matched: string, ctx: RecognizerContext, around: { before: string; after: string }): (Omit<Mention, 'start' | 'end' | 'surface' | 'passage' | 'recognizer' | 'label'> & { label?: EntityLabel }) | null;
  priority?: number;
}

export function createGazetteerRecognizer<T>(options: GazetteerRecognizerOptions<T>): Recognizer {
  return {
    name: options.name,
    labels: [options.label, ...(options.otherLabels ?? [])],
    recognize(ctx) {
      const trie = options.trie(ctx.gazetteers);
      const mentions: Mention[] = [];
      if (trie.size === 0) return { mentions };
      for (const p of ctx.text.passages) {
        const sk = passageSkeleton(p);
        for (const m of ctx.gazetteers.findAllIn(trie, sk)) {
          const span = mapSpan(sk, p.text, m.start, m.end);
          const around = { before: p.text.slice(Math.max(0, span.start - 6), span.start), after: p.text.slice(span.end, span.end + 6) };
          const made = options.toMention(m.values[0], m.key, ctx, around);
          if (!made) continue;
          mentions.push(
            makePassageMention(p, span, {
              label: made.label ?? options.label,
              name: made.name,
              recognizer: options.name,
              reason: made.reason,
              attrs: made.attrs,
              priority: made.priority ?? options.priority ?? 0,
            }),
          );
        }
      }
      return { mentions };
    },
  };
}
