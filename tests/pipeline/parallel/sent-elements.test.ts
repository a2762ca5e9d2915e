// A worker leaves out of a report's shared elements only what the main thread has confirmed it
// merged: never what went with a report still unsettled or set aside.
import { describe, expect, it } from 'vitest';
import type { SharedElements } from '../../../src/graph/add-extraction.js';
import { createSentElements, sameAttributes } from '../../../src/pipeline/parallel/sent-elements.js';

const law = (aliases: string[]): SharedElements['nodes'][number] => ['law:宪法', { label: 'Law', id: 'law:宪法', name: '宪法', kind: 'constitution', aliases }];
const county: SharedElements['nodes'][number] = ['admin:330103', { label: 'AdminUnit', code: '330103', name: '上城区', level: 'county', kind: '区', province: '浙江省' }];
const partOf: SharedElements['edges'][number] = ['PART_OF|admin:330103|admin:33', 'admin:330103', 'admin:33', { type: 'PART_OF' }];

function report(id: string, aliases = ['《宪法》']): SharedElements {
  return {
    nodes: [[`report:${id}`, { label: 'Report', id: `report:${id}` }], law(aliases), county],
    edges: [partOf],
  };
}
const keys = (s: SharedElements) => [...s.nodes.map((n) => n[0]), ...s.edges.map((e) => e[0])];

describe('createSentElements', () => {
  it('sends everything until the main thread settles a report as merged, then leaves out what went with it', () => {
    const sent = createSentElements();
    expect(keys(sent.omitKnown(1, report('a')))).toEqual(['report:a', 'law:宪法', 'admin:330103', 'PART_OF|admin:330103|admin:33']);
    // Report 1 not settled yet: report 2 sends it all again.
    expect(keys(sent.omitKnown(2, report('b')))).toHaveLength(4);
    sent.settle(1, true);
    expect(keys(sent.omitKnown(3, report('c')))).toEqual(['report:c']);
  });

  it('never leaves out what went with a report the main thread set aside', () => {
    const sent = createSentElements();
    sent.omitKnown(1, report('a'));
    sent.settle(1, false);
    expect(keys(sent.omitKnown(2, report('b')))).toHaveLength(4);
    expect(sent.knownCount).toBe(0);
  });

  it('sends a node again when a report describes it otherwise', () => {
    const sent = createSentElements();
    sent.omitKnown(1, report('a'));
    sent.settle(1, true);
    expect(keys(sent.omitKnown(2, report('b', ['《宪法》', '中华人民共和国宪法'])))).toEqual(['report:b', 'law:宪法']);
    // The first description is still known as merged.
    expect(keys(sent.omitKnown(3, report('c')))).toEqual(['report:c']);
  });

  it('does not remember report nodes, which no other report describes', () => {
    const sent = createSentElements();
    sent.omitKnown(1, report('a'));
    sent.settle(1, true);
    expect(sent.knownCount).toBe(3);
    expect(keys(sent.omitKnown(2, report('a')))).toEqual(['report:a']);
  });

  it('ignores a receipt it does not know, or settled twice', () => {
    const sent = createSentElements();
    sent.settle(7, true);
    sent.omitKnown(1, report('a'));
    sent.settle(1, false);
    sent.settle(1, true);
    expect(sent.knownCount).toBe(0);
  });
});

describe('sameAttributes', () => {
  it('compares keys and values, lists item by item', () => {
    expect(sameAttributes({ label: 'Law', aliases: ['a', 'b'] }, { label: 'Law', aliases: ['a', 'b'] })).toBe(true);
    expect(sameAttributes({ label: 'Law', aliases: ['a', 'b'] }, { label: 'Law', aliases: ['a'] })).toBe(false);
    expect(sameAttributes({ label: 'Law', kind: null }, { label: 'Law' })).toBe(false);
    expect(sameAttributes({ label: 'Law' }, { label: 'Law', kind: null })).toBe(false);
    expect(sameAttributes({ label: 'Law', kind: null }, { label: 'Law', kind: '' })).toBe(false);
  });
});
