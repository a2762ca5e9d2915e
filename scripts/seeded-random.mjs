// mulberry32, a tiny seeded PRNG (Math.random cannot be seeded): the same sequence on every machine
// for a seed, so the synthetic and the bad corpora are reproducible. (The explorer's layout has its
// own copy in src/export/html/layout-view.ts: scripts run without the compiled library.)

/** A generator of floats in [0, 1) for `seed`. */
export function createRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
