// A file written through one reusable byte buffer: text is encoded (UTF-8) straight into it and
// bytes are copied in, so appending many pieces makes neither a joined string nor a Buffer per
// piece, and the disk sees large writes. Synchronous: the build's main thread is the only writer.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { MAX_BYTES_PER_CHAR } from './utf8-builder.js';

/** Bytes gathered before a write(2), by default. */
const DEFAULT_CAPACITY = 1 << 20;

export class BufferedFileWriter {
  readonly path: string;
  /** Bytes appended so far (written or waiting in the buffer). */
  bytes = 0;
  private fd: number | null;
  private readonly buffer: Buffer;
  private readonly capacity: number;
  private used = 0;

  /** `capacity`: bytes gathered before a write (a file holds that much memory while open). */
  constructor(path: string, capacity = DEFAULT_CAPACITY) {
    this.path = path;
    this.capacity = capacity;
    this.buffer = Buffer.allocUnsafeSlow(capacity);
    this.fd = openSync(path, 'w');
  }

  /** Appends text (encoded as UTF-8) or bytes. */
  write(data: string | Uint8Array): void {
    if (this.fd === null) throw new Error(`${this.path}: written after close`);
    if (typeof data === 'string') this.writeText(data);
    else this.writeBytes(data);
  }

  /** Appends the bytes of the file at `path` from byte `start` on. */
  copyFrom(path: string, start = 0): void {
    this.flush();
    const src = openSync(path, 'r');
    try {
      for (let pos = start; ; ) {
        const n = readSync(src, this.buffer, 0, this.capacity, pos);
        if (n === 0) break;
        pos += n;
        this.used = n;
        this.bytes += n;
        this.flush();
      }
    } finally {
      closeSync(src);
    }
  }

  /** Writes what is buffered. */
  flush(): void {
    if (this.used === 0) return;
    this.writeOut(this.buffer, this.used);
    this.used = 0;
  }

  /** Flushes and closes the file (again: nothing). */
  close(): void {
    if (this.fd === null) return;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
      this.fd = null;
    }
  }

  private writeText(text: string): void {
    if (text.length * MAX_BYTES_PER_CHAR > this.capacity - this.used) {
      this.flush();
      // Longer than the whole buffer could surely hold: encoded on its own.
      if (text.length * MAX_BYTES_PER_CHAR > this.capacity) return this.writeBytes(Buffer.from(text, 'utf8'));
    }
    const n = this.buffer.write(text, this.used, 'utf8');
    this.used += n;
    this.bytes += n;
  }

  private writeBytes(bytes: Uint8Array): void {
    if (bytes.length > this.capacity - this.used) {
      this.flush();
      if (bytes.length > this.capacity) {
        this.writeOut(bytes, bytes.length);
        this.bytes += bytes.length;
        return;
      }
    }
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
    this.bytes += bytes.length;
  }

  /** write(2) may take fewer bytes than offered: loops until all are written. */
  private writeOut(bytes: Uint8Array, length: number): void {
    if (this.fd === null) throw new Error(`${this.path}: written after close`);
    for (let at = 0; at < length; ) at += writeSync(this.fd, bytes, at, length - at);
  }
}
