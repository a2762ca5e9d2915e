// The shape of a character trie in typed arrays: nodes are numbers (the root is 0) and every edge
// lives in one open-addressing hash table keyed by (node, code unit). A walk step is a hash and an
// array read, with no Map lookups and no one-character strings. A bit set of the code units that
// leave the root (8 KB, so it stays in cache while a scan reads it at every character) rejects most
// positions of running text before the table is read. MatchTrie and SuffixScanner keep what their
// nodes hold in arrays indexed by node.

const NONE = -1;

export class CharCodeTrie {
  /** One bit per code unit: set when the root has a child along it. */
  private readonly opens = new Uint32Array(0x10000 >>> 5);
  // Edges below the root: parent node, code unit, child node (NONE marks a free slot).
  private edgeParents = new Int32Array(64);
  private edgeCodes = new Uint16Array(64);
  private edgeChildren = new Int32Array(64).fill(NONE);
  private edgeCount = 0;
  /** Number of nodes, the root included. */
  size = 1;

  /** The child of `node` along code unit `c`, or -1. */
  child(node: number, c: number): number {
    if (node === 0 && (this.opens[c >>> 5] & (1 << (c & 31))) === 0) return NONE;
    const children = this.edgeChildren;
    const mask = children.length - 1;
    for (let i = edgeHash(node, c) & mask; ; i = (i + 1) & mask) {
      const child = children[i];
      if (child === NONE) return NONE;
      if (this.edgeParents[i] === node && this.edgeCodes[i] === c) return child;
    }
  }

  /** The child of `node` along `c`, created when missing (ids are given in creation order). */
  addChild(node: number, c: number): number {
    const found = this.child(node, c);
    if (found !== NONE) return found;
    const id = this.size++;
    if (node === 0) this.opens[c >>> 5] |= 1 << (c & 31);
    if ((this.edgeCount + 1) * 2 > this.edgeChildren.length) this.grow();
    this.insertEdge(node, c, id);
    this.edgeCount++;
    return id;
  }

  private insertEdge(parent: number, c: number, child: number): void {
    const mask = this.edgeChildren.length - 1;
    let i = edgeHash(parent, c) & mask;
    while (this.edgeChildren[i] !== NONE) i = (i + 1) & mask;
    this.edgeParents[i] = parent;
    this.edgeCodes[i] = c;
    this.edgeChildren[i] = child;
  }

  private grow(): void {
    const [parents, codes, children] = [this.edgeParents, this.edgeCodes, this.edgeChildren];
    this.edgeParents = new Int32Array(children.length * 2);
    this.edgeCodes = new Uint16Array(children.length * 2);
    this.edgeChildren = new Int32Array(children.length * 2).fill(NONE);
    for (let i = 0; i < children.length; i++) if (children[i] !== NONE) this.insertEdge(parents[i], codes[i], children[i]);
  }
}

/** Mixes a node and a code unit into a 32-bit hash (MurmurHash3's finalizer). */
function edgeHash(node: number, c: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ c;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
