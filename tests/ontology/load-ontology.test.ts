import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OntologyError } from '../../src/errors.js';
import { DEFAULT_ONTOLOGY_DIR, loadOntology } from '../../src/ontology/load-ontology.js';

/** A copy of the shipped ontology with one gazetteer file replaced. */
function ontologyWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-onto-'));
  cpSync(DEFAULT_ONTOLOGY_DIR, dir, { recursive: true });
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), content);
  return dir;
}

function loadError(dir: string): OntologyError {
  try {
    loadOntology(dir);
  } catch (err) {
    return err as OntologyError;
  }
  throw new Error('expected loadOntology to fail');
}

describe('loadOntology', () => {
  it('loads the shipped schema with every label of the graph model', () => {
    const o = loadOntology();
    const labels = o.schema.nodes.map((n) => n.label);
    for (const l of ['Report', 'Passage', 'AdminUnit', 'Law', 'Document', 'Program', 'Institution', 'LawFirm', 'Person', 'Indicator']) {
      expect(labels).toContain(l);
    }
    expect(o.schema.nodes.find((n) => n.label === 'AdminUnit')?.key).toBe('code');
    expect(o.schema.relationships.find((r) => r.type === 'CITES')?.to).toEqual(['Law', 'Document']);
  });

  it('names the file and the entry when a law has a kind that does not exist', () => {
    const dir = ontologyWith('gazetteers/laws.yaml', 'laws:\n  - name: 行政处罚法\n    kind: statute\n');
    const err = loadError(dir);
    expect(err).toBeInstanceOf(OntologyError);
    expect(err.code).toBe('E_ONTOLOGY');
    expect(err.message).toContain('laws.yaml');
    expect(err.message).toContain('laws[0] (行政处罚法)');
    expect(err.message).toContain('national-law');
  });

  it('rejects an unknown key and lists the valid ones', () => {
    const dir = ontologyWith('gazetteers/programs.yaml', 'programs:\n  - name: 枫桥经验\n    category: practice\n    alias: [x]\n');
    expect(loadError(dir).message).toMatch(/unknown key "alias".*aliases/);
  });

  it('rejects a kind of body whose label is neither Institution nor Organization', () => {
    const dir = ontologyWith('gazetteers/institutions.yaml', 'institutions: []\ninstitutionKinds:\n  - {kind: 工商联, suffixes: [工商联], label: Company}\n');
    expect(loadError(dir).message).toMatch(/institutionKinds\[0\].*"label" to be Institution or Organization, found/);
  });

  it('rejects an event written twice, and a name another event has as an alias', () => {
    const twice = ontologyWith('gazetteers/events.yaml', 'events:\n  - {name: 摆手节, kind: festival, aliases: []}\n  - {name: 摆手节, kind: festival, aliases: [土家族摆手节]}\n');
    expect(loadError(twice).message).toMatch(/events\.yaml.*"摆手节" also used by another entry of that name/);
    const alias = ontologyWith('gazetteers/events.yaml', 'events:\n  - {name: 三月街, kind: festival, aliases: []}\n  - {name: 三月街民族节, kind: festival, aliases: [三月街]}\n');
    expect(loadError(alias).message).toMatch(/"三月街" also used by "三月街"/);
  });

  it('rejects invalid YAML with the file name', () => {
    const dir = ontologyWith('gazetteers/events.yaml', 'events: [unclosed\n');
    const err = loadError(dir);
    expect(err.code).toBe('E_ONTOLOGY');
    expect(err.message).toContain('events.yaml');
  });

  it('rejects a relationship that names an unknown label', () => {
    const dir = ontologyWith('schema.yaml', 'nodes:\n  Report:\n    key: id\n    properties: {id: STRING}\nrelationships:\n  CITES:\n    from: [Report]\n    to: [Statute]\n');
    expect(loadError(dir).message).toMatch(/unknown node label "Statute"/);
  });

  it('rejects an alias shared by two laws', () => {
    const dir = ontologyWith(
      'gazetteers/laws.yaml',
      'laws:\n  - {name: 甲法, kind: national-law, aliases: [同名]}\n  - {name: 乙法, kind: national-law, aliases: [同名]}\n',
    );
    expect(loadError(dir).message).toMatch(/"同名" also used by "甲法"/);
  });
});
