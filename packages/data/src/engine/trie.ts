// The matching index: a trie over canonical tokens (see text/tokens.ts), built once per lexicon.
//
// Why a token trie (and not Aho–Corasick over characters, or one big alternation RegExp): whole-word matching means a
// match can only start and end on token boundaries, so the scanner tokenises the text once and, at each token, asks
// "does a form start here?" with one hash probe (tokens are hashed while they are read, so this costs no string). That
// is one pass over the text whose cost does not depend on the number of entries (a RegExp alternation of 10k forms
// tries its branches at every candidate position). Aho–Corasick over characters would also be one pass, but needs a
// node per character and extra work to keep only whole-word matches and to canonicalise separators and spaces. The
// trie keeps multi-word forms ("UN CTC", "Operation Ocean Shield"), hyphenated ones ("NTM-I") and mixed case ("PfP")
// as token paths, and the deepest node with an entry on the path is the longest match.
//
// Layout: nodes are numbers (1, 2, …; 0 is the root) and every table is a typed array or a packed array indexed by
// node id, so that the index of 100k entries is a few dozen flat arrays (no object per node: objects and a map per
// node made a 100k index take 75 MB and half a second, and scanning slowed down as the heap grew). Edges live in two
// open hash tables: the root table ([token hash, node, token length, bloom] per slot), which the scanner probes at
// every word that passes a bit filter small enough to stay in the CPU cache, and the edge table ([parent, token hash,
// child] per slot) for every other edge. Each root has a Bloom filter of the words that can follow it after a space
// (in its slot when they are few, else in bloomPool, 16 bits per word: about 1.5% false positives), so most walks
// that would fail on the next word ("security" followed by "of") end without a probe of the edge table.
// Slots are found by mixing the hash with a seed drawn per index, so a glossary cannot be written to pile its forms
// into one probe sequence. Tokens that share a hash on purpose ("Aa" and "BB" do, for every seed) form a group of one
// parent; a group larger than MAX_CHAIN is replaced in its table by one marker, and its nodes are found by token in a
// map (twins), so a look-up costs at most MAX_CHAIN comparisons or one map probe, however many forms collide.
//
// The payload (TrieNode's entry, kind and acronym) is kept in side tables keyed by node id: entries[id], kinds[id],
// acronyms[id]. findForm returns a TrieNode view of them for lookup and expand.
//
// Each node that ends a form holds the single winner for that written form, decided here once, so scan and lookup
// always agree:
//   1. a form as written beats a case variant generated for a term (see termCaseVariants);
//   2. then later documents beat earlier ones (a workspace glossary overrides the bundled corpus);
//   3. then, within one document, acronyms beat terms, and earlier entries / earlier forms beat later ones.
// forms.ts lists the forms in that priority order, so that "first inserted wins" implements 1–3.
import type { MatchKind } from '../api.js';
import type { IndexedEntry, IndexedForm } from './forms.js';
import { ASCII_CLASSES, BREAK, OTHER, SPACE, WORD, canonicalSeparator, canonicalUnit } from '../text/chars.js';
import { classAndWidthAt } from '../text/tokens.js';

/** A node's payload, as findForm returns it (the index keeps it in side tables keyed by node id). */
export interface TrieNode {
  id: number;
  /** The winning concept and term for the form that ends here (scan and lookup). */
  entry: IndexedEntry | undefined;
  kind: MatchKind | undefined;
  /** The winning acronym or abbreviation term (with its concept) for the form that ends here (expand ignores other terms). */
  acronym: IndexedEntry | undefined;
}

