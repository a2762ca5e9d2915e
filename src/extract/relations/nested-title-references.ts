// REFERENCES between documents: a title nested in another (《关于贯彻落实〈…方案〉…的通知》) is
// referenced by the outer document. Nesting is read from the mentions' spans, which survive
// resolution (the recognizer's `nestedIn` hint does not).
import type { ExtractedEntity, MentionRef } from '../../types.js';
import type { RelationCandidate, RelationRecognizer } from '../types.js';

interface Placed {
  entity: ExtractedEntity;
  mention: MentionRef;
}

export const nestedTitleReferences: RelationRecognizer = {
  name: 'nested-title-references',
  types: ['REFERENCES'],
  relate(ctx) {
    const out: RelationCandidate[] = [];
    const outers: Placed[] = ctx.entities.Document.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
    if (outers.length === 0) return out;
    outers.sort((a, b) => a.mention.start - b.mention.start);
    const seen = new Set<string>();
    // ontology/schema.yaml types REFERENCES Document → Document; a law nested in a title is cited
    // by the report (CITES) instead.
    for (const label of ['Document'] as const) {
      for (const inner of ctx.entities[label]) {
        for (const m of inner.mentions) {
          // Titles do not overlap except by nesting: only the last few titles opening before this
          // one can contain it (binary search keeps large reports linear-logarithmic).
          let lo = 0;
          let hi = outers.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (outers[mid].mention.start < m.start) lo = mid + 1;
            else hi = mid;
          }
          for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
            const o = outers[k];
            if (o.mention.end < m.end || o.entity.id === inner.id) continue;
            const key = `${o.entity.id}|${inner.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({
              type: 'REFERENCES',
              from: { kind: 'entity', id: o.entity.id },
              to: { kind: 'entity', id: inner.id },
              evidence: { passage: o.mention.passage, start: o.mention.start, end: o.mention.end },
              recognizer: 'nested-title-references',
            });
          }
        }
      }
    }
    return out;
  },
};
