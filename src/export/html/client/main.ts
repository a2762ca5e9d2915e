// Browser entry of the offline explorer: reads the inlined graph data, draws the current view
// with sigma.js, and wires search, filters, details and the table panel. Bundled into the
// exported HTML by esbuild; it makes no network request.
import { MultiGraph } from 'graphology';
import Sigma from 'sigma';
import type { ExplorerData, ExplorerEdge, ExplorerNode, ExplorerView, ViewName } from '../explorer-data.js';
import { describeScope } from './describe-scope.js';
import { renderDetails, safeColor } from './details-panel.js';
import { byId, clear, el } from './dom.js';
import { searchNodes } from './search-nodes.js';
import { setupTablePanel } from './table-panel.js';

const DIMMED = '#e4e4e4';
const EDGE_COLOR = '#c9c9c9';
const EDGE_SELECTED = '#666';
/** Town–town edges of the practices view stand apart from town → practice edges. */
const EDGE_COLORS: Record<string, string> = { SHARES: 'rgba(225,87,89,0.5)' };
const LABEL_FONT = 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

interface State {
  view: ExplorerView;
  selected: string | null;
  hovered: string | null;
  labels: Set<string>;
  province: string;
  year: string;
  nodes: Map<string, ExplorerNode>;
  incident: Map<string, ExplorerEdge[]>;
  neighbours: Map<string, Set<string>>;
}

function readData(): ExplorerData {
  const text = byId('kg-data').textContent ?? '';
  return JSON.parse(text) as ExplorerData;
}

function edgeSize(weight: number): number {
  return Math.min(6, 0.6 + Math.log2(1 + weight) * 0.7);
}

function indexView(view: ExplorerView): Pick<State, 'nodes' | 'incident' | 'neighbours'> {
  const nodes = new Map(view.nodes.map((n) => [n.key, n]));
  const incident = new Map<string, ExplorerEdge[]>();
  const neighbours = new Map<string, Set<string>>();
  for (const e of view.edges) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]]) {
      (incident.get(a) ?? incident.set(a, []).get(a)!).push(e);
      (neighbours.get(a) ?? neighbours.set(a, new Set()).get(a)!).add(b);
    }
  }
  return { nodes, incident, neighbours };
}

