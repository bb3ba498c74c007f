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
// Layout: nodes are numbers (1, 2, …; 0 is the root) and every table is a typed array indexed by node id, so that the
// index of 100k entries is a dozen flat arrays and no object per node or per form (objects per node made a 100k index
// take 75 MB and half a second; a string per node's token and a payload object per form kept the garbage collector
// busy for a third of the build). Each node's token is copied, canonical, into one character pool (tokenChars), so
// comparing a token with the text reads one array, not a string object somewhere on the heap. Edges live in two open
// hash tables: the root table ([token hash, node, token length | flags] per slot) and the edge table ([parent, token
// hash, child] per slot) for every other edge but " ", which is spaceChild[parent] (half of all edges: multi-word
// forms alternate words and spaces). Two bit filters small enough to stay in the CPU cache stand before the root
// table, each look-up reading one number: rootBits tells roots that end a form or go on through other tokens from
// roots that only go on through " " (most first words of multi-word terms). A word of the second kind is worth a
// probe only if the word after it can follow it: pairBits is a blocked Bloom filter of every (first word, second
// word) pair of the forms (16 bits per pair, two bits in one number: a few % false positives), so most walks that
// would fail on the next word ("security" followed by "of") end without touching the root table or the edge table.
// Slots are found by mixing the hash with a seed drawn per index, so a glossary cannot be written to pile its forms
// into one probe sequence. Tokens that share a hash on purpose ("Aa" and "BB" do, for every seed) form a group of one
// parent; a group larger than MAX_CHAIN is replaced in its table by one marker, and its nodes are found by token in a
// map (twins), so a look-up costs at most MAX_CHAIN comparisons or one map probe, however many forms collide.
//
// The payload is an item per term (a concept and one of its terms, items 1…): entryItem[node] is the winner that
// scan and lookup report, acronymItem[node] the acronym or abbreviation term that expand uses (0: none).
//
// Each node that ends a form holds the single winner for that written form, decided here once, so scan and lookup
// always agree:
//   1. a form as written beats a case variant generated for a term (see termCaseVariants);
//   2. then later documents beat earlier ones (a workspace glossary overrides the bundled corpus);
//   3. then, within one document, acronyms beat terms, and earlier entries / earlier forms beat later ones.
// forms.ts visits the forms in that priority order, so that "first inserted wins" implements 1–3.
import type { Concept, ConceptTerm, LexiconDocument, MatchKind } from '../api.js';
import { forEachIndexedForm, indexedFormLength } from './forms.js';
import { ASCII_CLASSES, BREAK, OTHER, SPACE, WORD, canonicalUnit } from '../text/chars.js';
import { classAndWidthAt } from '../text/tokens.js';

