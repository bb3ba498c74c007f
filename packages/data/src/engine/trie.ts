// The matching index: a trie over canonical tokens (see text/tokens.ts), built once per lexicon.
//
// Why a token trie (and not Aho–Corasick over characters, or one big alternation RegExp): whole-word matching means a
// match can only start and end on token boundaries, so the scanner tokenises the text once and, at each token, asks
// "does a form start here?" with one hash probe (tokens are hashed while they are read, so this costs no string). That is one pass over the text whose cost does not depend on the
// number of entries (a RegExp alternation of 10k forms tries its branches at every candidate position). Aho–Corasick
// over characters would also be one pass, but needs a node per character (far more memory at 100k entries) and
// extra work to keep only whole-word matches and to canonicalise separators and spaces. The trie
// keeps multi-word forms ("UN CTC", "Operation Ocean Shield"), hyphenated ones ("NTM-I") and mixed case ("PfP") as
// token paths, and the deepest node with an entry on the path is the longest match.
//
// Each node that ends a form holds the single winner for that written form, decided here once, so scan and lookup
// always agree:
//   1. a form as written beats a case variant generated for a term (see termCaseVariants);
//   2. then later documents beat earlier ones (a workspace glossary overrides the bundled corpus);
//   3. then, within one document, acronyms beat terms, and earlier entries / earlier forms beat later ones.
// forms.ts lists the forms in that priority order, so that "first inserted wins" implements 1–3.
import type { MatchKind } from '../api.js';
import type { IndexedEntry, IndexedForm } from './forms.js';
import { formTokens } from '../text/tokens.js';

export interface TrieNode {
  /** Sequential number of the node (1, 2, …), for the edge filter. */
  id: number;
  /** The canonical token that leads here from the parent, and its tokenHash. */
  token: string;
  hash: number;
  /** The next root node in the same slot of MatchIndex.rootTable (root nodes only). */
  slotNext: TrieNode | undefined;
  /** The next node whose token has the same hash key (a collision chain; almost always undefined). */
  sibling: TrieNode | undefined;
  /**
   * On the first node of a collision chain longer than MAX_CHAIN: every node of the chain by token. The token hash is
   * easy to collide on purpose ("Aa" and "BB" hash alike), and walking a chain of N look-alike forms at every word of
   * a text made scanning (and building) quadratic; the map bounds the cost of a look-up by the token's length.
   */
  twins: Map<string, TrieNode> | undefined;
  /** The child, when there is exactly one (most inner nodes: a map per node would dominate the index's memory). */
  only: TrieNode | undefined;
  /** Children by token hash key (see tokenHash), when there are two or more. */
  next: Map<number, TrieNode> | undefined;
  /** The child for the token " " (also in `next`): most multi-word forms continue with a space, so the scanner
   * takes this shortcut for a single ASCII space instead of a map lookup. */
  space: TrieNode | undefined;
  /** The winning concept and term for the form that ends here (scan and lookup). */
  entry: IndexedEntry | undefined;
  kind: MatchKind | undefined;
  /** The winning acronym or abbreviation term (with its concept) for the form that ends here (expand ignores other terms). */
  acronym: IndexedEntry | undefined;
}

export interface MatchIndex {
  root: Map<number, TrieNode>;
  /**
   * The root nodes again, in an open hash table the scanner probes once per word: slot = filterSlot(hash & KEY_MASK),
   * chained by slotNext. Only the first node of each collision chain is in it (the others follow by sibling or are in
   * its twins), so a slot's chain holds distinct keys. Mostly empty (load factor <= 1/4), so most words cost one array
   * read.
   */
  rootTable: (TrieNode | undefined)[];
  rootMask: number;
  /** One bit per rootTable slot, set when the slot is used: small enough to stay in the CPU cache, so the words that
   * start no form (half of prose) are rejected without touching the table. */
  rootBits: Int32Array;
  /**
   * One bit per bucket of (parent id, child token hash) pairs: a zero means "this node has no child for this token",
   * which is how most walks end (the word after "security" rarely continues a term). Cheaper than the child map.
   */
  edgeFilter: Int32Array;
  edgeMask: number;
  /** Whether any form starts with a non-word character (e.g. ".NET"); lets the scanner skip punctuation quickly. */
  hasPunctuationRoots: boolean;
  surfaceCount: number;
  nodeCount: number;
}

/**
 * The hash the scanner computes while it reads a token (over its canonical code units), so that it can find a child
 * without slicing the text into a string. Children are keyed by `hash & KEY_MASK` (a small integer, cheap to look up)
 * and the token itself is compared in place to rule out collisions.
 */
export function tokenHash(token: string): number {
  let hash = 0;
  for (let index = 0; index < token.length; index++) hash = (Math.imul(hash, 31) + token.charCodeAt(index)) | 0;
  return hash;
}

export const KEY_MASK = 0x3fffffff;

export function filterSlot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

/** Collision chains longer than this get a map of their nodes by token (see TrieNode.twins). */
export const MAX_CHAIN = 4;

function findIn(level: Map<number, TrieNode>, token: string): TrieNode | undefined {
  let node = level.get(tokenHash(token) & KEY_MASK);
  if (node?.twins !== undefined) return node.twins.get(token);
  while (node !== undefined && node.token !== token) node = node.sibling;
  return node;
}

/** The child of `parent` (or of the root when parent is undefined) for a canonical token. */
function child(root: Map<number, TrieNode>, parent: TrieNode | undefined, token: string): TrieNode | undefined {
  if (parent === undefined) return findIn(root, token);
  if (parent.only !== undefined) return parent.only.token === token ? parent.only : undefined;
  return parent.next === undefined ? undefined : findIn(parent.next, token);
}

