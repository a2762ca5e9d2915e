// The ingest stage: files → decoded text with page furniture and metadata (DESIGN §3).
export { listInputs, DEFAULT_INPUT_EXTENSIONS, type ListInputsOptions } from './list-inputs.js';
export { readDocument, DEFAULT_READ_OPTIONS, type ReadOptions } from './read-document.js';
export { decodeBytes, type DecodedText } from './decode-bytes.js';
export { detectBinary } from './detect-binary.js';
export { detectBom, detectUtf16ByNuls, normalizeEncodingName, sniffHtmlCharset } from './detect-encoding.js';
export { htmlToText, type HtmlText } from './html-to-text.js';
export { findFurniture } from './find-furniture.js';
export { readPageMeta, type ReadPageMetaOptions } from './read-page-meta.js';
export { parseMetaRow, type MetaPair, type MetaRow } from './parse-meta-row.js';
export { normalizeDate } from './normalize-date.js';
