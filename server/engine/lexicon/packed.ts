// CC-CEDICT's 124,000 lines as a few typed arrays instead of 124,000 strings, a Set of every
// headword and a Map of every traditional form: about 14 MB instead of ~45 MB of JS heap per
// thread. The arrays may live in SharedArrayBuffers, so the server's engine threads share one
// copy (built by the pool, handed over as workerData) instead of each parsing the file.

// Longer headwords exist (idioms, titles) but matching beyond this only costs time.
export const MAX_SEGMENT = 8;

export interface PackedLexicon {
  /** Headwords (text before the first tab), UTF-16 code units back to back; line i is keyStart[i]..keyStart[i+1]. */
  keys: Uint16Array;
  keyStart: Uint32Array;
  /** The rest of each line from its first tab on (empty when it has none), UTF-8. */
  rest: Uint8Array;
  restStart: Uint32Array;
  /** Open-addressing table of the first line of each distinct headword (-1: empty). */
  wordSlots: Int32Array;
  /** Traditional forms that differ from the headword, UTF-16, per line (empty when the same). */
  trad: Uint16Array;
  tradStart: Uint32Array;
  /** Open-addressing table of the first line of each distinct traditional form; tradNext chains the others. */
  tradSlots: Int32Array;
  tradNext: Int32Array;
  /** Two last characters → longest headword (capped) ending with them, for headwords longer than two. */
  suffixKeys: Uint32Array;
  suffixLen: Uint8Array;
  /** The same for traditional forms: two first (longer than one) and two last (longer than two) characters. */
  tradPrefixKeys: Uint32Array;
  tradPrefixLen: Uint8Array;
  tradSuffixKeys: Uint32Array;
  tradSuffixLen: Uint8Array;
}

/** Memory for a packed table: shared with other threads or this thread's own. */
export const alloc = (bytes: number, share: boolean): ArrayBuffer | SharedArrayBuffer =>
  share ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);

/** FNV-1a over UTF-16 code units `units[from..to)`. */
function hashUnits(units: Uint16Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ units[k], 0x01000193);
  return h >>> 0;
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function sameUnits(s: string, units: Uint16Array, from: number, to: number): boolean {
  if (to - from !== s.length) return false;
  for (let k = 0; k < s.length; k++) if (units[from + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** Two UTF-16 code units as one number (the maps' key). */
export const pairKey = (two: string): number => ((two.charCodeAt(0) << 16) | (two.charCodeAt(1) || 0)) >>> 0;

function tableSize(n: number): number {
  let size = 1024;
  while (size < n * 2) size <<= 1;
  return size;
}

/** A Map of pair keys to lengths as two sorted arrays. */
function packPairs(map: Map<number, number>, share: boolean): { keys: Uint32Array; lens: Uint8Array } {
  const sorted = [...map.keys()].sort((a, b) => a - b);
  const keys = new Uint32Array(alloc(sorted.length * 4, share));
  const lens = new Uint8Array(alloc(sorted.length, share));
  sorted.forEach((k, i) => {
    keys[i] = k;
    lens[i] = Math.min(map.get(k) ?? 0, 255);
  });
  return { keys, lens };
}

/** The length stored for `key`, or undefined. */
export function pairLength(keys: Uint32Array, lens: Uint8Array, key: number): number | undefined {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key ? lens[lo] : undefined;
}

/** Packs sorted dictionary lines (see lexicon.ts); `share` puts the arrays in SharedArrayBuffers. */
export function packLexicon(lines: readonly string[], share = false): PackedLexicon {
  const n = lines.length;
  const keyStart = new Uint32Array(alloc((n + 1) * 4, share));
  const restStart = new Uint32Array(alloc((n + 1) * 4, share));
  const tradStart = new Uint32Array(alloc((n + 1) * 4, share));
  const tabs = new Int32Array(n);
  let keyUnits = 0;
  let restBytes = 0;
  let tradUnits = 0;
  // the second column, cut as the Map-based index cut it (a line without tabs has none)
  const tradOf = (line: string, t1: number): string => {
    if (t1 < 0) return '';
    const trad = line.slice(t1 + 1, line.indexOf('\t', t1 + 1));
    return trad === line.slice(0, t1) ? '' : trad;
  };
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    const t1 = line.indexOf('\t');
    tabs[i] = t1;
    keyUnits += t1 < 0 ? line.length : t1;
    restBytes += t1 < 0 ? 0 : Buffer.byteLength(line.slice(t1));
    tradUnits += tradOf(line, t1).length;
  }
  const keys = new Uint16Array(alloc(keyUnits * 2, share));
  const rest = new Uint8Array(alloc(restBytes, share));
  const restBuf = Buffer.from(rest.buffer, rest.byteOffset, rest.byteLength);
  const trad = new Uint16Array(alloc(tradUnits * 2, share));
  let kp = 0;
  let rp = 0;
  let tp = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    const t1 = tabs[i];
    const keyLen = t1 < 0 ? line.length : t1;
    keyStart[i] = kp;
    for (let k = 0; k < keyLen; k++) keys[kp++] = line.charCodeAt(k);
    restStart[i] = rp;
    if (t1 >= 0) rp += restBuf.write(line.slice(t1), rp, 'utf8');
    tradStart[i] = tp;
    const t = tradOf(line, t1);
    for (let k = 0; k < t.length; k++) trad[tp++] = t.charCodeAt(k);
  }
  keyStart[n] = kp;
  restStart[n] = rp;
  tradStart[n] = tp;

  // distinct headwords (lines are sorted: the same headword's lines are neighbours)
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || !sameKey(keys, keyStart, i - 1, i)) distinct++;
  const wordSlots = new Int32Array(alloc(tableSize(distinct) * 4, share)).fill(-1);
  const suffix = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (i > 0 && sameKey(keys, keyStart, i - 1, i)) continue;
    insert(wordSlots, hashUnits(keys, keyStart[i], keyStart[i + 1]), i);
    const len = keyStart[i + 1] - keyStart[i];
    if (len > 2) {
      const two = ((keys[keyStart[i + 1] - 2] << 16) | keys[keyStart[i + 1] - 1]) >>> 0;
      const capped = Math.min(len, MAX_SEGMENT);
      if ((suffix.get(two) ?? 2) < capped) suffix.set(two, capped);
    }
  }

  // traditional forms: the first line of each form in the table, later lines chained in order
  const tradNext = new Int32Array(alloc(n * 4, share)).fill(-1);
  const lastOf = new Map<number, number>();
  let tradForms = 0;
  const tradSlotsTmp = new Int32Array(tableSize(n)).fill(-1);
  const tradPrefix = new Map<number, number>();
  const tradSuffix = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const from = tradStart[i];
    const to = tradStart[i + 1];
    if (from === to) continue;
    const first = findUnits(tradSlotsTmp, trad, tradStart, trad, from, to);
    if (first >= 0) {
      tradNext[lastOf.get(first) ?? first] = i;
      lastOf.set(first, i);
      continue;
    }
    insert(tradSlotsTmp, hashUnits(trad, from, to), i);
    tradForms++;
    const len = to - from;
    if (len > 1) {
      const two = ((trad[from] << 16) | trad[from + 1]) >>> 0;
      if ((tradPrefix.get(two) ?? 0) < len) tradPrefix.set(two, len);
    }
    if (len > 2) {
      const two = ((trad[to - 2] << 16) | trad[to - 1]) >>> 0;
      if ((tradSuffix.get(two) ?? 0) < len) tradSuffix.set(two, len);
    }
  }
  const tradSlots = new Int32Array(alloc(tableSize(tradForms) * 4, share)).fill(-1);
  for (const i of tradSlotsTmp)
    if (i >= 0) insert(tradSlots, hashUnits(trad, tradStart[i], tradStart[i + 1]), i);
  const sfx = packPairs(suffix, share);
  const tpre = packPairs(tradPrefix, share);
  const tsfx = packPairs(tradSuffix, share);
  return {
    keys,
    keyStart,
    rest,
    restStart,
    wordSlots,
    trad,
    tradStart,
    tradSlots,
    tradNext,
    suffixKeys: sfx.keys,
    suffixLen: sfx.lens,
    tradPrefixKeys: tpre.keys,
    tradPrefixLen: tpre.lens,
    tradSuffixKeys: tsfx.keys,
    tradSuffixLen: tsfx.lens,
  };
}

