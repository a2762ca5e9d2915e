// Writes a graph as graphology's JSON serialization (OUT/graph.json) without ever holding the whole
// text: for tens of thousands of reports it exceeds the longest string V8 can make. A build appends
// the elements each report owns (passages, provenance) while it runs — they go to two spool files
// beside the target — and writes the shared graph around them at the end.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import type { KgGraph } from './kg-graph.js';

/** Characters gathered before a write. */
const CHUNK = 1 << 18;

export interface GraphJsonWriter {
  /** Appends a node that the graph given to `finish` does not hold. */
  node(key: string, attrs: NodeAttributes): void;
  /** Appends an edge that the graph given to `finish` does not hold. */
  edge(key: string, source: string, target: string, attrs: EdgeAttributes): void;
  /** Appends items already formatted: each node or edge led by a comma (`,{…},{…}`). */
  appendRaw(nodes: string, edges: string): void;
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

// The same shapes as graphology's serializeNode/serializeEdge: attributes only when not empty.
/** One node as graph.json holds it. */
export function formatGraphNode(key: string, attrs: NodeAttributes): string {
  return hasKeys(attrs) ? `{"key":${JSON.stringify(key)},"attributes":${JSON.stringify(attrs)}}` : `{"key":${JSON.stringify(key)}}`;
}

/** One edge as graph.json holds it. */
export function formatGraphEdge(key: string, source: string, target: string, attrs: EdgeAttributes): string {
  const a = hasKeys(attrs) ? `,"attributes":${JSON.stringify(attrs)}` : '';
  return `{"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${a}}`;
}

/** A file written through a string buffer, in chunks (write(2) may take fewer bytes than offered). */
class ChunkedFile {
  readonly path: string;
  private fd: number | null;
  private buffer = '';
  written = 0;

  constructor(path: string) {
    this.path = path;
    this.fd = openSync(path, 'w');
  }

  push(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  flush(): void {
    if (!this.buffer || this.fd === null) return;
    const bytes = Buffer.from(this.buffer, 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
    this.written += bytes.length;
    this.buffer = '';
  }

  /** Copies `spool` (a file of `,`-led items) after what is written, dropping its first comma when `first`. */
  copyFrom(spool: ChunkedFile, first: boolean): void {
    this.flush();
    if (this.fd === null || spool.written === 0) return;
    const src = openSync(spool.path, 'r');
    try {
      const chunk = Buffer.allocUnsafe(4 << 20);
      let pos = first ? 1 : 0;
      for (;;) {
        const n = readSync(src, chunk, 0, chunk.length, pos);
        if (n === 0) break;
        pos += n;
        for (let at = 0; at < n; ) at += writeSync(this.fd, chunk, at, n - at);
      }
    } finally {
      closeSync(src);
    }
  }

  close(): void {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * Opens `file` for a streamed graph.json.
 * @example const w = createGraphJsonWriter('out/graph.json'); w.node('p1', { label: 'Passage' }); w.finish(graph);
 */
export function createGraphJsonWriter(file: string): GraphJsonWriter {
  const nodes = new ChunkedFile(`${file}.nodes.part`);
  const edges = new ChunkedFile(`${file}.edges.part`);
  const removeSpools = () => {
    nodes.close();
    edges.close();
    rmSync(nodes.path, { force: true });
    rmSync(edges.path, { force: true });
  };
  return {
    node(key, attrs) {
      nodes.push(`,${formatGraphNode(key, attrs)}`);
    },
    edge(key, source, target, attrs) {
      edges.push(`,${formatGraphEdge(key, source, target, attrs)}`);
    },
    appendRaw(nodeItems, edgeItems) {
      if (nodeItems) nodes.push(nodeItems);
      if (edgeItems) edges.push(edgeItems);
    },
    finish(graph) {
      nodes.close();
      edges.close();
      const out = new ChunkedFile(file);
      try {
        const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
        out.push(`{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
        let first = true;
        graph.forEachNode((key, attrs) => {
          out.push(`${first ? '' : ','}${formatGraphNode(key, attrs)}`);
          first = false;
        });
        out.copyFrom(nodes, first);
        out.push('],"edges":[');
        first = true;
        graph.forEachEdge((key, attrs, source, target) => {
          out.push(`${first ? '' : ','}${formatGraphEdge(key, source, target, attrs)}`);
          first = false;
        });
        out.copyFrom(edges, first);
        out.push(']}');
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
