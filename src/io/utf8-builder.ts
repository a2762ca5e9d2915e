// Builds UTF-8 bytes from many small pieces of text, each encoded into one reusable buffer as it
// comes. Joining the pieces first makes a rope that must be flattened (copied) before it can be
// encoded: for CJK text that costs two to three times the encoding itself.

/** UTF-8 needs at most 3 bytes per UTF-16 code unit. */
export const MAX_BYTES_PER_CHAR = 3;

export class Utf8Builder {
  /** Bytes appended since the last `take`. */
  length = 0;
  private buffer: Buffer;

  /** `capacity`: initial buffer size in bytes; it grows as needed and is kept for the next pieces. */
  constructor(capacity = 1 << 12) {
    this.buffer = Buffer.allocUnsafeSlow(Math.max(16, capacity));
  }

  /** Appends `text`, encoded as UTF-8. */
  append(text: string): void {
    const room = this.length + text.length * MAX_BYTES_PER_CHAR;
    if (room > this.buffer.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(room, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /**
   * The bytes appended since the last call, in an ArrayBuffer of their own (transferable to
   * another thread); the builder starts afresh and keeps its buffer. Parts of them are found by
   * the `length` read before and after appending each part (`Span`, `viewOf`).
   */
  take(): Uint8Array {
    const out = new Uint8Array(this.length);
    out.set(this.buffer.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}

/** Where a part lies in what `take` gives: `[start, end)` in bytes. */
export type Span = readonly [start: number, end: number];

/** The part of `bytes` at `span`, without a copy (it shares `bytes`' buffer). */
export function viewOf(bytes: Uint8Array, span: Span): Uint8Array {
  return bytes.subarray(span[0], span[1]);
}