function start(): void {
  const data = readData();
  if (data.scope) byId('scope').textContent = describeScope(data.scope);
  const container = byId('graph');
  const details = byId('details');
  const state: State = {
    view: data.views[data.initialView],
    selected: null,
    hovered: null,
    labels: new Set(data.labels.map((l) => l.label)),
    province: '',
    year: '',
    ...indexView(data.views[data.initialView]),
  };
  let renderer: Sigma | null = null;
  let graph = new MultiGraph();

  const passesFilters = (n: ExplorerNode): boolean =>
    state.labels.has(n.label) &&
    (!state.province || n.provinces.includes(state.province)) &&
    (!state.year || n.years.includes(Number(state.year)));

  const focusOf = () => state.selected ?? state.hovered;

  const draw = () => {
    renderer?.kill();
    renderer = null;
    graph = new MultiGraph();
    for (const n of state.view.nodes) {
      graph.addNode(n.key, { x: n.x, y: n.y, size: n.size, color: safeColor(n.color), label: n.name, kgLabel: n.label });
    }
    for (const e of state.view.edges) {
      const attrs = { size: edgeSize(e.weight), color: EDGE_COLORS[e.type] ?? EDGE_COLOR, kgType: e.type };
      if (state.view.directed) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
      else graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    }
    renderer = new Sigma(graph, container, {
      defaultEdgeType: state.view.directed ? 'arrow' : 'line',
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelColor: { color: '#222' },
      labelRenderedSizeThreshold: 4,
      // Dense views get fewer labels so they stay legible; the selected node always has one.
      labelGridCellSize: state.view.nodes.length > 150 ? 110 : 70,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      nodeReducer: (key, attrs) => {
        const node = state.nodes.get(key)!;
        const res: Record<string, unknown> = { ...attrs };
        if (!passesFilters(node)) res.hidden = true;
        const focus = focusOf();
        if (focus) {
          if (key === focus) {
            res.highlighted = true;
            res.forceLabel = true;
            res.zIndex = 2;
          } else if (state.neighbours.get(focus)?.has(key)) {
            res.forceLabel = state.selected !== null;
            res.zIndex = 1;
          } else {
            res.color = DIMMED;
            res.label = '';
            res.zIndex = 0;
          }
        }
        return res;
      },
      edgeReducer: (key, attrs) => {
        const res: Record<string, unknown> = { ...attrs };
        const [s, t] = graph.extremities(key);
        if (!passesFilters(state.nodes.get(s)!) || !passesFilters(state.nodes.get(t)!)) res.hidden = true;
        const focus = focusOf();
        if (focus) {
          if (s === focus || t === focus) res.color = EDGE_SELECTED;
          else res.hidden = true;
        }
        return res;
      },
    });
    renderer.on('clickNode', ({ node }) => select(node, false));
    renderer.on('clickStage', () => select(null, false));
    renderer.on('enterNode', ({ node }) => {
      state.hovered = node;
      container.style.cursor = 'pointer';
      renderer?.refresh({ skipIndexation: true });
    });
    renderer.on('leaveNode', () => {
      state.hovered = null;
      container.style.cursor = '';
      renderer?.refresh({ skipIndexation: true });
    });
  };

  const refresh = () => renderer?.refresh({ skipIndexation: true });

  /** Selects a node: details, highlight, and (when asked) the camera moves to it. */
  const select = (key: string | null, focusCamera: boolean) => {
    state.selected = key && state.nodes.has(key) ? key : null;
    if (state.selected && !passesFilters(state.nodes.get(state.selected)!)) resetFilters();
    renderDetails(details, { data, view: state.view, nodes: state.nodes, incident: state.incident, onSelect: (k) => select(k, true) }, state.selected);
    document.body.dataset.selected = state.selected ?? '';
    refresh();
    if (state.selected && focusCamera && renderer) {
      const d = renderer.getNodeDisplayData(state.selected);
      if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.35 }, { duration: 400 });
    }
  };

  // ------------------------------------------------------------ view switch
  const viewSelect = byId<HTMLSelectElement>('view');
  for (const name of Object.keys(data.views) as ViewName[]) {
    viewSelect.appendChild(el('option', { text: data.views[name].title, attrs: { value: name } }));
  }
  viewSelect.value = state.view.name;
  const switchView = (name: ViewName) => {
    const keep = state.selected;
    state.view = data.views[name];
    Object.assign(state, indexView(state.view));
    viewSelect.value = name;
    document.body.dataset.view = name;
    draw();
    buildLegend();
    select(keep, true);
  };
  viewSelect.addEventListener('change', () => switchView(viewSelect.value as ViewName));

  // ------------------------------------------------------------ filters and legend
  const legend = byId('legend');
  const buildLegend = () => {
    clear(legend);
    const present = new Set(state.view.nodes.map((n) => n.label));
    for (const { label, color } of data.labels) {
      if (!present.has(label)) continue;
      const count = state.view.nodes.filter((n) => n.label === label).length;
      const box = el('input', { attrs: { type: 'checkbox', value: label, 'data-label': label } });
      box.checked = state.labels.has(label);
      box.addEventListener('change', () => {
        if (box.checked) state.labels.add(label);
        else state.labels.delete(label);
        refresh();
      });
      legend.appendChild(
        el('label', { className: 'legend-item' }, [
          box,
          el('span', { className: 'swatch', attrs: { style: `background:${safeColor(color)}` } }),
          document.createTextNode(`${label} (${count})`),
        ]),
      );
    }
  };
  const province = byId<HTMLSelectElement>('filter-province');
  const year = byId<HTMLSelectElement>('filter-year');
  for (const p of data.provinces) province.appendChild(el('option', { text: p, attrs: { value: p } }));
  for (const y of data.years) year.appendChild(el('option', { text: String(y), attrs: { value: String(y) } }));
  province.addEventListener('change', () => {
    state.province = province.value;
    refresh();
  });
  year.addEventListener('change', () => {
    state.year = year.value;
    refresh();
  });
  const resetFilters = () => {
    state.labels = new Set(data.labels.map((l) => l.label));
    state.province = province.value = '';
    state.year = year.value = '';
    for (const box of legend.querySelectorAll('input')) box.checked = true;
  };

  // ------------------------------------------------------------ search
  const search = byId<HTMLInputElement>('search');
  const results = byId('search-results');
  let composing = false;
  const showResults = () => {
    clear(results);
    for (const n of searchNodes(state.view.nodes, search.value)) {
      const b = el('button', { className: 'result', attrs: { type: 'button', 'data-key': n.key } }, [
        el('span', { className: 'swatch', attrs: { style: `background:${safeColor(n.color)}` } }),
        el('span', { className: 'name', text: n.name }),
        el('span', { className: 'label', text: n.label }),
      ]);
      b.addEventListener('click', () => {
        select(n.key, true);
        clear(results);
      });
      results.appendChild(el('li', {}, [b]));
    }
  };
  // Chinese input methods compose in several keystrokes: search on the finished text only.
  search.addEventListener('compositionstart', () => (composing = true));
  search.addEventListener('compositionend', () => {
    composing = false;
    showResults();
  });
  search.addEventListener('input', () => {
    if (!composing) showResults();
  });
  search.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter' || ev.isComposing) return;
    const first = searchNodes(state.view.nodes, search.value, 1)[0];
    if (first) {
      select(first.key, true);
      clear(results);
    }
  });

  document.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    clear(results);
    select(null, false);
  });

  // ------------------------------------------------------------ tables
  const tables = setupTablePanel({
    tables: data.tables,
    onSelect: (kind, key) => {
      if (state.view.name !== kind) switchView(kind);
      select(key, true);
    },
  });
  byId('fit').addEventListener('click', () => void renderer?.getCamera().animatedReset({ duration: 300 }));
  byId('toggle-table').addEventListener('click', () => {
    const panel = byId('table-panel');
    if (panel.hasAttribute('hidden')) tables.show(state.view.name === 'laws' ? 'laws' : 'practices');
    else panel.setAttribute('hidden', '');
  });

  document.body.dataset.view = state.view.name;
  draw();
  buildLegend();
  select(null, false);

  // A small read-only handle for tests and the curious: where a node is drawn, what is selected.
  Object.assign(window, {
    kgExplorer: {
      view: () => state.view.name,
      selected: () => state.selected,
      visibleNodes: () => state.view.nodes.filter(passesFilters).map((n) => n.key),
      nodeViewportPosition: (key: string) => {
        const d = renderer?.getNodeDisplayData(key);
        return d && renderer ? renderer.framedGraphToViewport(d) : null;
      },
    },
  });
  document.body.dataset.ready = 'true';
}

try {
  start();
} catch (err) {
  // WebGL missing or data broken: say so on the page instead of leaving it blank.
  const box = document.getElementById('graph');
  if (box) box.textContent = `无法显示图谱 Cannot draw the graph: ${err instanceof Error ? err.message : String(err)}`;
  document.body.dataset.ready = 'error';
  throw err;
}
