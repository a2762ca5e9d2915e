// readGraphJson must hand back exactly the items JSON.parse sees, wherever the chunks split the
// bytes (inside a string, an escape, a multi-byte character), and refuse anything that is not a
// whole graph.json with an E_STORE that names the file and the byte.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorOf } from '../helpers/error-of.js';
import { KgError } from '../../src/errors.js';
import { createGraph } from '../../src/graph/kg-graph.js';
import { readGraphJson, YIELD_BYTES, type GraphJsonVisitor, type ReadGraphJsonOptions } from '../../src/graph/read-graph-json.js';
import { writeGraphJson } from '../../src/graph/write-graph-json.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-read-graph-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Strings that break a naive scanner: brackets and quotes in strings, escapes, CJK, astral characters. */
const HOSTILE = [
  'law:行政处罚法',
  'a "quoted" {brace} [bracket]',
  'ends with a backslash \\',
  '\\"',
  '\\\\"}]',
  '"}],"edges":[{"key":"fake"}]}',
  'tab\tnew\nline\r\u0000\u001f',
  'emoji 😀 and 𠮷野家',
  'line\u2028sep\u2029',
  '依法行政“枫桥经验”《中华人民共和国宪法》',
  '',
];

function writeHostileGraph(file: string): void {
  const g = createGraph();
  g.replaceAttributes({ note: 'graph {attrs} "quoted" 图' });
  HOSTILE.forEach((s, i) => g.addNode(`n${i}:${s}`, { label: i % 2 ? 'Passage' : 'Law', name: s, list: [s, `[${s}]`], nested: { s, n: i, ok: true, no: null } }));
  g.addNode('bare', {} as never);
  HOSTILE.forEach((s, i) => {
    const next = (i + 1) % HOSTILE.length;
    g.addDirectedEdgeWithKey(`e${i}|${s}`, `n${i}:${s}`, `n${next}:${HOSTILE[next]}`, { type: i % 2 ? 'MENTIONS' : 'CITES', surface: s, count: i, ratio: i / 7 });
  });
  g.addDirectedEdgeWithKey('bare-edge', 'bare', `n0:${HOSTILE[0]}`, {} as never);
  writeGraphJson(file, g);
}

const hostileFile = join(dir, 'hostile.json');
writeHostileGraph(hostileFile);
const hostileBytes = readFileSync(hostileFile);
const hostileParsed = JSON.parse(hostileBytes.toString('utf8'));

interface Seen {
  options: unknown[];
  attributes: unknown[];
  nodes: unknown[];
  edges: unknown[];
  offsets: number[];
}

async function readAll(file: string, options?: ReadGraphJsonOptions): Promise<Seen> {
  const seen: Seen = { options: [], attributes: [], nodes: [], edges: [], offsets: [] };
  const visitor: GraphJsonVisitor = {
    options: (v) => seen.options.push(v),
    attributes: (v) => seen.attributes.push(v),
    node: (item, offset) => {
      seen.nodes.push(item);
      seen.offsets.push(offset);
    },
    edge: (item, offset) => {
      seen.edges.push(item);
      seen.offsets.push(offset);
    },
  };
  await readGraphJson(file, visitor, options);
  return seen;
}

function expectParsedLike(seen: Seen, parsed: { options: unknown; attributes: unknown; nodes: unknown[]; edges: unknown[] }): void {
  expect(seen.options).toEqual([parsed.options]);
  expect(seen.attributes).toEqual([parsed.attributes]);
  expect(seen.nodes).toEqual(parsed.nodes);
  expect(seen.edges).toEqual(parsed.edges);
}


