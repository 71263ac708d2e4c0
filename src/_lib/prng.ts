/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A 32-bit hash of a string (FNV-1a over UTF-16 code units, then fmix32). */
export function hashString(text: string, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** A small seeded generator (mulberry32): returns floats in [0, 1). */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Orders ids by a hash of (seed, scope, id). The result depends only on the seed, the scope (a
 * question id) and the set of ids: never on their incoming order or on anything else about them.
 */
export function orderByHash(ids: readonly string[], seed: string, scope: string): string[] {
  const prefix = `${seed}\u0000${scope}\u0000`;
  const keyed = ids.map((id) => ({ id, a: hashString(prefix + id), b: hashString(prefix + id, 0x9e3779b9) }));
  keyed.sort((x, y) => x.a - y.a || x.b - y.b || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return keyed.map((k) => k.id);
}

/**
 * Shuffles the movable entries into the movable slots; entries marked fixed keep their index.
 */
export function shuffleKeepingFixed(
  entries: readonly { id: string; fixed?: boolean | undefined }[],
  seed: string,
  scope: string,
): string[] {
  const movable = orderByHash(
    entries.filter((e) => e.fixed !== true).map((e) => e.id),
    seed,
    scope,
  );
  let next = 0;
  return entries.map((e) => (e.fixed === true ? e.id : (movable[next++] as string)));
}
