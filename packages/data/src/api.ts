// The public contract of @natolex/data. Other repos, the CLI and the VS Code extension code against these types;
// change them only with a changeset that says so.
import type {
  Concept,
  ConceptTerm,
  Context,
  Definition,
  Event,
  Lexicon as LexiconDocument,
  LexiconV1,
  Relation,
  Snippet,
  Source,
  Topic,
} from '@natolex/schema';

export type { Concept, ConceptTerm, Context, Definition, Event, LexiconDocument, LexiconV1, Relation, Snippet, Source, Topic };

/** 'acronym' for a match of an acronym or abbreviation term (matched case-sensitively), 'term' for any other term. */
export type MatchKind = 'acronym' | 'term';

/** One occurrence of a term of a known concept in a text; offsets are UTF-16 code units, `end` exclusive. */
export interface Match {
  start: number;
  end: number;
  /** The matched text exactly as it appears. */
  text: string;
  /** Id of the concept whose term matched. */
  id: string;
  /** The term that matched (its `text` may differ from the matched text in case, for terms that are not acronyms). */
  term: ConceptTerm;
  kind: MatchKind;
}

/** What `lookup` returns: the concept and the term of it that was looked up. */
export interface LookupResult {
  concept: Concept;
  term: ConceptTerm;
}

/** A document that was in the schema 1 shape and was upgraded on load (adapters hint: run `natolex migrate`). */
export interface UpgradedDocument {
  /** Index in the documents given to createLexicon (the bundled corpus is not counted). */
  documentIndex: number;
  name: string | undefined;
}

/**
 * A range of a text to scan ([start, end) in UTF-16 code units); it is widened to whole lines, which are scanned as if
 * they were the whole text (a match wrapped across the range's edge is not found: cut ranges at blank lines).
 */
export interface ScanRange {
  start: number;
  end: number;
}

/** A scanned text, kept so that an edit can be re-scanned incrementally. */
export interface ScanState {
  readonly text: string;
  /** Sorted by `start`, non-overlapping. */
  readonly matches: readonly Match[];
}

/** A text edit: replace `[start, end)` of the previous text with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type SearchHitKind = 'concept' | 'snippet' | 'topic' | 'event';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  /** Higher is better; hits are sorted by descending score. */
  score: number;
  /** Display label, e.g. "NUC — NATO-Ukraine Commission" (a concept with an acronym) or "Ukraine-NATO relations › Key milestones". */
  label: string;
  /** A short excerpt of the matched text. */
  excerpt: string;
}

export interface SearchOptions {
  /** Maximum number of hits (default 20). */
  limit?: number;
  /** Restrict to these kinds. */
  kinds?: readonly SearchHitKind[];
}

/** A built-in CSL style (chicago-note, apa, harvard) or an export format (csl-json, bibtex, ris, pandoc). */
export type CitationStyle = 'chicago-note' | 'apa' | 'harvard' | 'csl-json' | 'bibtex' | 'ris' | 'pandoc';

/** The text of a CSL 1.0.2 style file: an XML document, so it starts with "<". */
export type CslStyleText = `<${string}`;

/**
 * citation: the note (note styles) or the parenthetical citation (author-date styles), with the passage's locator;
 * inline: the citation for running text, without its brackets or final full stop (note styles give the short note);
 * bibliography: the reference-list entry of the page.
 */
export type CitationForm = 'citation' | 'inline' | 'bibliography';

export interface CiteOptions {
  /** Default 'chicago-note'. */
  style?: CitationStyle | CslStyleText;
  /** CSL styles only. Default: 'citation' for note styles, 'bibliography' for author-date styles. */
  form?: CitationForm;
}

export interface Lexicon {
  /** The schema 2 documents, the bundled corpus first (schema 1 documents as upgraded). */
  readonly documents: readonly LexiconDocument[];
  /** The documents given in the schema 1 shape, upgraded on load. */
  readonly upgraded: readonly UpgradedDocument[];
  readonly concepts: readonly Concept[];
  readonly topics: readonly Topic[];
  readonly snippets: readonly Snippet[];
  readonly sources: readonly Source[];
  readonly events: readonly Event[];
  /** Any record by id; a term id (e.g. "acronym.kfor", the id of a schema 1 entry) gives the term's concept. */
  get(id: string): Concept | Topic | Snippet | Source | Event | undefined;
  /**
   * The concept with a term written `text`, and that term. Acronym and abbreviation terms match case-sensitively as
   * written; other terms also with their first letter in the other case. Later documents win.
   */
  lookup(text: string): LookupResult | undefined;
  /**
   * The expansion of an acronym or abbreviation: the preferred full form of its concept in the acronym's language
   * (another language's when the concept has none in it), or undefined.
   */
  expand(acronym: string): string | undefined;
  /**
   * Every occurrence of a term of a known concept: whole words, sorted by start, longest match wins. With `range`,
   * only the lines that range touches are scanned (for chunked scanning of huge texts).
   */
  scan(text: string, range?: ScanRange): Match[];
  /** Scan a text and keep the state for incremental re-scans. */
  scanState(text: string): ScanState;
  /** Re-scan only the lines an edit touches; equal to `scanState(newText)`. */
  rescan(previous: ScanState, edit: TextEdit): ScanState;
  /** Ranked, typo-tolerant free-text search over concepts, snippets, topics and events. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * A citation of a snippet or source id: a passage cites its source page with its section as the locator. Throws
   * LexiconError for unknown ids, "has moved" stubs, unknown styles and unreadable CSL styles.
   */
  cite(id: string, options?: CiteOptions): string;
}

export interface CreateLexiconOptions {
  /** Include the bundled corpus first (default true). */
  bundled?: boolean;
}
