// The shape of a character trie in typed arrays: nodes are numbers (the root is 0) and every edge
// lives in one open-addressing hash table keyed by (node, code unit). A walk step is a hash and an
// array read, with no Map lookups and no one-character strings. A bit set of the code units that
// leave the root (8 KB, so it stays in cache while a scan reads it at every character) rejects most
// positions of running text before the table is read, and a bit set of hashed first pairs (the
// root's child and its child) rejects most of the rest. MatchTrie and SuffixScanner keep what their
// nodes hold in arrays indexed by node.

const NONE = -1;
/** Bits of the pair filter (8 KB). */
const PAIR_BITS = 1 << 16;

/** A set of UTF-16 code units as 8 KB of bits: membership is one array read. */
export class CodeUnitSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  add(c: number): void {
    this.bits[c >>> 5] |= 1 << (c & 31);
  }

  has(c: number): boolean {
    return (this.bits[c >>> 5] & (1 << (c & 31))) !== 0;
  }
}

export class CharCodeTrie {
  /** The code units along which the root has a child. */
  private readonly firsts = new CodeUnitSet();
  /** One bit per hashed pair of code units: set for every path of two edges from the root. */
  private readonly pairs = new Uint32Array(PAIR_BITS >>> 5);
  /** The code unit that leads from the root to each of its children. */
  private readonly rootCodes = new Map<number, number>();
  // Every edge: parent node, code unit, child node (NONE marks a free slot).
  private edgeParents = new Int32Array(64);
  private edgeCodes = new Uint16Array(64);
  private edgeChildren = new Int32Array(64).fill(NONE);
  private edgeCount = 0;
  /** Number of nodes, the root included. */
  size = 1;

  /** The child of `node` along code unit `c`, or -1. */
  child(node: number, c: number): number {
    if (node === 0 && !this.firsts.has(c)) return NONE;
    const children = this.edgeChildren;
    const mask = children.length - 1;
    for (let i = edgeHash(node, c) & mask; ; i = (i + 1) & mask) {
      const child = children[i];
      if (child === NONE) return NONE;
      if (this.edgeParents[i] === node && this.edgeCodes[i] === c) return child;
    }
  }

  /** False when no key has a first character `c` (one bit read). */
  opens(c: number): boolean {
    return this.firsts.has(c);
  }

  /**
   * False when no path of the trie reads `a` then `b` from the root; true when one may (a hashed
   * bit: a false true is possible, a false false is not).
   */
  mayContinue(a: number, b: number): boolean {
    const h = pairHash(a, b);
    return (this.pairs[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  /** The child of `node` along `c`, created when missing (ids are given in creation order). */
  addChild(node: number, c: number): number {
    const found = this.child(node, c);
    if (found !== NONE) return found;
    const id = this.size++;
    if (node === 0) {
      this.firsts.add(c);
      this.rootCodes.set(id, c);
    } else {
      const first = this.rootCodes.get(node);
      if (first !== undefined) {
        const h = pairHash(first, c);
        this.pairs[h >>> 5] |= 1 << (h & 31);
      }
    }
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

/** A pair of code units hashed to a bit of the pair filter. */
function pairHash(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> 16;
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
