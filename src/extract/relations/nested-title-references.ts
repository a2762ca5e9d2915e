// REFERENCES between documents: a title nested in another (《关于贯彻落实〈…方案〉…的通知》) is
// referenced by the outer document.
import type { RelationCandidate, RelationRecognizer } from '../types.js';

export const nestedTitleReferences: RelationRecognizer = {
  name: 'nested-title-references',
  types: ['REFERENCES'],
  relate(ctx) {
    const out: RelationCandidate[] = [];
    const docs = ctx.entities.Document;
    const byName = new Map(docs.map((d) => [d.name, d]));
    for (const label of ['Document', 'Law'] as const) {
      for (const inner of ctx.entities[label]) {
        const container = inner.props?.nestedIn;
        if (typeof container !== 'string') continue;
        const outer = byName.get(container);
        if (!outer || outer.id === inner.id) continue;
        const m = inner.mentions[0];
        out.push({
          type: 'REFERENCES',
          from: { kind: 'entity', id: outer.id },
          to: { kind: 'entity', id: inner.id },
          evidence: { passage: m.passage, start: outer.mentions[0].start, end: outer.mentions[0].end },
          recognizer: 'nested-title-references',
        });
      }
    }
    return out;
  },
};
