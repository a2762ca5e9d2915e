// One input file to one result: read, decode, extract. Never throws: every problem becomes a
// FileFailure with a stable code, so one bad file never aborts a batch.
import { toKgError } from '../errors.js';
import { readDocument } from '../ingest/read-document.js';
import type { FileResult, RawDocument } from '../types.js';
import { checkReportSize } from './check-report-size.js';
import { extractDocument, type ExtractContext } from './extract-document.js';
import { describeUncodedIssuer, findIssuerConflicts, formatIssuerConflict } from './find-issuer-conflicts.js';

export interface ProcessedFile {
  result: FileResult;
  doc?: RawDocument;
}

/** Reads and extracts one file. */
export async function processFile(path: string, ctx: ExtractContext): Promise<ProcessedFile> {
  let doc: RawDocument;
  try {
    doc = await readDocument(path);
  } catch (err) {
    const e = toKgError(err, 'E_READ', path);
    return { result: { status: 'failed', file: path, code: e.code, message: e.message } };
  }
  try {
    checkReportSize(doc);
    const extraction = extractDocument(doc, ctx);
    const issuer = extraction.issuer;
    const warnings = issuer ? findIssuerConflicts(doc, issuer, ctx.adminIndex, extraction.title).map((c) => formatIssuerConflict(c, issuer)) : [];
    if (issuer && !issuer.code) warnings.push(describeUncodedIssuer(issuer, ctx.adminIndex.byName(issuer.name).length));
    return { result: { status: 'ok', file: path, extraction, warnings }, doc };
  } catch (err) {
    const e = toKgError(err, 'E_EXTRACT', path);
    return { result: { status: 'failed', file: path, code: e.code, message: e.message }, doc };
  }
}
