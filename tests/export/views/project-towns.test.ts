// Town projections on the samples: every link is backed by a report of that town, and town pairs
// are weighted by the practices both take up (checked against a direct walk of the graph).
import { beforeAll, describe, expect, it } from 'vitest';
import { projectTowns } from '../../../src/export/views/project-towns.js';
import type { KgGraph } from '../../../src/graph/kg-graph.js';
import { buildSampleGraph } from '../html/sample-graph.js';

/** town → set of targets of `type` edges from its reports, straight from the graph. */
function walk(graph: KgGraph, type: string, label: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  graph.forEachEdge((_e, a, report, town) => {
    if (a.type !== 'ISSUED_BY') return;
    const set = out.get(town) ?? new Set<string>();
    graph.forEachOutEdge(report, (_e2, a2, _s, target, _sa, ta) => {
      if (a2.type === type && ta.label === label) set.add(target);
    });
    out.set(town, set);
  });
  return out;
}

describe('projectTowns', () => {
  let graph: KgGraph;
  beforeAll(async () => {
    graph = await buildSampleGraph();
  });

  it('links a town to a practice exactly when one of its reports adopts it', () => {
    const p = projectTowns(graph, 'practices');
    const expected = walk(graph, 'ADOPTS', 'Program');
    expect(p.towns.map((t) => t.key).sort()).toEqual([...expected.keys()].sort());
    for (const [town, programs] of expected) {
      expect(p.links.filter((l) => l.town === town).map((l) => l.item).sort()).toEqual([...programs].sort());
    }
    expect(new Set(p.items.map((i) => i.label))).toEqual(new Set(['Program']));
  });

  it('links a town to a law, summing the citation counts of its reports', () => {
    const p = projectTowns(graph, 'laws');
    for (const l of p.links) {
      let sum = 0;
      for (const r of l.reports) graph.forEachOutEdge(r, (_e, a, _s, t) => void (a.type === 'CITES' && t === l.item && (sum += Number(a.count ?? 1))));
      expect(l.count, `${l.town} → ${l.item}`).toBe(sum);
    }
    expect(p.links.length).toBe([...walk(graph, 'CITES', 'Law').values()].reduce((n, s) => n + s.size, 0));
  });

  it('weights every pair of towns by the number of practices both adopt', () => {
    const p = projectTowns(graph, 'practices', { maxPairsPerTown: 1000 });
    const adopted = walk(graph, 'ADOPTS', 'Program');
    const towns = [...adopted.keys()];
    let pairs = 0;
    for (let i = 0; i < towns.length; i++) {
      for (let j = i + 1; j < towns.length; j++) {
        const common = [...adopted.get(towns[i])!].filter((x) => adopted.get(towns[j])!.has(x));
        if (!common.length) continue;
        pairs++;
        const pair = p.shared.find((s) => (s.a === towns[i] && s.b === towns[j]) || (s.a === towns[j] && s.b === towns[i]));
        expect(pair?.weight, `${towns[i]} – ${towns[j]}`).toBe(common.length);
        expect([...pair!.items].sort()).toEqual(common.sort());
      }
    }
    expect(p.shared.length).toBe(pairs);
  });

  it('keeps only the strongest pairs of each town when asked to', () => {
    const p = projectTowns(graph, 'practices', { maxPairsPerTown: 1 });
    const all = projectTowns(graph, 'practices', { maxPairsPerTown: 1000 });
    for (const t of p.towns) {
      const strongest = Math.max(0, ...all.shared.filter((s) => s.a === t.key || s.b === t.key).map((s) => s.weight));
      const kept = p.shared.filter((s) => s.a === t.key || s.b === t.key);
      if (strongest > 0) expect(kept.some((s) => s.weight === strongest)).toBe(true);
    }
    expect(p.shared.length).toBeLessThanOrEqual(p.towns.length);
  });
});
