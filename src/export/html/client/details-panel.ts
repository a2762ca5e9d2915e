// The details panel: a node's properties, its neighbours by relationship, and the passages behind
// its relationships with the mentions highlighted.
import type { ExplorerData, ExplorerEdge, ExplorerNode, ExplorerView } from '../explorer-data.js';
import { clear, el } from './dom.js';
import { renderPassage } from './highlight-passage.js';

export interface DetailsContext {
  data: ExplorerData;
  view: ExplorerView;
  nodes: Map<string, ExplorerNode>;
  incident: Map<string, ExplorerEdge[]>;
  onSelect(key: string): void;
}

const MAX_NEIGHBOURS_PER_GROUP = 200;
const MAX_PASSAGES = 30;

function section(title: string, children: Node[]): HTMLElement {
  return el('section', {}, [el('h3', { text: title }), ...children]);
}

function badge(node: ExplorerNode): HTMLElement {
  return el('span', { className: 'badge' }, [el('span', { className: 'swatch', attrs: { style: `background:${safeColor(node.color)}` } }), document.createTextNode(node.label)]);
}

/** Colours come from the exporter's palette; anything else is replaced rather than put in a style. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : '#999';
}

function neighbourGroups(ctx: DetailsContext, key: string): HTMLElement[] {
  const groups = new Map<string, { edge: ExplorerEdge; other: string }[]>();
  for (const edge of ctx.incident.get(key) ?? []) {
    const outgoing = edge.source === key;
    const other = outgoing ? edge.target : edge.source;
    const title = !ctx.view.directed ? edge.type : outgoing ? `${edge.type} →` : `← ${edge.type}`;
    const list = groups.get(title) ?? [];
    list.push({ edge, other });
    groups.set(title, list);
  }
  const out: HTMLElement[] = [];
  for (const [title, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => b.edge.weight - a.edge.weight || (ctx.nodes.get(a.other)?.name ?? '').localeCompare(ctx.nodes.get(b.other)?.name ?? '', 'zh-Hans-CN'));
    const ul = el('ul', { className: 'neighbours', attrs: { 'data-type': title } });
    for (const { edge, other } of list.slice(0, MAX_NEIGHBOURS_PER_GROUP)) {
      const n = ctx.nodes.get(other);
      const button = el('button', { className: 'link', text: n?.name ?? other, attrs: { type: 'button', 'data-key': other, title: edge.props.map(([k, v]) => `${k}: ${v}`).join('\n') } });
      button.addEventListener('click', () => ctx.onSelect(other));
      ul.appendChild(el('li', {}, [button, edge.weight > 1 ? el('span', { className: 'weight', text: ` ×${edge.weight}` }) : null]));
    }
    if (list.length > MAX_NEIGHBOURS_PER_GROUP) ul.appendChild(el('li', { className: 'more', text: `… +${list.length - MAX_NEIGHBOURS_PER_GROUP}` }));
    out.push(el('h4', { text: `${title} (${list.length})` }), ul);
  }
  return out;
}

function evidenceBlocks(ctx: DetailsContext, key: string): HTMLElement[] {
  const edges = (ctx.incident.get(key) ?? []).filter((e) => e.evidence.length).sort((a, b) => b.weight - a.weight);
  const out: HTMLElement[] = [];
  let shown = 0;
  for (const edge of edges) {
    if (shown >= MAX_PASSAGES) break;
    const other = edge.source === key ? edge.target : edge.source;
    const block = el('div', { className: 'evidence-edge', attrs: { 'data-edge': edge.key } }, [
      el('h4', { text: `${edge.type} · ${ctx.nodes.get(other)?.name ?? other}` }),
    ]);
    for (const ev of edge.evidence) {
      if (shown >= MAX_PASSAGES) break;
      const p = ctx.data.passages[ev.p];
      if (!p) continue;
      block.appendChild(
        el('div', { className: 'evidence' }, [
          el('div', { className: 'source', text: p.section ? `${p.reportTitle} · ${p.section}` : p.reportTitle }),
          renderPassage(p.text, ev.marks),
        ]),
      );
      shown++;
    }
    out.push(block);
  }
  return out;
}

/** Fills the panel for `key`, or with a hint when nothing is selected. */
export function renderDetails(container: HTMLElement, ctx: DetailsContext, key: string | null): void {
  clear(container);
  const node = key ? ctx.nodes.get(key) : undefined;
  if (!key || !node) {
    container.removeAttribute('data-node');
    container.appendChild(el('p', { className: 'hint', text: '点击节点或搜索名称查看详情与原文证据。Click a node or search a name to see its details and the passages behind it.' }));
    return;
  }
  container.setAttribute('data-node', key);
  container.appendChild(el('div', { className: 'details-head' }, [badge(node), el('h2', { text: node.name, attrs: { id: 'details-title' } })]));
  const props = el('table', { className: 'props' });
  for (const [k, v] of node.props) props.appendChild(el('tr', {}, [el('th', { text: k, attrs: { scope: 'row' } }), el('td', { text: v })]));
  container.appendChild(section('属性 Properties', [props]));
  const groups = neighbourGroups(ctx, key);
  if (groups.length) container.appendChild(section('关联 Neighbours', groups));
  const evidence = evidenceBlocks(ctx, key);
  if (evidence.length) container.appendChild(section('原文证据 Evidence', evidence));
}
