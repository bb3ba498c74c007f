// The public contract of @natolex/data. Other repos, the CLI and the VS Code extension code against these types;
// change them only with a changeset that says so.
import type { Acronym, Event, Lexicon as LexiconDocument, Snippet, Source, Term, Topic } from '@natolex/schema';

export type { Acronym, Event, LexiconDocument, Snippet, Source, Term, Topic };

/** An acronym or a term: what `lookup` returns and what `scan` finds. */
export type Entry = Acronym | Term;
export type EntryKind = 'acronym' | 'term';

/** One occurrence of a known acronym or term in a text; offsets are UTF-16 code units, `end` exclusive. */
export interface Match {
  start: number;
  end: number;
  /** The matched text exactly as it appears. */
  text: string;
  /** Id of the entry matched. */
  id: string;
  kind: EntryKind;
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

export type SearchHitKind = 'acronym' | 'term' | 'snippet' | 'topic' | 'event';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  /** Higher is better; hits are sorted by descending score. */
  score: number;
  /** Display label, e.g. "NUC — NATO-Ukraine Commission" or "Ukraine-NATO relations › Key milestones". */
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
  readonly documents: readonly LexiconDocument[];
  readonly acronyms: readonly Acronym[];
  readonly terms: readonly Term[];
  readonly topics: readonly Topic[];
  readonly snippets: readonly Snippet[];
  readonly sources: readonly Source[];
  readonly events: readonly Event[];
  /** Any record by id. */
  get(id: string): Entry | Topic | Snippet | Source | Event | undefined;
  /** Acronyms match case-sensitively as written (form or variant); terms by term or alias. Later documents win. */
  lookup(text: string): Entry | undefined;
  /** The expansion of an acronym (or of one of its variants), or undefined. */
  expand(acronym: string): string | undefined;
  /**
   * Every occurrence of a known acronym or term: whole words, sorted by start, longest match wins. With `range`,
   * only the lines that range touches are scanned (for chunked scanning of huge texts).
   */
  scan(text: string, range?: ScanRange): Match[];
  /** Scan a text and keep the state for incremental re-scans. */
  scanState(text: string): ScanState;
  /** Re-scan only the lines an edit touches; equal to `scanState(newText)`. */
  rescan(previous: ScanState, edit: TextEdit): ScanState;
  /** Ranked, typo-tolerant free-text search over entries, snippets, topics and events. */
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