/** Puts `node` first in its collision chain (which it must not be in yet), keeping the chain's twins map. */
function putIn(level: Map<number, TrieNode>, node: TrieNode): void {
  const key = node.hash & KEY_MASK;
  const head = level.get(key);
  node.sibling = head;
  level.set(key, node);
  if (head === undefined) return;
  if (head.twins !== undefined) {
    node.twins = head.twins;
    head.twins = undefined;
    node.twins.set(node.token, node);
    return;
  }
  let length = 0;
  for (let member: TrieNode | undefined = node; member !== undefined && length <= MAX_CHAIN; member = member.sibling) length++;
  if (length > MAX_CHAIN) {
    node.twins = new Map();
    for (let member: TrieNode | undefined = node; member !== undefined; member = member.sibling) node.twins.set(member.token, member);
  }
}

export function edgeSlot(parentId: number, hash: number, mask: number): number {
  const mixed = Math.imul(parentId ^ hash, 0x9e3779b1);
  return (mixed ^ (mixed >>> 15)) & mask;
}

function addChild(root: Map<number, TrieNode>, parent: TrieNode | undefined, token: string, id: number): TrieNode {
  const node: TrieNode = {
    id,
    token,
    hash: tokenHash(token),
    slotNext: undefined,
    sibling: undefined,
    twins: undefined,
    only: undefined,
    next: undefined,
    space: undefined,
    entry: undefined,
    kind: undefined,
    acronym: undefined,
  };
  if (parent === undefined) putIn(root, node);
  else if (parent.only === undefined && parent.next === undefined) parent.only = node;
  else {
    if (parent.next === undefined) {
      parent.next = new Map();
      putIn(parent.next, parent.only!);
      parent.only = undefined;
    }
    putIn(parent.next, node);
  }
  if (token === ' ' && parent !== undefined) parent.space = node;
  return node;
}

/** Every child of a node (or the root's nodes), collision chains included. */
export function childrenOf(level: Map<number, TrieNode> | undefined, only?: TrieNode): TrieNode[] {
  if (only !== undefined) return [only];
  const nodes: TrieNode[] = [];
  for (const first of level?.values() ?? []) for (let node: TrieNode | undefined = first; node !== undefined; node = node.sibling) nodes.push(node);
  return nodes;
}

const STARTS_WITH_WORD = /^[\p{L}\p{M}\p{N}]/u;

/** The index over forms given in priority order (the first form inserted for a written form wins; see forms.ts). */
export function buildMatchIndex(forms: Iterable<IndexedForm>): MatchIndex {
  const root = new Map<number, TrieNode>();
  let surfaceCount = 0;
  let nodeCount = 0;

  /** End nodes whose current winner is a generated case variant (a form as written may still take them over). */
  const wonByVariant = new Set<TrieNode>();
  const insert = (form: string, entry: IndexedEntry, kind: MatchKind, exact: boolean): void => {
    const tokens = formTokens(form);
    if (tokens.length === 0) return;
    surfaceCount++;
    let node: TrieNode | undefined;
    for (const token of tokens) {
      const parent: TrieNode | undefined = node;
      node = child(root, parent, token);
      if (node === undefined) node = addChild(root, parent, token, ++nodeCount);
    }
    const end = node!;
    if (end.entry === undefined || (exact && wonByVariant.has(end))) {
      end.entry = entry;
      end.kind = kind;
      if (exact) wonByVariant.delete(end);
      else wonByVariant.add(end);
    }
    if (kind === 'acronym' && end.acronym === undefined) end.acronym = entry;
  };

  for (const { form, entry, kind, exact } of forms) insert(form, entry, kind, exact);

  let size = 256;
  while (size < root.size * 4 && size < 1 << 24) size *= 2;
  const rootTable = new Array<TrieNode | undefined>(size).fill(undefined);
  const rootBits = new Int32Array(size >>> 5 || 1);
  const mask = size - 1;
  let hasPunctuationRoots = false;
  for (const first of root.values()) {
    for (let node: TrieNode | undefined = first; node !== undefined; node = node.sibling) if (!STARTS_WITH_WORD.test(node.token)) hasPunctuationRoots = true;
    const slot = filterSlot(first.hash & KEY_MASK, mask);
    first.slotNext = rootTable[slot];
    rootTable[slot] = first;
    rootBits[slot >>> 5]! |= 1 << (slot & 31);
  }
  let edgeSize = 1024;
  while (edgeSize < nodeCount * 16 && edgeSize < 1 << 30) edgeSize *= 2;
  const edgeFilter = new Int32Array(edgeSize >>> 5);
  const edgeMask = edgeSize - 1;
  const pending = childrenOf(root);
  for (let parent = pending.pop(); parent !== undefined; parent = pending.pop()) {
    for (const node of childrenOf(parent.next, parent.only)) {
      const slot = edgeSlot(parent.id, node.hash, edgeMask);
      edgeFilter[slot >>> 5]! |= 1 << (slot & 31);
      pending.push(node);
    }
  }
  return { root, rootTable, rootMask: mask, rootBits, edgeFilter, edgeMask, hasPunctuationRoots, surfaceCount, nodeCount };
}

/** The winner for a written form (canonicalised like forms are), or undefined. */
export function findForm(index: MatchIndex, text: string): TrieNode | undefined {
  const tokens = formTokens(text);
  if (tokens.length === 0) return undefined;
  let node: TrieNode | undefined;
  for (const token of tokens) {
    node = child(index.root, node, token);
    if (node === undefined) return undefined;
  }
  return node;
}