function sameKey(keys: Uint16Array, start: Uint32Array, a: number, b: number): boolean {
  const len = start[a + 1] - start[a];
  if (start[b + 1] - start[b] !== len) return false;
  for (let k = 0; k < len; k++) if (keys[start[a] + k] !== keys[start[b] + k]) return false;
  return true;
}

function insert(slots: Int32Array, hash: number, line: number): void {
  const mask = slots.length - 1;
  let s = hash & mask;
  while (slots[s] >= 0) s = (s + 1) & mask;
  slots[s] = line;
}

/** The line in `slots` whose units (in `units`/`start`) equal `probe[from..to)`, or -1. */
function findUnits(
  slots: Int32Array,
  units: Uint16Array,
  start: Uint32Array,
  probe: Uint16Array,
  from: number,
  to: number,
): number {
  const mask = slots.length - 1;
  const len = to - from;
  for (let s = hashUnits(probe, from, to) & mask; slots[s] >= 0; s = (s + 1) & mask) {
    const i = slots[s];
    if (start[i + 1] - start[i] !== len) continue;
    let k = 0;
    while (k < len && units[start[i] + k] === probe[from + k]) k++;
    if (k === len) return i;
  }
  return -1;
}

/** The line in `slots` whose units equal the string `word`, or -1. */
export function findString(slots: Int32Array, units: Uint16Array, start: Uint32Array, word: string): number {
  const mask = slots.length - 1;
  for (let s = hashString(word) & mask; slots[s] >= 0; s = (s + 1) & mask) {
    const i = slots[s];
    if (sameUnits(word, units, start[i], start[i + 1])) return i;
  }
  return -1;
}

/** Distinct strings in one UTF-16 array with a hash table of their ids (see findString). */
export function packStrings(
  strings: readonly string[],
  share: boolean,
): { units: Uint16Array; start: Uint32Array; slots: Int32Array } {
  let total = 0;
  for (const w of strings) total += w.length;
  const units = new Uint16Array(alloc(total * 2, share));
  const start = new Uint32Array(alloc((strings.length + 1) * 4, share));
  const slots = new Int32Array(alloc(tableSize(strings.length) * 4, share)).fill(-1);
  let at = 0;
  strings.forEach((w, i) => {
    start[i] = at;
    for (let k = 0; k < w.length; k++) units[at++] = w.charCodeAt(k);
    insert(slots, hashString(w), i);
  });
  start[strings.length] = at;
  return { units, start, slots };
}
