import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKnown } from '../../src/discover/collect-candidates.js';
import { discoverPaths, type DiscoveryResult } from '../../src/discover/discover-paths.js';
import { formatCandidatesYaml } from '../../src/discover/format-candidates.js';
import { getGazetteerIndex } from '../../src/extract/gazetteer-index.js';
import { DEFAULT_ONTOLOGY_DIR, loadOntology } from '../../src/ontology/load-ontology.js';

describe('discoverPaths on the sample reports', () => {
  let result: DiscoveryResult;
  let dir: string;
  beforeAll(async () => {
    result = await discoverPaths(['data/samples']);
    dir = mkdtempSync(join(tmpdir(), 'kg-discover-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the local regulations cited in 《》 that laws.yaml does not hold', () => {
    expect(result.reports).toBe(5);
    const laws = result.candidates.filter((c) => c.label === 'Law');
    expect(laws.length).toBeGreaterThan(0);
    const gazetteers = getGazetteerIndex(loadOntology());
    for (const c of laws) expect(isKnown('Law', c.name, gazetteers)).toBe(false);
    expect(laws.every((c) => c.recognizers.includes('titled-citation'))).toBe(true);
  });

  it('gives each candidate an example sentence that contains one of its surfaces', () => {
    expect(result.candidates.length).toBeGreaterThan(0);
    for (const c of result.candidates) {
      expect(c.surfaces.some((s) => c.example.sentence.includes(s)), `${c.name}: ${c.example.sentence}`).toBe(true);
    }
  });

  it('ranks candidates by the number of reports using them', () => {
    const counts = result.candidates.map((c) => c.reports);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('prints YAML entries that the ontology loader accepts, after which the names are known', () => {
    const onto = join(dir, 'ontology');
    cpSync(DEFAULT_ONTOLOGY_DIR, onto, { recursive: true });
    const yaml = formatCandidatesYaml(result.candidates);
    const [lawPart, programPart = ''] = yaml.split('# → ontology/gazetteers/programs.yaml (programs:)');
    const laws = join(onto, 'gazetteers', 'laws.yaml');
    const programs = join(onto, 'gazetteers', 'programs.yaml');
    writeFileSync(laws, readFileSync(laws, 'utf8').trimEnd() + '\n' + lawPart);
    writeFileSync(programs, readFileSync(programs, 'utf8').trimEnd() + '\n' + programPart);
    const grown = getGazetteerIndex(loadOntology(onto));
    for (const c of result.candidates) expect(isKnown(c.label, c.name, grown), c.name).toBe(true);
  });
});
