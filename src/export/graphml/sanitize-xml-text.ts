// XML 1.0 cannot hold some characters at all, not even escaped (C0 controls but tab, CR, LF;
// lone surrogates; U+FFFE/U+FFFF). Scraped pages carry them (form feeds, vertical tabs), so they
// are dropped before writing GraphML or GEXF, or the whole file would be unreadable.

const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 forbids; everything else is left to the writer's escaping. */
export function sanitizeXmlText(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}
