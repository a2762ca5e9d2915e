// Writes a graph as graphology's JSON serialization (OUT/graph.json) without ever holding the whole
// text: for tens of thousands of reports it exceeds the longest string V8 can make. A build appends
// the elements each report owns (passages, provenance) while it runs — they go to two spool files
// beside the target — and writes the shared graph around them at the end.
import { rmSync } from 'node:fs';
import { BufferedFileWriter } from '../io/buffered-file-writer.js';
import type { Utf8Builder } from '../io/utf8-builder.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import type { KgGraph } from './kg-graph.js';

export interface GraphJsonWriter {
  /** Appends a node that the graph given to `finish` does not hold. */
  node(key: string, attrs: NodeAttributes): void;
  /** Appends an edge that the graph given to `finish` does not hold. */
  edge(key: string, source: string, target: string, attrs: EdgeAttributes): void;
  /** Appends items already formatted (text or its UTF-8 bytes): each node or edge led by a comma (`,{…},{…}`). */
  appendRaw(nodes: string | Uint8Array, edges: string | Uint8Array): void;
  /** Writes the file: the graph's nodes, the appended nodes, the graph's edges, the appended edges. */
  finish(graph: KgGraph): void;
  /** Removes the spool files (after a failure). */
  abort(): void;
}

/** graphology's isEmpty: whether the attributes object has any key. */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** A node or an edge as graph.json holds it, as an object (`JSON.stringify` gives its item). */
export type GraphItem =
  | { key: string; attributes?: NodeAttributes }
  | { key: string; source: string; target: string; attributes?: EdgeAttributes };

/** A node's item: attributes only when not empty, as graphology's serializeNode. */
export function graphNodeItem(key: string, attrs: NodeAttributes): GraphItem {
  return hasKeys(attrs) ? { key, attributes: attrs } : { key };
}

/** An edge's item: attributes only when not empty, as graphology's serializeEdge. */
export function graphEdgeItem(key: string, source: string, target: string, attrs: EdgeAttributes): GraphItem {
  return hasKeys(attrs) ? { key, source, target, attributes: attrs } : { key, source, target };
}

/** One node as graph.json holds it. */
export function formatGraphNode(key: string, attrs: NodeAttributes): string {
  return JSON.stringify(graphNodeItem(key, attrs));
}

/** One edge as graph.json holds it. */
export function formatGraphEdge(key: string, source: string, target: string, attrs: EdgeAttributes): string {
  return JSON.stringify(graphEdgeItem(key, source, target, attrs));
}

/**
 * Appends items to `out` as `appendRaw` takes them, each led by a comma: one `JSON.stringify` of
 * the whole list, which V8 writes into one flat string — a third quicker than formatting item by
 * item and appending the pieces.
 */
export function appendGraphItems(out: Utf8Builder, items: readonly GraphItem[]): void {
  if (items.length === 0) return;
  const json = JSON.stringify(items);
  // `[a,b]` → `,a,b`.
  out.append(',');
  out.append(json.slice(1, -1));
}

/**
 * Opens `file` for a streamed graph.json.
 * @example const w = createGraphJsonWriter('out/graph.json'); w.node('p1', { label: 'Passage' }); w.finish(graph);
 */
export function createGraphJsonWriter(file: string): GraphJsonWriter {
  const nodes = new BufferedFileWriter(`${file}.nodes.part`);
  const edges = new BufferedFileWriter(`${file}.edges.part`);
  const removeSpools = () => {
    nodes.close();
    edges.close();
    rmSync(nodes.path, { force: true });
    rmSync(edges.path, { force: true });
  };
  /** Copies a spool of `,`-led items after `out`'s items; without them before, its first comma goes. */
  const copySpool = (out: BufferedFileWriter, spool: BufferedFileWriter, first: boolean) => {
    if (spool.bytes > 0) out.copyFrom(spool.path, first ? 1 : 0);
  };
  return {
    node(key, attrs) {
      nodes.write(`,${formatGraphNode(key, attrs)}`);
    },
    edge(key, source, target, attrs) {
      edges.write(`,${formatGraphEdge(key, source, target, attrs)}`);
    },
    appendRaw(nodeItems, edgeItems) {
      if (nodeItems.length) nodes.write(nodeItems);
      if (edgeItems.length) edges.write(edgeItems);
    },
    finish(graph) {
      nodes.close();
      edges.close();
      const out = new BufferedFileWriter(file);
      try {
        const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
        out.write(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
        let first = true;
        graph.forEachNode((key, attrs) => {
          out.write(`${first ? '' : ','}${formatGraphNode(key, attrs)}`);
          first = false;
        });
        copySpool(out, nodes, first);
        out.write('],"edges":[');
        first = true;
        graph.forEachEdge((key, attrs, source, target) => {
          out.write(`${first ? '' : ','}${formatGraphEdge(key, source, target, attrs)}`);
          first = false;
        });
        copySpool(out, edges, first);
        out.write(']}');
      } finally {
        out.close();
        removeSpools();
      }
    },
    abort: removeSpools,
  };
}

/**
 * Writes `JSON.stringify(graph.export())` to `file`, the same bytes, piece by piece.
 * @example writeGraphJson('out/graph.json', graph)
 */
export function writeGraphJson(file: string, graph: KgGraph): void {
  createGraphJsonWriter(file).finish(graph);
}
