// Programs named by the gazetteer (ontology/gazetteers/programs.yaml): every name and alias, with
// quotation marks ignored, so “八五”普法 and 新时代“枫桥经验” resolve to 八五普法 and 枫桥经验.
import { createGazetteerRecognizer } from './create-gazetteer-recognizer.js';

export const programGazetteerRecognizer = createGazetteerRecognizer({
  name: 'program-gazetteer',
  label: 'Program',
  trie: (g) => g.programs,
  toMention: (p, matched) => ({ name: p.name, reason: `gazetteer:${matched}`, attrs: { category: p.category } }),
  priority: 2,
});
