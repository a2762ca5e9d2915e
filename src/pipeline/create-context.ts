// Loads what every extraction needs once per process (worker): ontology, jieba's dictionary,
// the recognizer registry and the national division index.
import { createDefaultRegistry } from '../extract/default-recognizers.js';
import { loadOntology } from '../ontology/load-ontology.js';
import { loadAdminIndex } from '../resolve/admin/admin-index.js';
import { loadSegmenter } from '../text/segment.js';
import type { ExtractContext } from './extract-document.js';

export interface ContextOptions {
  /** Ontology folder (default: the package's ontology/). */
  ontologyDir?: string;
}

let shared: ExtractContext | null = null;
let sharedDir: string | undefined;

/** The process-wide extraction context (created on first use). */
export function getExtractContext(options: ContextOptions = {}): ExtractContext {
  if (shared && sharedDir === options.ontologyDir) return shared;
  const ontology = loadOntology(options.ontologyDir);
  loadSegmenter(ontology);
  shared = { ontology, registry: createDefaultRegistry(), adminIndex: loadAdminIndex() };
  sharedDir = options.ontologyDir;
  return shared;
}