export interface MatchIndex {
  /**
   * The token that leads to each node from its parent, where it is written: tokenSource[id] (the form that created
   * the node, not a copy: a string per node was a third of the build), from tokenStart[id], tokenLength[id] code units.
   * Separators are compared canonically (see sameToken); a " " node points at " ".
   */
  tokenSource: string[];
  tokenStart: Int32Array;
  tokenLength: Int32Array;
  /** Each node's child for the token " ", or 0. */
  spaceChild: Int32Array;
  /** Each node's children: NO_CHILDREN, ONLY_SPACE (its only child is " ") or ANY_CHILDREN. */
  fanout: Uint8Array;
  /** Side tables keyed by node id: TrieNode's payload. */
  entries: TrieNode['entry'][];
  kinds: TrieNode['kind'][];
  acronyms: TrieNode['acronym'][];
  /**
   * The root's children: ROOT_STRIDE numbers per slot, [token hash, node (TWINS: see twins), token length (| flags),
   * bloom (the filter itself, or where it is in bloomPool: offset << 5 | log2 of its size in 32-bit words)].
   */
  rootTable: Int32Array;
  bloomPool: Int32Array;
  rootMask: number;
  /** One bit per bit slot (mixed hash & rootBitsMask), set when some root token has that slot. */
  rootBits: Int32Array;
  rootBitsMask: number;
  /** Every other edge: EDGE_STRIDE numbers per slot, [parent, token hash, child (TWINS or TOMBSTONE)]; child 0 = empty. */
  edges: Int32Array;
  edgeMask: number;
  /** The groups of more than MAX_CHAIN look-alike tokens of one parent, by twinKey(parent, hash): node by token. */
  twins: Map<number, Map<string, number>>;
  /** Mixed into every slot (drawn per index). */
  seed: number;
  /** Whether any form starts with a non-word character (e.g. ".NET"); lets the scanner skip punctuation quickly. */
  hasPunctuationRoots: boolean;
  surfaceCount: number;
  nodeCount: number;
}

export const NO_CHILDREN = 0;
export const ONLY_SPACE = 1;
export const ANY_CHILDREN = 2;
export const ROOT_STRIDE = 4;
export const EDGE_STRIDE = 3;
/** In a table's node/child field: the group of this hash is in `twins`. */
export const TWINS = -1;
/** In a table's node/child field: a slot given up when its group moved to `twins` (probes go on past it). */
export const TOMBSTONE = -2;
/** The hash of the canonical " " token. */
export const SPACE_HASH = 0x20;

/**
 * The hash the scanner computes while it reads a token (over its canonical code units), so that it can find a child
 * without slicing the text into a string. The token itself is compared in place to rule out collisions.
 */
export function tokenHash(token: string): number {
  let hash = 0;
  for (let index = 0; index < token.length; index++) hash = (Math.imul(hash, 31) + token.charCodeAt(index)) | 0;
  return hash;
}

/** Look-alike tokens of one parent beyond this many get a map (see twins). */
export const MAX_CHAIN = 4;

