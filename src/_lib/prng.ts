/**
 * A 32-bit hash of a string: FNV-1a over UTF-16 code units, then murmur3's 32-bit finaliser so
 * every input bit reaches every output bit.
 */
export function hashString(text: string, salt = 0): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Orders entries by a hash of (seed, scope, id). The result depends only on the seed, the scope
 * (a question id) and the set of ids: never on their incoming order or on anything else about them.
 */
export function orderByHash<T extends { id: string }>(entries: readonly T[], seed: string, scope: string): T[] {
  const prefix = `${seed}\u0000${scope}\u0000`;
  // The second hash only breaks ties of the first; the id breaks the (astronomically rare) rest.
  return entries
    .map((entry) => ({
      entry,
      id: entry.id,
      a: hashString(prefix + entry.id),
      b: hashString(prefix + entry.id, 0x9e3779b9),
    }))
    .sort((x, y) => x.a - y.a || x.b - y.b || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((k) => k.entry);
}

/** The ids of `entries` in {@link orderByHash} order. */
export function shuffledIds(entries: readonly { id: string }[], seed: string, scope: string): string[] {
  return orderByHash(entries, seed, scope).map((e) => e.id);
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
    entries.filter((e) => !e.fixed),
    seed,
    scope,
  );
  let next = 0;
  return entries.map((e) => (e.fixed ? e : (movable[next++] as (typeof entries)[number])).id);
}
