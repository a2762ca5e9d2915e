// The text stage: normalise the decoded document and cut it into passages with section paths.
import type { PreparedText, RawDocument } from '../types.js';
import { normalizeText } from './normalize-text.js';
import { splitPassages } from './split-passages.js';

/** Each document's text and its normalised form (the text is compared, should a caller change it). */
const normalizedTexts = new WeakMap<RawDocument, { text: string; normalized: string }>();

/** Prepares a decoded document for the recognizers. */
export function prepareText(doc: RawDocument): PreparedText {
  const normalized = normalizedTextOf(doc);
  return { doc, normalized, passages: splitPassages(normalized, doc.furniture) };
}

/**
 * normalizeText(doc.text), computed once per document: the issuer conflict check reads the same
 * string after extraction (and so finds the lines read from it, see read-report-lines.ts).
 */
export function normalizedTextOf(doc: RawDocument): string {
  let entry = normalizedTexts.get(doc);
  if (entry === undefined || entry.text !== doc.text) normalizedTexts.set(doc, (entry = { text: doc.text, normalized: normalizeText(doc.text) }));
  return entry.normalized;
}