/** murmur3's finaliser: every bit of the input moves every bit of the output. */
function mix(value: number): number {
  let mixed = Math.imul(value ^ (value >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return mixed ^ (mixed >>> 16);
}

/** The mixed hash of a root token: its slot in the root table (& rootMask) and its bit (& rootBitsMask). */
export function rootMix(hash: number, seed: number): number {
  return mix(hash ^ seed);
}

export function edgeSlot(parent: number, hash: number, seed: number, mask: number): number {
  return mix(hash ^ seed ^ Math.imul(parent, 0x9e3779b1)) & mask;
}

/** In the root table's length field: the root's bloom is in bloomPool. */
export const POOLED = 0x40000000;
/** In the root table's length field: the root has no entry and only a " " child (its bloom decides the next word). */
export const SPACE_ONLY = 0x20000000;
export const LENGTH_MASK = SPACE_ONLY - 1;
/** Pooled blooms have at most 2^MAX_BLOOM_LOG2 words (the two bit indexes come from 16 bits each). */
const MAX_BLOOM_LOG2 = 11;

/** The hash of a word that can follow a root, from which its two bloom bits are taken (low and high half). */
export function bloomHash(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return mixed ^ (mixed >>> 16);
}

/** Whether the word whose bloomHash is `bits` may follow the root whose slot holds `lengthField` and `bloom`. */
export function mayFollow(pool: Int32Array, lengthField: number, bloom: number, bits: number): boolean {
  if ((lengthField & POOLED) === 0) return (bloom & (1 << (bits & 31))) !== 0 && (bloom & (1 << ((bits >>> 16) & 31))) !== 0;
  const offset = bloom >>> 5;
  const mask = (32 << (bloom & 31)) - 1;
  const low = bits & mask;
  const high = (bits >>> 16) & mask;
  return (pool[offset + (low >>> 5)]! & (1 << (low & 31))) !== 0 && (pool[offset + (high >>> 5)]! & (1 << (high & 31))) !== 0;
}

/** The twins key of a group: parent and hash in one number (below 2^53). */
export function twinKey(parent: number, hash: number): number {
  return parent * 0x100000000 + (hash >>> 0);
}

/** Whether the token of class `cls` written at text[start, end) is the token of `node`. */
export function sameToken(index: MatchIndex, node: number, cls: number, text: string, start: number, end: number): boolean {
  const source = index.tokenSource[node]!;
  if (cls === SPACE) return source === ' ';
  const length = end - start;
  if (index.tokenLength[node] !== length || source === ' ') return false;
  const from = index.tokenStart[node]!;
  if (cls === OTHER) {
    return canonicalUnit(source.charCodeAt(from)) === canonicalUnit(text.charCodeAt(start)) && (length === 1 || source.charCodeAt(from + 1) === text.charCodeAt(start + 1));
  }
  for (let offset = 0; offset < length; offset++) if (source.charCodeAt(from + offset) !== text.charCodeAt(start + offset)) return false;
  return true;
}

/** The canonical token of a node, as a string (allocates: twins only). */
export function tokenOf(index: MatchIndex, node: number): string {
  const source = index.tokenSource[node]!;
  if (source === ' ') return ' ';
  const from = index.tokenStart[node]!;
  const written = source.slice(from, from + index.tokenLength[node]!);
  return written.length === 1 ? canonicalSeparator(written) : written;
}

/** The canonical token of class `cls` written at text[start, end), as a string (allocates: twins and new nodes only). */
export function canonicalText(cls: number, text: string, start: number, end: number): string {
  if (cls === SPACE) return ' ';
  const written = text.slice(start, end);
  return cls === OTHER ? canonicalSeparator(written) : written;
}

/** The child of `parent` for the token of class `cls` at text[start, end) with hash `hash`, or 0. */
export function childOf(index: MatchIndex, parent: number, hash: number, cls: number, text: string, start: number, end: number): number {
  const { seed } = index;
  if (parent === 0) {
    const table = index.rootTable;
    const mask = index.rootMask;
    for (let slot = rootMix(hash, seed) & mask; ; slot = (slot + 1) & mask) {
      const base = slot * ROOT_STRIDE;
      const node = table[base + 1]!;
      if (node === 0) return 0;
      if (table[base] === hash) {
        if (node === TWINS) return index.twins.get(twinKey(0, hash))?.get(canonicalText(cls, text, start, end)) ?? 0;
        if (node !== TOMBSTONE && sameToken(index, node, cls, text, start, end)) return node;
      }
    }
  }
  const table = index.edges;
  const mask = index.edgeMask;
  for (let slot = edgeSlot(parent, hash, seed, mask); ; slot = (slot + 1) & mask) {
    const base = slot * EDGE_STRIDE;
    const child = table[base + 2]!;
    if (child === 0) return 0;
    if (table[base] === parent && table[base + 1] === hash && child !== TOMBSTONE) {
      if (child === TWINS) return index.twins.get(twinKey(parent, hash))?.get(canonicalText(cls, text, start, end)) ?? 0;
      if (sameToken(index, child, cls, text, start, end)) return child;
    }
  }
}

function powerOfTwoAtLeast(value: number, minimum: number): number {
  let size = minimum;
  while (size < value) size *= 2;
  return size;
}

/** A table twice as large with the same entries (tombstones dropped); `slotOf` gives an entry's first slot. */
function grown(table: Int32Array, stride: number, valueField: number, slotOf: (base: number, mask: number) => number): Int32Array {
  const slots = (table.length / stride) * 2;
  const next = new Int32Array(slots * stride);
  const mask = slots - 1;
  for (let base = 0; base < table.length; base += stride) {
    const value = table[base + valueField]!;
    if (value === 0 || value === TOMBSTONE) continue;
    let slot = slotOf(base, mask);
    while (next[slot * stride + valueField] !== 0) slot = (slot + 1) & mask;
    for (let field = 0; field < stride; field++) next[slot * stride + field] = table[base + field]!;
  }
  return next;
}

/** The index over forms given in priority order (the first form inserted for a written form wins; see forms.ts). */
export function buildMatchIndex(forms: Iterable<IndexedForm>): MatchIndex {
  const seed = (Math.random() * 0x100000000) | 0;
  const tokenSource: string[] = [' '];
  let tokenStart = new Int32Array(1024);
  let tokenLength = new Int32Array(1024);
  const entries: TrieNode['entry'][] = [undefined];
  const kinds: TrieNode['kind'][] = [undefined];
  const acronyms: TrieNode['acronym'][] = [undefined];
  let spaceChild = new Int32Array(1024);
  let fanout = new Uint8Array(1024);
  /** Build only: each node's parent and token hash (for the blooms). */
  let parents = new Int32Array(1024);
  let hashes = new Int32Array(1024);
  const index: MatchIndex = {
    tokenSource,
    tokenStart,
    tokenLength,
    spaceChild,
    fanout,
    entries,
    kinds,
    acronyms,
    rootTable: new Int32Array(256 * ROOT_STRIDE),
    bloomPool: new Int32Array(0),
    rootMask: 255,
    rootBits: new Int32Array(0),
    rootBitsMask: 0,
    edges: new Int32Array(1024 * EDGE_STRIDE),
    edgeMask: 1023,
    twins: new Map(),
    seed,
    hasPunctuationRoots: false,
    surfaceCount: 0,
    nodeCount: 0,
  };
  let rootUsed = 0;
  let edgesUsed = 0;
  /** 1 for end nodes whose current winner is a generated case variant (a form as written may still take them over). */
  let wonByVariant = new Uint8Array(1024);

  const newNode = (parent: number, hash: number, cls: number, form: string, start: number, end: number): number => {
    const node = ++index.nodeCount;
    if (node >= spaceChild.length) {
      const size = spaceChild.length * 2;
      const grow = <T extends Int32Array | Uint8Array>(array: T, make: (size: number) => T): T => {
        const next = make(size);
        next.set(array);
        return next;
      };
      spaceChild = grow(spaceChild, (size) => new Int32Array(size));
      fanout = grow(fanout, (size) => new Uint8Array(size));
      parents = grow(parents, (size) => new Int32Array(size));
      hashes = grow(hashes, (size) => new Int32Array(size));
      wonByVariant = grow(wonByVariant, (size) => new Uint8Array(size));
      index.tokenStart = tokenStart = grow(tokenStart, (size) => new Int32Array(size));
      index.tokenLength = tokenLength = grow(tokenLength, (size) => new Int32Array(size));
    }
    if (cls === SPACE) {
      tokenSource.push(' ');
      tokenLength[node] = 1;
    } else {
      tokenSource.push(form);
      tokenStart[node] = start;
      tokenLength[node] = end - start;
    }
    entries.push(undefined);
    kinds.push(undefined);
    acronyms.push(undefined);
    parents[node] = parent;
    hashes[node] = hash;
    if (cls === SPACE) {
      spaceChild[parent] = node;
      if (fanout[parent] === NO_CHILDREN) fanout[parent] = ONLY_SPACE;
    } else fanout[parent] = ANY_CHILDREN;
    if (parent === 0 && cls !== WORD) index.hasPunctuationRoots = true;
    return node;
  };

  /** Puts a new child of the root in the root table (or its twins), growing the table at 7/10 load. */
  const addRoot = (hash: number, cls: number, form: string, start: number, end: number): number => {
    const node = newNode(0, hash, cls, form, start, end);
    let table = index.rootTable;
    let mask = index.rootMask;
    const members: number[] = [];
    let slot = rootMix(hash, seed) & mask;
    for (; table[slot * ROOT_STRIDE + 1] !== 0; slot = (slot + 1) & mask) {
      const base = slot * ROOT_STRIDE;
      if (table[base] !== hash) continue;
      const member = table[base + 1]!;
      if (member === TWINS) {
        index.twins.get(twinKey(0, hash))!.set(tokenOf(index, node), node);
        return node;
      }
      if (member !== TOMBSTONE) members.push(base);
    }
    if (members.length >= MAX_CHAIN) {
      // The group moves to twins: its first slot becomes the marker; the others keep their key (probes go past them)
      // but no longer name a node.
      const group = new Map<string, number>([[tokenOf(index, node), node]]);
      for (const base of members) group.set(tokenOf(index, table[base + 1]!), table[base + 1]!);
      index.twins.set(twinKey(0, hash), group);
      table[members[0]! + 1] = TWINS;
      table[members[0]! + 2] = -1;
      for (const base of members.slice(1)) {
        table[base + 1] = TOMBSTONE;
        table[base + 2] = -1; // a length no token has: never a candidate
      }
      return node;
    }
    const base = slot * ROOT_STRIDE;
    table[base] = hash;
    table[base + 1] = node;
    table[base + 2] = end - start;
    if (++rootUsed * 10 > (mask + 1) * 7) {
      table = grown(table, ROOT_STRIDE, 1, (at, size) => rootMix(table[at]!, seed) & size);
      index.rootTable = table;
      mask = index.rootMask = table.length / ROOT_STRIDE - 1;
      rootUsed = 0;
      for (let at = 1; at < table.length; at += ROOT_STRIDE) if (table[at] !== 0) rootUsed++;
    }
    return node;
  };

  /** Puts a new child of `parent` (not the root) in the edge table (or its twins), growing it at 3/4 load. */
  const addEdge = (parent: number, hash: number, cls: number, form: string, start: number, end: number): number => {
    const node = newNode(parent, hash, cls, form, start, end);
    let table = index.edges;
    const mask = index.edgeMask;
    const members: number[] = [];
    let slot = edgeSlot(parent, hash, seed, mask);
    for (; table[slot * EDGE_STRIDE + 2] !== 0; slot = (slot + 1) & mask) {
      const base = slot * EDGE_STRIDE;
      if (table[base] !== parent || table[base + 1] !== hash) continue;
      const member = table[base + 2]!;
      if (member === TWINS) {
        index.twins.get(twinKey(parent, hash))!.set(tokenOf(index, node), node);
        return node;
      }
      if (member !== TOMBSTONE) members.push(base);
    }
    if (members.length >= MAX_CHAIN) {
      const group = new Map<string, number>([[tokenOf(index, node), node]]);
      for (const base of members) group.set(tokenOf(index, table[base + 2]!), table[base + 2]!);
      index.twins.set(twinKey(parent, hash), group);
      table[members[0]! + 2] = TWINS;
      for (const base of members.slice(1)) table[base + 2] = TOMBSTONE;
      return node;
    }
    const base = slot * EDGE_STRIDE;
    table[base] = parent;
    table[base + 1] = hash;
    table[base + 2] = node;
    if (++edgesUsed * 4 > (mask + 1) * 3) {
      table = grown(table, EDGE_STRIDE, 2, (at, size) => edgeSlot(table[at]!, table[at + 1]!, seed, size));
      index.edges = table;
      index.edgeMask = table.length / EDGE_STRIDE - 1;
      edgesUsed = 0;
      for (let at = 2; at < table.length; at += EDGE_STRIDE) if (table[at] !== 0) edgesUsed++;
    }
    return node;
  };

  const step = (parent: number, hash: number, cls: number, form: string, start: number, end: number): number => {
    const found = childOf(index, parent, hash, cls, form, start, end);
    if (found !== 0) return found;
    return parent === 0 ? addRoot(hash, cls, form, start, end) : addEdge(parent, hash, cls, form, start, end);
  };

  /** Walks (and extends) the trie along the form's canonical tokens, as formTokens reads them; returns the end node. */
  const pathOf = (form: string): number => {
    let node = 0;
    let position = 0;
    let pendingSpace = false;
    while (position < form.length) {
      const code = form.charCodeAt(position);
      const info = code < 0x80 ? ASCII_CLASSES[code]! | 8 : classAndWidthAt(form, position);
      const cls = info & 7;
      const width = info >> 3;
      if (cls === SPACE || cls === BREAK) {
        pendingSpace = node !== 0;
        position += width;
        continue;
      }
      if (pendingSpace) {
        node = step(node, SPACE_HASH, SPACE, form, position, position);
        pendingSpace = false;
      }
      let end = position + width;
      let hash: number;
      if (cls === WORD) {
        hash = 0;
        for (let at = position; at < end; at++) hash = (Math.imul(hash, 31) + form.charCodeAt(at)) | 0;
        while (end < form.length) {
          const unit = form.charCodeAt(end);
          const next = unit < 0x80 ? ASCII_CLASSES[unit]! | 8 : classAndWidthAt(form, end);
          if ((next & 7) !== WORD) break;
          for (let at = end; at < end + (next >> 3); at++) hash = (Math.imul(hash, 31) + form.charCodeAt(at)) | 0;
          end += next >> 3;
        }
      } else {
        const first = canonicalUnit(code);
        hash = width === 1 ? first : (Math.imul(first, 31) + form.charCodeAt(position + 1)) | 0;
      }
      node = step(node, hash, cls, form, position, end);
      position = end;
    }
    return node;
  };

  for (const { form, entry, kind, exact } of forms) {
    const end = pathOf(form);
    if (end === 0) continue;
    index.surfaceCount++;
    if (entries[end] === undefined || (exact && wonByVariant[end] === 1)) {
      entries[end] = entry;
      kinds[end] = kind;
      wonByVariant[end] = exact ? 0 : 1;
    }
    if (kind === 'acronym' && acronyms[end] === undefined) acronyms[end] = entry;
  }

  const nodes = index.nodeCount + 1;
  index.tokenStart = tokenStart.slice(0, nodes);
  index.tokenLength = tokenLength.slice(0, nodes);
  index.spaceChild = spaceChild.slice(0, nodes);
  index.fanout = fanout.slice(0, nodes);
  finishRoots(index, parents, hashes);
  return index;
}

/** The root table's blooms (the words that can follow each root after a space) and the root bit filter. */
function finishRoots(index: MatchIndex, parents: Int32Array, hashes: Int32Array): void {
  const { rootTable, spaceChild, seed } = index;
  const followers = new Map<number, number[]>();
  for (let node = 1; node <= index.nodeCount; node++) {
    const parent = parents[node]!;
    if (parent === 0) continue;
    const root = parents[parent]!;
    if (root === 0 || parents[root] !== 0 || spaceChild[root] !== parent) continue;
    let list = followers.get(root);
    if (list === undefined) followers.set(root, (list = []));
    list.push(bloomHash(hashes[node]!));
  }
  const pool: number[] = [];
  let roots = 0;
  for (let base = 0; base < rootTable.length; base += ROOT_STRIDE) {
    const node = rootTable[base + 1]!;
    if (node === 0 || node === TOMBSTONE) continue;
    roots++;
    if (node !== TWINS && index.fanout[node] === ONLY_SPACE && index.entries[node] === undefined) rootTable[base + 2]! |= SPACE_ONLY;
    const words = node === TWINS ? undefined : followers.get(node);
    if (node === TWINS || words === undefined) {
      // A twins marker may lead to any of its group's nodes: its bloom lets everything through. A root with no " "
      // child never asks.
      rootTable[base + 3] = node === TWINS ? -1 : 0;
      continue;
    }
    if (words.length <= 3) {
      let bloom = 0;
      for (const bits of words) bloom |= (1 << (bits & 31)) | (1 << ((bits >>> 16) & 31));
      rootTable[base + 3] = bloom;
      continue;
    }
    let log2 = 0;
    while (32 << log2 < words.length * 16 && log2 < MAX_BLOOM_LOG2) log2++;
    const offset = pool.length;
    const mask = (32 << log2) - 1;
    for (let word = 0; word < 1 << log2; word++) pool.push(0);
    for (const bits of words) {
      const low = bits & mask;
      const high = (bits >>> 16) & mask;
      pool[offset + (low >>> 5)]! |= 1 << (low & 31);
      pool[offset + (high >>> 5)]! |= 1 << (high & 31);
    }
    rootTable[base + 2]! |= POOLED;
    rootTable[base + 3] = (offset << 5) | log2;
  }
  index.bloomPool = Int32Array.from(pool);
  // 16 bits per root: about one word in twenty that starts no form passes the filter.
  const bits = powerOfTwoAtLeast(roots * 16, 1024);
  index.rootBits = new Int32Array(bits >>> 5);
  index.rootBitsMask = bits - 1;
  for (let base = 0; base < rootTable.length; base += ROOT_STRIDE) {
    if (rootTable[base + 1] === 0 || rootTable[base + 1] === TOMBSTONE) continue;
    const bit = rootMix(rootTable[base]!, seed) & index.rootBitsMask;
    index.rootBits[bit >>> 5]! |= 1 << (bit & 31);
  }
}

/** The node for a written form (canonicalised like forms are), or undefined. */
export function findForm(index: MatchIndex, text: string): TrieNode | undefined {
  let node = 0;
  let position = 0;
  let pendingSpace = false;
  while (position < text.length) {
    const info = classAndWidthAt(text, position);
    const cls = info & 7;
    const width = info >> 3;
    if (cls === SPACE || cls === BREAK) {
      pendingSpace = node !== 0;
      position += width;
      continue;
    }
    if (pendingSpace) {
      node = childOf(index, node, SPACE_HASH, SPACE, text, position, position);
      if (node === 0) return undefined;
      pendingSpace = false;
    }
    let end = position + width;
    if (cls === WORD) while (end < text.length && (classAndWidthAt(text, end) & 7) === WORD) end += classAndWidthAt(text, end) >> 3;
    const hash = cls === WORD ? tokenHash(text.slice(position, end)) : cls === OTHER && width === 1 ? canonicalUnit(text.charCodeAt(position)) : tokenHash(text.slice(position, end));
    node = childOf(index, node, hash, cls, text, position, end);
    if (node === 0) return undefined;
    position = end;
  }
  if (node === 0) return undefined;
  return { id: node, entry: index.entries[node], kind: index.kinds[node], acronym: index.acronyms[node] };
}
