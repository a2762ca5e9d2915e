// The items × towns table: one row per practice or law with the towns taking it up, per-town
// columns while there are few towns, and towns of the same name told apart by their parent.
import { describe, expect, it } from 'vitest';
import { buildTownTable } from '../../../src/export/views/build-town-table.js';
import { projectTowns } from '../../../src/export/views/project-towns.js';
import { addExtraction } from '../../../src/graph/add-extraction.js';
import { createGraph } from '../../../src/graph/kg-graph.js';
import { GUANGDONG, HENAN, YANSHI, ZHONGSHAN, makeExtraction } from './make-extraction.js';

function twoSanxiangGraph() {
  const g = createGraph();
  addExtraction(g, makeExtraction({ id: 'a1', year: 2023, town: { code: '442000114', name: '三乡镇', parents: [GUANGDONG, ZHONGSHAN] }, programs: ['枫桥经验', '解纷小院'], laws: ['宪法'] }));
  addExtraction(g, makeExtraction({ id: 'a2', year: 2024, town: { code: '442000114', name: '三乡镇', parents: [GUANGDONG, ZHONGSHAN] }, programs: ['枫桥经验'] }));
  addExtraction(g, makeExtraction({ id: 'b1', year: 2024, town: { code: '410381105', name: '三乡镇', parents: [HENAN, YANSHI] }, programs: ['枫桥经验'], laws: ['宪法', '民法典'] }));
  return g;
}

describe('buildTownTable', () => {
  it('lists each practice with the number of towns, the mentions and the towns by name', () => {
    const table = buildTownTable(projectTowns(twoSanxiangGraph(), 'practices'));
    const col = (key: string) => table.columns.findIndex((c) => c.key === key);
    const row = table.rows[table.rowKeys.indexOf('program:枫桥经验')];
    expect(row[col('name')]).toBe('枫桥经验');
    expect(row[col('towns')]).toBe(2);
    expect(row[col('mentions')]).toBe(3);
    expect(String(row[col('townNames')]).split('、').sort()).toEqual(['三乡镇（中山市）', '三乡镇（偃师区）']);
    // Most widely shared first.
    expect(table.rowKeys[0]).toBe('program:枫桥经验');
  });

  it('tells two towns of the same name apart by their parent unit in the per-town columns', () => {
    const table = buildTownTable(projectTowns(twoSanxiangGraph(), 'laws'));
    const townColumns = table.columns.filter((c) => c.key.startsWith('town:'));
    expect(townColumns.map((c) => c.title).sort()).toEqual(['三乡镇（中山市）', '三乡镇（偃师区）']);
    const henan = table.columns.findIndex((c) => c.key === 'town:admin:410381105');
    expect(table.rows[table.rowKeys.indexOf('law:民法典')][henan]).toBe(1);
    const guangdong = table.columns.findIndex((c) => c.key === 'town:admin:442000114');
    expect(table.rows[table.rowKeys.indexOf('law:民法典')][guangdong]).toBe(0);
  });

  it('leaves the per-town columns out when there are too many towns', () => {
    const table = buildTownTable(projectTowns(twoSanxiangGraph(), 'laws'), { maxTownColumns: 1 });
    expect(table.columns.some((c) => c.key.startsWith('town:'))).toBe(false);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });
});
