// Builds a Mention from a span found inside one passage: document offsets and the surface follow
// from the passage, so recognizers only say what they found.
import type { Mention, Passage, Span } from '../types.js';

export function makePassageMention(p: Passage, span: Span, fields: Omit<Mention, keyof Span | 'surface' | 'passage'>): Mention {
  return {
    ...fields,
    surface: p.text.slice(span.start, span.end),
    start: p.start + span.start,
    end: p.start + span.end,
    passage: p.index,
  };
}
