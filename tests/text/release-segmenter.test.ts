// A build's workers give jieba's dictionaries back before they exit; segmenting afterwards needs
// the real dictionary loaded again, and then gives the same tokens.
import { describe, expect, it } from 'vitest';
import { loadOntology } from '../../src/ontology/load-ontology.js';
import { getUserDictPath, loadSegmenter, releaseSegmenter, segment } from '../../src/text/segment.js';

const TEXT = '全面推进依法行政，深入开展八五普法，坚持和发展新时代枫桥经验。';

describe('releaseSegmenter', () => {
  it('unloads the dictionary until loadSegmenter loads it again, with the same tokens', () => {
    const ontology = loadOntology();
    loadSegmenter(ontology);
    const before = segment(TEXT).map((t) => t.word);
    expect(before.length).toBeGreaterThan(8);
    releaseSegmenter();
    expect(getUserDictPath()).toBeNull();
    expect(() => segment(TEXT)).toThrow(/loadSegmenter/);
    loadSegmenter(ontology);
    expect(segment(TEXT).map((t) => t.word)).toEqual(before);
  });
});
