// Name search of the explorer: substring match on Chinese names, exact and prefix matches first.
import { describe, expect, it } from 'vitest';
import type { ExplorerNode } from '../../../../src/export/html/explorer-data.js';
import { searchNodes } from '../../../../src/export/html/client/search-nodes.js';

function node(key: string, name: string, props: [string, string][] = []): ExplorerNode {
  return { key, label: 'Program', name, x: 0, y: 0, size: 5, color: '#000', provinces: [], years: [], props };
}

const NODES = [
  node('p1', '新时代枫桥经验'),
  node('p2', '枫桥经验'),
  node('p3', '枫桥式派出所'),
  node('l1', '行政处罚法', [['aliases', '中华人民共和国行政处罚法']]),
];

describe('searchNodes', () => {
  it('puts the exact name first, then names starting with the query, then names containing it', () => {
    expect(searchNodes(NODES, '枫桥经验').map((n) => n.key)).toEqual(['p2', 'p1']);
    expect(searchNodes(NODES, '枫桥').map((n) => n.key)).toEqual(['p2', 'p3', 'p1']);
  });

  it('matches aliases and ignores white space and full-width forms', () => {
    expect(searchNodes(NODES, '中华人民共和国').map((n) => n.key)).toEqual(['l1']);
    expect(searchNodes(NODES, ' 枫桥 经验 ').map((n) => n.key)).toEqual(['p2', 'p1']);
  });

  it('finds nothing for an empty query', () => {
    expect(searchNodes(NODES, '  ')).toEqual([]);
  });
});
