// The matching index: a trie over canonical tokens (see text/tokens.ts), built once per lexicon.
//
// Why a token trie (and not Aho–Corasick over characters, or one big alternation RegExp): whole-word matching means a
// match can only start and end on token boundaries, so the scanner tokenises the text once and, at each token, asks
// "does a form start here?" with one hash probe. That is one pass over the text whose cost does not depend on the
// number of entries (a RegExp alternation of 10k forms backtracks through its branches at every position). The trie
// keeps multi-word forms ("UN CTC", "Operation Ocean Shield"), hyphenated ones ("NTM-I") and mixed case ("PfP") as
// token paths, and the deepest node with an entry on the path is the longest match.
//
// Each node that ends a form holds the single winner for that written form, decided here once, so scan and lookup
// always agree:
//   1. a form as written beats a case variant generated for a term (see termCaseVariants);
//   2. then later documents beat earlier ones (a workspace glossary overrides the bundled corpus);
//   3. then, within one document, acronyms beat terms, and earlier entries / earlier forms beat later ones.
// Documents are inserted last-to-first so that "first inserted wins" implements 2 and 3.
import type { Acronym, Entry, EntryKind, LexiconDocument, Term } from '../api.js';
import { formTokens } from '../text/tokens.js';

export interface TrieNode {
  /** Children by canonical token; undefined for leaves. */
  next: Map<string, TrieNode> | undefined;
  /** The winning entry for the form that ends here (scan and lookup). */
  entry: Entry | undefined;
  kind: EntryKind | undefined;
  /** Whether the winner was written this way (false for a generated case variant). */
  exact: boolean;
  /** The winning acronym for the form that ends here (expand ignores terms). */
  acronym: Acronym | undefined;
}

export interface MatchIndex {
  root: Map<string, TrieNode>;
  /** One byte per bucket of word-token hashes of the root keys: a zero means "no form starts with this word". */
  rootFilter: Uint8Array;
  rootFilterMask: number;
  /** Whether any form starts with a non-word character (e.g. ".NET"); lets the scanner skip punctuation quickly. */
  hasPunctuationRoots: boolean;
  surfaceCount: number;
  nodeCount: number;
}

/** The hash the scanner computes while it reads a word, so it can probe the filter without slicing the string. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0;
  return hash;
}

export function filterSlot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15)) & mask;
}

function newNode(): TrieNode {
  return { next: undefined, entry: undefined, kind: undefined, exact: false, acronym: undefined };
}

/**
 * Case handling for terms: a term matches as written, and also with its first letter in the other case, because
 * terms move to the start of sentences ("Mélange is…") and into running text ("the operation Ocean Shield"). The rest
 * of the term keeps its case. Acronyms never get variants: they match exactly as written (`deep` ≠ DEEP).
 */
export function termCaseVariants(form: string): string[] {
  const trimmed = form.trim();
  const firstCodePoint = trimmed.codePointAt(0);
  if (firstCodePoint === undefined) return [];
  const first = String.fromCodePoint(firstCodePoint);
  const rest = trimmed.slice(first.length);
  return [first.toLowerCase() + rest, first.toUpperCase() + rest];
}

const STARTS_WITH_WORD = /^[\p{L}\p{M}\p{N}]/u;

export function buildMatchIndex(documents: readonly LexiconDocument[]): MatchIndex {
  const root = new Map<string, TrieNode>();
  let surfaceCount = 0;
  let nodeCount = 0;

  const insert = (form: string, entry: Entry, kind: EntryKind, exact: boolean): void => {
    const tokens = formTokens(form);
    if (tokens.length === 0) return;
    surfaceCount++;
    let level = root;
    let node: TrieNode | undefined;
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!;
      node = level.get(token);
      if (node === undefined) {
        node = newNode();
        nodeCount++;
        level.set(token, node);
      }
      if (position < tokens.length - 1) level = node.next ??= new Map();
    }
    const end = node!;
    if (end.entry === undefined || (exact && !end.exact)) {
      end.entry = entry;
      end.kind = kind;
      end.exact = exact;
    }
    if (kind === 'acronym' && end.acronym === undefined) end.acronym = entry as Acronym;
  };

  for (let documentIndex = documents.length - 1; documentIndex >= 0; documentIndex--) {
    const document = documents[documentIndex]!;
    for (const acronym of document.acronyms ?? []) {
      insert(acronym.form, acronym, 'acronym', true);
      for (const variant of acronym.variants ?? []) insert(variant.form, acronym, 'acronym', true);
    }
    for (const term of document.terms ?? []) {
      const forms = [term.term, ...(term.aliases ?? [])];
      for (const form of forms) insert(form, term as Term, 'term', true);
      for (const form of forms) for (const variant of termCaseVariants(form)) insert(variant, term, 'term', false);
    }
  }

  let size = 256;
  while (size < root.size * 8 && size < 1 << 22) size *= 2;
  const rootFilter = new Uint8Array(size);
  const mask = size - 1;
  let hasPunctuationRoots = false;
  for (const key of root.keys()) {
    if (STARTS_WITH_WORD.test(key)) rootFilter[filterSlot(wordHash(key), mask)] = 1;
    else hasPunctuationRoots = true;
  }
  return { root, rootFilter, rootFilterMask: mask, hasPunctuationRoots, surfaceCount, nodeCount };
}

/** The winner for a written form (canonicalised like forms are), or undefined. */
export function findForm(index: MatchIndex, text: string): TrieNode | undefined {
  const tokens = formTokens(text);
  if (tokens.length === 0) return undefined;
  let level: Map<string, TrieNode> | undefined = index.root;
  let node: TrieNode | undefined;
  for (const token of tokens) {
    node = level?.get(token);
    if (node === undefined) return undefined;
    level = node.next;
  }
  return node;
}
