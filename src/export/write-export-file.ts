// Writes an export to its file piece by piece as the writer produces it: at 20,000 reports a GEXF,
// GraphML or HTML export is longer than the longest string V8 can make, so it is never one string.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { KgError } from '../errors.js';
import { BufferedFileWriter } from '../io/buffered-file-writer.js';

/**
 * Creates `file` (and its folders), hands `produce` a function that appends text (UTF-8), and
 * returns the bytes written. A failure to write is E_EXPORT naming `what`, and leaves no partial
 * file; errors of `produce` itself pass through (the partial file is removed too).
 * @example writeExportFile('out/graph.graphml', 'the GraphML file', (write) => write('<graphml/>'))
 */
export function writeExportFile(file: string, what: string, produce: (write: (text: string) => void) => void): number {
  const fail = (err: unknown) => new KgError('E_EXPORT', `could not write ${what}: ${(err as Error).message}`, { where: file, cause: err });
  let out: BufferedFileWriter;
  try {
    mkdirSync(dirname(file), { recursive: true });
    out = new BufferedFileWriter(file);
  } catch (err) {
    throw fail(err);
  }
  let producing = true;
  try {
    produce((text) => {
      producing = false;
      out.write(text);
      producing = true;
    });
    producing = false;
    out.close();
    return out.bytes;
  } catch (err) {
    try {
      out.close();
    } catch {
      // The first error is the one to report.
    }
    rmSync(file, { force: true });
    throw producing ? err : fail(err);
  }
}

/**
 * What `produce` writes, as one string: for exports small enough to be one (tests, the library).
 * @example exportToString((write) => writeGexfTo(graph, write))
 */
export function exportToString(produce: (write: (text: string) => void) => void): string {
  const parts: string[] = [];
  produce((text) => parts.push(text));
  return parts.join('');
}
