// Builds a Mention from a span found inside one passage: document offsets and the surface follow
// from the passage, so recognizers only say what they found. Every mention gets the same fields in
// the same order (optional ones undefined when not given), so code reading mentions sees one shape.
import type { Mention, Passage, Span } from '../types.js';

export type PassageMentionFields = Omit<Mention, keyof Span | 'surface' | 'passage'>;

export function makePassageMention(p: Passage, span: Span, fields: PassageMentionFields): Mention {
  return {
    label: fields.label,
    name: fields.name,
    surface: p.text.slice(span.start, span.end),
    start: p.start + span.start,
    end: p.start + span.end,
    passage: p.index,
    recognizer: fields.recognizer,
    reason: fields.reason,
    attrs: fields.attrs,
    priority: fields.priority,
  };
}
