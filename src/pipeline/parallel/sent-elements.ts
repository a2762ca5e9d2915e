// What an extraction worker need not send again. Reports of one corpus name the same laws,
// practices and administrative units over and over; the main thread merges each report's shared
// elements into the graph, and merging a node described as it was merged before, or an edge it
// already has, changes nothing (`mergeSharedElements`). So a worker leaves out of a report's
// shared elements those it sent with an earlier report that the main thread has since merged:
// fewer objects to clone, to receive and to collect, on the thread every worker waits for.
//
// Only merges the main thread has confirmed count (a report it sets aside, as a duplicate say, is
// not merged): it settles each report it receives, and the pool hands these receipts to the
// worker with its next file. The graph does not depend on what was left out, so neither does the
// build's output on the number of jobs.
import type { SharedElements } from '../../graph/add-extraction.js';
import type { NodeAttributes } from '../../types.js';

/** Reports whose receipts a worker waits for at most; older ones are forgotten (their elements are sent again). */
const MAX_PENDING_REPORTS = 4_096;
/** Elements remembered as merged at most: past it the memory starts again empty, and sends everything once more. */
const MAX_KNOWN_ELEMENTS = 10_000;

export interface SentElements {
  /**
   * `shared` without what the main thread holds already; what is left is remembered as sent with
   * report `receipt`, to be known once that report is settled as merged.
   */
  omitKnown(receipt: number, shared: SharedElements): SharedElements;
  /** The main thread merged report `receipt`'s shared elements (`merged`), or set the report aside. */
  settle(receipt: number, merged: boolean): void;
  /** Elements known as merged (for tests and diagnostics). */
  readonly knownCount: number;
}

interface Sent {
  nodes: SharedElements['nodes'];
  edges: string[];
}

/**
 * A copy of `s` that holds no other string: a name sliced from a report's text keeps the whole text
 * alive (V8's sliced strings), and a memory of names must not keep every report it saw.
 */
function detach(s: string): string {
  return s.length === 0 ? s : (' ' + s).slice(1);
}

/** The attributes with every string (and every string of a list) detached from the report's text. */
function detachAttributes(attrs: NodeAttributes): NodeAttributes {
  const out = {} as NodeAttributes;
  for (const k in attrs) {
    const v = attrs[k];
    out[k] = typeof v === 'string' ? detach(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? detach(x) : x)) : v;
  }
  return out;
}

/** Same attributes: the same keys with the same values (lists item by item). */
export function sameAttributes(a: NodeAttributes, b: NodeAttributes): boolean {
  let count = 0;
  for (const k in a) {
    count++;
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}

/**
 * @example const sent = createSentElements(); output.shared = sent.omitKnown(req.id, output.shared); … sent.settle(id, true)
 */
export function createSentElements(): SentElements {
  /** Node key → its description as merged (the latest one confirmed). */
  const nodes = new Map<string, NodeAttributes>();
  const edges = new Set<string>();
  const pending = new Map<number, Sent>();
  return {
    omitKnown(receipt, shared) {
      const sent: Sent = { nodes: [], edges: [] };
      for (const entry of shared.nodes) {
        const known = nodes.get(entry[0]);
        if (known === undefined || !sameAttributes(known, entry[1])) sent.nodes.push(entry);
      }
      const keptEdges: SharedElements['edges'] = [];
      for (const edge of shared.edges) {
        if (edges.has(edge[0])) continue;
        keptEdges.push(edge);
        sent.edges.push(edge[0]);
      }
      pending.set(receipt, sent);
      if (pending.size > MAX_PENDING_REPORTS) pending.delete(pending.keys().next().value as number);
      return { nodes: sent.nodes, edges: keptEdges };
    },
    settle(receipt, merged) {
      const sent = pending.get(receipt);
      if (!sent) return;
      pending.delete(receipt);
      if (!merged) return;
      if (nodes.size + edges.size > MAX_KNOWN_ELEMENTS) {
        nodes.clear();
        edges.clear();
      }
      // A report node is never described again (its key is its own): not worth remembering.
      for (const [key, attrs] of sent.nodes) if (attrs.label !== 'Report') nodes.set(detach(key), detachAttributes(attrs));
      for (const key of sent.edges) edges.add(detach(key));
    },
    get knownCount() {
      return nodes.size + edges.size;
    },
  };
}