export interface MatchIndex {
  /**
   * Every node's canonical token, back to back: node n's token is tokenChars[tokenStart[n], tokenStart[n] +
   * tokenLength[n]) (a separator as its canonical code unit, a word as written). A " " node has length 0.
   */
  tokenChars: Uint16Array;
  tokenStart: Int32Array;
  tokenLength: Int32Array;
  /** Each node's child for the token " ", or 0 (" " edges are only here, not in the edge table). */
  spaceChild: Int32Array;
  /** Each node's children: NO_CHILDREN, ONLY_SPACE (its only child is " ") or ANY_CHILDREN. */
  fanout: Uint8Array;
  /** Each node's winning item for scan and lookup, or 0. */
  entryItem: Int32Array;
  /** Each node's winning acronym or abbreviation item for expand, or 0. */
  acronymItem: Int32Array;
  /** Items 1…: a concept (and its id, so that a match does not read the concept), one of its terms, and how the term matches (index 0 unused). */
  itemConcepts: Concept[];
  itemIds: string[];
  itemTerms: ConceptTerm[];
  itemKinds: MatchKind[];
  /** The root's children: ROOT_STRIDE numbers per slot, [token hash, node (TWINS: see twins), token length | SPACE_ONLY]. */
  rootTable: Int32Array;
  rootMask: number;
  /**
   * The root tokens' filter: two bits per slot (mixed hash & rootBitsMask), sixteen slots per number, so that one
   * look-up reads one number. ROOT_ANY is set for roots that end a form, have children other than " " or are twins;
   * ROOT_SPACE_ONLY for SPACE_ONLY roots.
   */
  rootBits: Int32Array;
  rootBitsMask: number;
  /** The (root token, next word token) pairs of the forms: two bits per pair in one number (see mayFollow). */
  pairBits: Int32Array;
  pairBitsMask: number;
  /** Every other edge but " ": EDGE_STRIDE numbers per slot, [parent, token hash, child (TWINS or TOMBSTONE)]; child 0 = empty. */
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
export const ROOT_STRIDE = 3;
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

/** In the root table's length field: the root has no entry and only a " " child (pairBits decides the next word). */
export const SPACE_ONLY = 0x20000000;
export const LENGTH_MASK = SPACE_ONLY - 1;

export const ROOT_ANY = 1;
export const ROOT_SPACE_ONLY = 2;

/**
 * The pair filter's bits for a (root token, next word) pair: which number of pairBits (the low bits of the mixed
 * hash) and two bits in it (from the top ten bits). Both bits in one number: one cache line per look-up.
 */
function pairMix(rootHash: number, nextHash: number, seed: number): number {
  return mix(rootHash ^ Math.imul(nextHash, 0x9e3779b1) ^ seed);
}

function pairBitsOf(mixed: number): number {
  return (1 << (mixed >>> 27)) | (1 << ((mixed >>> 22) & 31));
}

/** Whether the word hashed `nextHash` may follow the root token hashed `rootHash` after a space in some form. */
export function mayFollow(index: MatchIndex, rootHash: number, nextHash: number): boolean {
  const mixed = pairMix(rootHash, nextHash, index.seed);
  const bits = pairBitsOf(mixed);
  return (index.pairBits[mixed & index.pairBitsMask]! & bits) === bits;
}

/** The twins key of a group: parent and hash in one number (below 2^53). */
export function twinKey(parent: number, hash: number): number {
  return parent * 0x100000000 + (hash >>> 0);
}

/** Whether the token of class `cls` written at text[start, end) is the token of `node`. */
export function sameToken(index: MatchIndex, node: number, cls: number, text: string, start: number, end: number): boolean {
  const length = index.tokenLength[node]!;
  if (cls === SPACE) return length === 0;
  if (length !== end - start) return false;
  const chars = index.tokenChars;
  const from = index.tokenStart[node]!;
  if (cls === OTHER) return chars[from] === canonicalUnit(text.charCodeAt(start)) && (length === 1 || chars[from + 1] === text.charCodeAt(start + 1));
  for (let offset = 0; offset < length; offset++) if (chars[from + offset] !== text.charCodeAt(start + offset)) return false;
  return true;
}

/** The canonical token of a node, as a string (allocates: twins only). */
export function tokenOf(index: MatchIndex, node: number): string {
  const from = index.tokenStart[node]!;
  const to = from + index.tokenLength[node]!;
  let token = '';
  // In pieces: String.fromCharCode takes its code units as arguments, and a word may be longer than a call allows.
  for (let at = from; at < to; at += 4096) token += String.fromCharCode(...index.tokenChars.subarray(at, Math.min(to, at + 4096)));
  return token.length === 0 ? ' ' : token;
}

/** The canonical token of class `cls` written at text[start, end), as a string (allocates: twins and new nodes only). */
export function canonicalText(cls: number, text: string, start: number, end: number): string {
  if (cls === SPACE) return ' ';
  const written = text.slice(start, end);
  return cls === OTHER && written.length === 1 ? String.fromCharCode(canonicalUnit(written.charCodeAt(0))) : written;
}

/** The child of `parent` for the token of class `cls` at text[start, end) with hash `hash`, or 0. */
export function childOf(index: MatchIndex, parent: number, hash: number, cls: number, text: string, start: number, end: number): number {
  const { seed } = index;
  if (cls === SPACE) return parent === 0 ? 0 : index.spaceChild[parent]!;
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

/** Adds the child of `parent` for the token of class `cls` at form[start, end) with hash `hash`; returns it. */
type AddChild = (parent: number, hash: number, cls: number, form: string, start: number, end: number) => number;

/**
 * Walks the trie along the canonical tokens of `form` (as formTokens reads them) and returns the node it ends at: a
 * missing child is added by `add`, or, without `add`, ends the walk with 0. A blank form ends at the root (0).
 */
function walkForm(index: MatchIndex, form: string, add: AddChild | undefined): number {
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
      const child = index.spaceChild[node]!;
      if (child !== 0) node = child;
      else if (add === undefined) return 0;
      else node = add(node, SPACE_HASH, SPACE, form, position, position);
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
    const child = childOf(index, node, hash, cls, form, position, end);
    if (child !== 0) node = child;
    else if (add === undefined) return 0;
    else node = add(node, hash, cls, form, position, end);
    position = end;
  }
  return node;
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

/** A copy of `array` in a new array of `size` elements (typed arrays grow by doubling). */
function resized<T extends Int32Array | Uint8Array | Uint16Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}

/** The index over the documents' forms, visited in priority order (the first form inserted for a written form wins). */
export function buildMatchIndex(documents: readonly LexiconDocument[]): MatchIndex {
  const seed = (Math.random() * 0x100000000) | 0;
  // Sized from the forms' length, so that the arrays rarely grow: a node's token has 4 code units on average (words
  // and the spaces between them). Tables start at a quarter of that and grow by doubling if needed.
  const formLength = indexedFormLength(documents);
  let capacity = powerOfTwoAtLeast(formLength / 4, 1024);
  let charCount = 0;
  const index: MatchIndex = {
    tokenChars: new Uint16Array(powerOfTwoAtLeast(formLength, 4096)),
    tokenStart: new Int32Array(capacity),
    tokenLength: new Int32Array(capacity),
    spaceChild: new Int32Array(capacity),
    fanout: new Uint8Array(capacity),
    entryItem: new Int32Array(capacity),
    acronymItem: new Int32Array(capacity),
    itemConcepts: [undefined as unknown as Concept],
    itemIds: [''],
    itemTerms: [undefined as unknown as ConceptTerm],
    itemKinds: ['term'],
    rootTable: new Int32Array(powerOfTwoAtLeast(capacity / 8, 256) * ROOT_STRIDE),
    rootMask: powerOfTwoAtLeast(capacity / 8, 256) - 1,
    rootBits: new Int32Array(0),
    rootBitsMask: 0,
    pairBits: new Int32Array(0),
    pairBitsMask: 0,
    edges: new Int32Array(powerOfTwoAtLeast(capacity / 2, 1024) * EDGE_STRIDE),
    edgeMask: powerOfTwoAtLeast(capacity / 2, 1024) - 1,
    twins: new Map(),
    seed,
    hasPunctuationRoots: false,
    surfaceCount: 0,
    nodeCount: 0,
  };
  /** Build only: each node's parent and token hash (for the pair filter), and 1 for end nodes whose current winner is a
   * generated case variant (a form as written may still take them over). */
  let parents = new Int32Array(capacity);
  let hashes = new Int32Array(capacity);
  let wonByVariant = new Uint8Array(capacity);
  let rootUsed = 0;
  let edgesUsed = 0;

  const newNode = (parent: number, hash: number, cls: number, form: string, start: number, end: number): number => {
    const node = ++index.nodeCount;
    if (node >= capacity) {
      capacity *= 2;
      index.tokenStart = resized(index.tokenStart, capacity);
      index.tokenLength = resized(index.tokenLength, capacity);
      index.spaceChild = resized(index.spaceChild, capacity);
      index.fanout = resized(index.fanout, capacity);
      index.entryItem = resized(index.entryItem, capacity);
      index.acronymItem = resized(index.acronymItem, capacity);
      parents = resized(parents, capacity);
      hashes = resized(hashes, capacity);
      wonByVariant = resized(wonByVariant, capacity);
    }
    const length = end - start;
    if (charCount + length > index.tokenChars.length) index.tokenChars = resized(index.tokenChars, powerOfTwoAtLeast(charCount + length, index.tokenChars.length * 2));
    const chars = index.tokenChars;
    index.tokenStart[node] = charCount;
    index.tokenLength[node] = length;
    if (cls === OTHER) {
      chars[charCount] = canonicalUnit(form.charCodeAt(start));
      if (length === 2) chars[charCount + 1] = form.charCodeAt(start + 1);
    } else for (let at = start; at < end; at++) chars[charCount + at - start] = form.charCodeAt(at);
    charCount += length;
    parents[node] = parent;
    hashes[node] = hash;
    if (cls === SPACE) {
      index.spaceChild[parent] = node;
      if (index.fanout[parent] === NO_CHILDREN) index.fanout[parent] = ONLY_SPACE;
    } else index.fanout[parent] = ANY_CHILDREN;
    if (parent === 0 && cls !== WORD) index.hasPunctuationRoots = true;
    return node;
  };

  /** Puts a new child of the root in the root table (or its twins), growing the table at 7/10 load. */
  const addRoot = (hash: number, cls: number, form: string, start: number, end: number): number => {
    const node = newNode(0, hash, cls, form, start, end);
    let table = index.rootTable;
    let mask = index.rootMask;
    let members: number[] | undefined;
    let slot = rootMix(hash, seed) & mask;
    for (; table[slot * ROOT_STRIDE + 1] !== 0; slot = (slot + 1) & mask) {
      const base = slot * ROOT_STRIDE;
      if (table[base] !== hash) continue;
      const member = table[base + 1]!;
      if (member === TWINS) {
        index.twins.get(twinKey(0, hash))!.set(tokenOf(index, node), node);
        return node;
      }
      if (member !== TOMBSTONE) (members ??= []).push(base);
    }
    if (members !== undefined && members.length >= MAX_CHAIN) {
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

  /** Puts a new child of `parent` (not the root, not " ") in the edge table (or its twins), growing it at 3/4 load. */
  const addEdge = (parent: number, hash: number, cls: number, form: string, start: number, end: number): number => {
    const node = newNode(parent, hash, cls, form, start, end);
    let table = index.edges;
    const mask = index.edgeMask;
    let members: number[] | undefined;
    let slot = edgeSlot(parent, hash, seed, mask);
    for (; table[slot * EDGE_STRIDE + 2] !== 0; slot = (slot + 1) & mask) {
      const base = slot * EDGE_STRIDE;
      if (table[base] !== parent || table[base + 1] !== hash) continue;
      const member = table[base + 2]!;
      if (member === TWINS) {
        index.twins.get(twinKey(parent, hash))!.set(tokenOf(index, node), node);
        return node;
      }
      if (member !== TOMBSTONE) (members ??= []).push(base);
    }
    if (members !== undefined && members.length >= MAX_CHAIN) {
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

  const add: AddChild = (parent, hash, cls, form, start, end) =>
    cls === SPACE ? newNode(parent, hash, cls, form, start, end) : parent === 0 ? addRoot(hash, cls, form, start, end) : addEdge(parent, hash, cls, form, start, end);

  let lastTerm: ConceptTerm | undefined;
  let item = 0;
  forEachIndexedForm(documents, (form, concept, term, kind, exact) => {
    if (term !== lastTerm) {
      lastTerm = term;
      item = index.itemTerms.length;
      index.itemConcepts.push(concept);
      index.itemIds.push(concept.id);
      index.itemTerms.push(term);
      index.itemKinds.push(kind);
    }
    const end = walkForm(index, form, add);
    if (end === 0) return;
    index.surfaceCount++;
    if (index.entryItem[end] === 0 || (exact && wonByVariant[end] === 1)) {
      index.entryItem[end] = item;
      wonByVariant[end] = exact ? 0 : 1;
    }
    if (kind === 'acronym' && index.acronymItem[end] === 0) index.acronymItem[end] = item;
  });

  const nodes = index.nodeCount + 1;
  index.tokenChars = index.tokenChars.slice(0, charCount);
  index.tokenStart = index.tokenStart.slice(0, nodes);
  index.tokenLength = index.tokenLength.slice(0, nodes);
  index.spaceChild = index.spaceChild.slice(0, nodes);
  index.fanout = index.fanout.slice(0, nodes);
  index.entryItem = index.entryItem.slice(0, nodes);
  index.acronymItem = index.acronymItem.slice(0, nodes);
  finishRoots(index, parents, hashes);
  return index;
}

/** The root bit filters, the SPACE_ONLY flags and the pair filter (the words that can follow each root after a space). */
function finishRoots(index: MatchIndex, parents: Int32Array, hashes: Int32Array): void {
  const { rootTable, spaceChild, seed, nodeCount } = index;
  /** The root whose " " child is the parent of `node`, or 0. */
  const rootBefore = (node: number): number => {
    const parent = parents[node]!;
    if (parent === 0) return 0;
    const root = parents[parent]!;
    return root !== 0 && parents[root] === 0 && spaceChild[root] === parent ? root : 0;
  };
  let pairs = 0;
  for (let node = 1; node <= nodeCount; node++) if (rootBefore(node) !== 0) pairs++;
  // 16 bits per pair (two 32-bit numbers per pair, the lower 22 bits of the mix pick one; the pair's two bits are set in it).
  const numbers = powerOfTwoAtLeast(pairs / 2, 32);
  index.pairBits = new Int32Array(numbers);
  index.pairBitsMask = numbers - 1;
  for (let node = 1; node <= nodeCount; node++) {
    const root = rootBefore(node);
    if (root === 0) continue;
    const mixed = pairMix(hashes[root]!, hashes[node]!, seed);
    index.pairBits[mixed & index.pairBitsMask]! |= pairBitsOf(mixed);
  }
  let roots = 0;
  for (let base = 0; base < rootTable.length; base += ROOT_STRIDE) {
    const node = rootTable[base + 1]!;
    if (node === 0 || node === TOMBSTONE) continue;
    roots++;
    if (node !== TWINS && index.fanout[node] === ONLY_SPACE && index.entryItem[node] === 0) rootTable[base + 2]! |= SPACE_ONLY;
  }
  // 16 slots per root: about one word in twenty that starts no form passes the filter.
  const slots = powerOfTwoAtLeast(roots * 16, 1024);
  index.rootBits = new Int32Array(slots >>> 4);
  index.rootBitsMask = slots - 1;
  for (let base = 0; base < rootTable.length; base += ROOT_STRIDE) {
    if (rootTable[base + 1] === 0 || rootTable[base + 1] === TOMBSTONE) continue;
    const slot = rootMix(rootTable[base]!, seed) & index.rootBitsMask;
    const spaceOnly = rootTable[base + 1] !== TWINS && (rootTable[base + 2]! & SPACE_ONLY) !== 0;
    index.rootBits[slot >>> 4]! |= (spaceOnly ? ROOT_SPACE_ONLY : ROOT_ANY) << ((slot & 15) << 1);
  }
}

/** The node a written form ends at (canonicalised like forms are), or 0. */
export function findForm(index: MatchIndex, text: string): number {
  return walkForm(index, text, undefined);
}
