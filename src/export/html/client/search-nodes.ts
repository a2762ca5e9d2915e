// Name search of the explorer: substring match on names (Chinese has no word boundaries, so a
// substring is what a user types), exact and prefix matches first.
import type { ExplorerNode } from '../explorer-data.js';

export const MAX_SEARCH_RESULTS = 20;

function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The nodes whose name (or an alias) contains `query`, best first.
 * @example searchNodes(nodes, '枫桥')[0].name === '枫桥经验'
 */
export function searchNodes(nodes: readonly ExplorerNode[], query: string, limit: number = MAX_SEARCH_RESULTS): ExplorerNode[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { node: ExplorerNode; score: number }[] = [];
  for (const node of nodes) {
    const name = normalize(node.name);
    const aliases = node.props.find(([k]) => k === 'aliases')?.[1] ?? '';
    let score = -1;
    if (name === q) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (name.includes(q)) score = 2;
    else if (normalize(aliases).includes(q)) score = 3;
    if (score >= 0) scored.push({ node, score });
  }
  scored.sort((a, b) => a.score - b.score || a.node.name.length - b.node.name.length || b.node.size - a.node.size || (a.node.key < b.node.key ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.node);
}
