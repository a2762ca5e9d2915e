// Builds recognizer and relation contexts over a short text for the citation, law and law-firm
// tests (not a test file itself). The ontology is the bundled one unless a test swaps gazetteers.
import { getGazetteerIndex } from '../../../src/extract/gazetteer-index.js';
import type { RecognizerContext, RelationContext } from '../../../src/extract/types.js';
import { loadOntology } from '../../../src/ontology/load-ontology.js';
import type { Ontology } from '../../../src/ontology/types.js';
import { resolveMentions } from '../../../src/resolve/resolve-mentions.js';
import { prepareText } from '../../../src/text/prepare-text.js';
import type { Issuer, Mention, RawDocument } from '../../../src/types.js';

export const ONTOLOGY = loadOntology();

/** The bundled ontology with no laws: what form-based rules do on their own. */
export const NO_LAWS: Ontology = { ...ONTOLOGY, laws: [] };

export const TOWN: Issuer = {
  name: '澥浦镇',
  level: 'township',
  code: '330211100',
  province: '浙江省',
  city: '宁波市',
  county: '镇海区',
};

export function makeDoc(text: string): RawDocument {
  return { source: 'test.txt', name: 'test.txt', sha256: 'test', bytes: text.length, encoding: 'utf-8', format: 'text', text, meta: {}, furniture: [] };
}

export function makeContext(text: string, options: { ontology?: Ontology; issuer?: Issuer | null; previous?: Mention[] } = {}): RecognizerContext {
  const ontology = options.ontology ?? ONTOLOGY;
  return {
    text: prepareText(makeDoc(text)),
    ontology,
    gazetteers: getGazetteerIndex(ontology),
    issuer: options.issuer === undefined ? TOWN : options.issuer,
    year: 2024,
    previous: options.previous ?? [],
  };
}

/** Resolves mentions found in `ctx` into entities and returns a relation context over them. */
export function makeRelationContext(ctx: RecognizerContext, mentions: Mention[]): RelationContext {
  const { entities } = resolveMentions(mentions, ctx.issuer, ctx.text.doc.text);
  const { previous: _previous, ...rest } = ctx;
  return { ...rest, entities };
}
