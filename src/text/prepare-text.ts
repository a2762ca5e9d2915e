// The text stage: normalise the decoded document and cut it into passages with section paths.
import type { PreparedText, RawDocument } from '../types.js';
import { normalizeText } from './normalize-text.js';
import { splitPassages } from './split-passages.js';

/** Prepares a decoded document for the recognizers. */
export function prepareText(doc: RawDocument): PreparedText {
  const normalized = normalizeText(doc.text);
  return { doc, normalized, passages: splitPassages(normalized, doc.furniture) };
}