function writeText(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('readGraphJson', () => {
  it('hands over the options, the graph attributes and every node and edge as JSON.parse reads them', async () => {
    const seen = await readAll(hostileFile);
    expectParsedLike(seen, hostileParsed);
    expect(seen.nodes).toHaveLength(HOSTILE.length + 1);
    expect(seen.edges).toHaveLength(HOSTILE.length + 1);
  });

  it('gives each item its first byte in the file', async () => {
    const seen = await readAll(hostileFile);
    for (const offset of seen.offsets) expect(hostileBytes[offset]).toBe(0x7b);
    expect(JSON.parse(hostileBytes.subarray(seen.offsets[0]).toString('utf8').split(',{"key"')[0])).toEqual(hostileParsed.nodes[0]);
  });

  // A chunk of k bytes puts the first boundary after byte k: every k covers every byte of the file,
  // including the inside of escapes and of 3- and 4-byte UTF-8 characters.
  it('reads the same items whatever byte the first chunk ends at', async () => {
    for (let k = 1; k <= hostileBytes.length + 1; k++) {
      expectParsedLike(await readAll(hostileFile, { chunkSize: k }), hostileParsed);
    }
  });

  it('gathers an item longer than the chunk over several reads', async () => {
    const g = createGraph();
    const text = '一段很长的文字 {"[\\'.repeat(20_000);
    g.addNode('p', { label: 'Passage', text });
    g.addNode('q', { label: 'Passage', text: 'short' });
    g.addDirectedEdgeWithKey('e', 'p', 'q', { type: 'NEXT' });
    const file = join(dir, 'long-item.json');
    writeGraphJson(file, g);
    const seen = await readAll(file, { chunkSize: 1000 });
    expect((seen.nodes[0] as { attributes: { text: string } }).attributes.text).toBe(text);
    expectParsedLike(seen, JSON.parse(readFileSync(file, 'utf8')));
  });

  it('does not depend on the layout: white space between tokens is skipped', async () => {
    const pretty = writeText('pretty.json', ` \r\n${JSON.stringify(hostileParsed, null, '\t')}\n\n`);
    for (const chunkSize of [1, 3, 64, undefined]) expectParsedLike(await readAll(pretty, { chunkSize }), hostileParsed);
  });

  it('reads empty lists, an empty object and other property orders', async () => {
    expectParsedLike(await readAll(writeText('empty.json', '{"options":{},"attributes":{},"nodes":[],"edges":[]}')), {
      options: {},
      attributes: {},
      nodes: [],
      edges: [],
    });
    expect(await readAll(writeText('empty-object.json', '{}'))).toEqual({ options: [], attributes: [], nodes: [], edges: [], offsets: [] });
    const seen = await readAll(writeText('reordered.json', '{"edges":[],"extra":[1,{"x":"]"}],"nodes":[{"key":"a"}],"attributes":{"k":1}}'));
    expect(seen.nodes).toEqual([{ key: 'a' }]);
    expect(seen.attributes).toEqual([{ k: 1 }]);
  });

  it('lets an error thrown by the visitor through', async () => {
    const boom = new Error('visitor failed');
    await expect(
      readGraphJson(hostileFile, {
        edge: () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
  });

  it('refuses a file cut short at any byte with E_STORE', async () => {
    for (let cut = 0; cut < hostileBytes.length; cut++) {
      const file = writeText('truncated.json', hostileBytes.subarray(0, cut));
      // Small chunks on every few cuts only: each read is a system call.
      for (const chunkSize of cut % 5 === 0 ? [3, undefined] : [undefined]) {
        const err = await errorOf(readAll(file, { chunkSize }));
        expect(err.code, `cut at ${cut}`).toBe('E_STORE');
      }
    }
  });

  it('says where a truncated file ends and what it expected there', async () => {
    const cut = hostileBytes.indexOf('"edges":[') + 40;
    const file = writeText('cut.json', hostileBytes.subarray(0, cut));
    const err = await errorOf(readAll(file));
    expect(err.where).toBe(file);
    expect(err.detail).toEqual({ offset: cut });
    expect(err.message).toContain(`at byte ${cut}`);
    expect(err.message).toContain('an edge in the edges list');
    expect(err.message).toContain('the end of the file');
    expect(err.message).toContain('build again');
  });

  it.each([
    ['an empty file', ''],
    ['text', 'graph.json is not here'],
    ['binary bytes', Buffer.from([0x00, 0xff, 0x7b, 0x22, 0x9c])],
    ['an array', '[{"key":"a"}]'],
    ['a list that is an object', '{"nodes":{"key":"a"}}'],
    ['a node that is a number', '{"nodes":[1]}'],
    ['a node without a key', '{"nodes":[{"attributes":{"label":"Law"}}]}'],
    ['a node whose attributes are a list', '{"nodes":[{"key":"a","attributes":["Law"]}]}'],
    ['an edge without a target', '{"nodes":[{"key":"a"}],"edges":[{"key":"e","source":"a"}]}'],
    ['a broken item', '{"nodes":[{"key":"a",}]}'],
    ['a missing comma between items', '{"nodes":[{"key":"a"}{"key":"b"}]}'],
    ['a property name without quotes', '{nodes:[]}'],
    ['garbage after the graph', '{"nodes":[]} {"nodes":[]}'],
    ['an unclosed string in a value', '{"attributes":{"a":"b}}'],
  ])('refuses %s with E_STORE', async (_what, text) => {
    const file = writeText('garbage.json', text);
    for (const chunkSize of [1, undefined]) {
      const err = await errorOf(readAll(file, { chunkSize }));
      expect(err.code).toBe('E_STORE');
      expect(err.where).toBe(file);
      expect(err.message).toMatch(/at byte \d+/);
    }
  });

  it('names the offending byte of a file that is not JSON', async () => {
    const err = await errorOf(readAll(writeText('not-json.json', '{"nodes":[{"key":"a"};')));
    expect(err.message).toContain('at byte 21: expected "," or "]" after a node in the nodes list, found ";"');
  });

  it('reports a missing file as E_STORE_MISSING', async () => {
    expect((await errorOf(readAll(join(dir, 'nowhere', 'graph.json')))).code).toBe('E_STORE_MISSING');
  });

  it('rejects a chunk size that is not a positive whole number', async () => {
    expect((await errorOf(readAll(hostileFile, { chunkSize: 0 }))).code).toBe('E_USAGE');
  });

  it('stops with E_INTERRUPTED when its signal is aborted before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    expect((await errorOf(readAll(hostileFile, { signal: controller.signal }))).code).toBe('E_INTERRUPTED');
  });

  it('hears an abort during a long read, at its next pause, and gives the signal its KgError reason', async () => {
    const g = createGraph();
    for (let i = 0; i < 4000; i++) g.addNode(`p${i}`, { label: 'Passage', text: '依法行政'.repeat(200) });
    const file = join(dir, 'long.json');
    writeGraphJson(file, g);
    expect(readFileSync(file).length).toBeGreaterThan(3 * YIELD_BYTES);
    const controller = new AbortController();
    const reason = new KgError('E_INTERRUPTED', 'stopped by the user (SIGINT)');
    let seen = 0;
    const err = await errorOf(
      readGraphJson(file, {
        node: () => {
          if (++seen === 10) setImmediate(() => controller.abort(reason));
        },
      }, { signal: controller.signal }),
    );
    expect(err).toBe(reason);
    expect(seen).toBeGreaterThan(10);
    expect(seen).toBeLessThan(4000);
  });
});
