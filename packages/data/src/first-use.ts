// Define on first use: an acronym must be spelled out ("Long Form (ABBR)") the first time a document uses it.
// Shared by the CLI (`natolex check`) and the VS Code extension. Pure functions over strings: no Node APIs.
//
// Rules (documented in the data package README):
// - Every occurrence of an acronym or abbreviation term (as `Lexicon.scan` finds them, kind 'acronym') counts as a
//   use; uses are grouped by concept, so defining "PfP" also covers a later "PFP" term of the same concept.
// - The first use is a definition when it is written in parentheses right after a long form: "(ABBR)" preceded by a
//   word on the same line or on the line before (a wrapped line; across a blank line it does not count). The long
//   form is not compared with the corpus expansion, because writers legitimately vary it ("the NATO-Ukraine
//   Commission (NUC)", a plural, another language); what matters is that the reader gets one. "ABBR (Expansion)"
//   also counts when the parenthesis holds the expansion (the concept's full form, case and spacing aside), with the
//   same allowance for one line break.
// - Headings are text like any other: "## Partnership for Peace (PfP)" defines PfP.
// - In Markdown, fenced code blocks, inline code spans, HTML comments and YAML front matter are not prose: uses and
//   definitions there are ignored. Indented (4-space) code blocks are not detected, since they are indistinguishable
//   from list continuations without a full Markdown parser.
import type { Concept, ConceptTerm, Lexicon, Match, TextEdit } from './api.js';
import { expansionOf } from './concepts.js';
import { LexiconError, echo, guarded } from './errors.js';

/** An acronym whose first use in a text comes before (or without) its definition. */
export interface FirstUseIssue {
  /** Offsets of the first use (UTF-16 code units, `end` exclusive). */
  start: number;
  end: number;
  /** The acronym as written there, e.g. "PfP" or "UN CTC". */
  form: string;
  /** Id of the acronym's concept. */
  id: string;
  /** Its long form: the concept's full form in the acronym's language. */
  expansion: string;
}

export interface FirstUseOptions {
  /** Treat the text as Markdown: skip code, HTML comments and front matter (default true; ignored with `excluded`). */
  markdown?: boolean;
  /** Acronyms (as written), term ids or concept ids never reported, e.g. ["NATO"], ["acronym.nato"], ["concept.nato"]. */
  ignore?: readonly string[];
  /** The matches to check, sorted by start (default: `lexicon.scan(text)`), e.g. from a Markdown-aware scan. */
  matches?: readonly Match[];
  /**
   * Sorted, disjoint ranges whose uses are neither uses nor definitions (a Markdown parser's non-prose, for
   * instance). When given, it replaces the built-in Markdown detection.
   */
  excluded?: readonly NonProseRange[];
  /**
   * Sorted, disjoint ranges of quotations: a use there is never reported (the words are the source's), but a
   * definition there counts, since the reader has read it.
   */
  quoted?: readonly NonProseRange[];
}

/** The part of a Lexicon the checker needs (so tests and adapters can pass a smaller object). */
export type FirstUseLexicon = Pick<Lexicon, 'scan' | 'get'>;

/**
 * Acronyms used before they are defined, in document order (one issue per acronym, at its first use). Throws
 * LexiconError (and nothing else) when `lexicon` has no `scan` and `get` or `text` is not a string; options that are
 * not an object, and an `ignore` that is not an array, are ignored.
 */
export function findFirstUseIssues(lexicon: FirstUseLexicon, text: string, options: FirstUseOptions = {}): FirstUseIssue[] {
  return guarded('findFirstUseIssues', () => firstUseIssues(lexicon, text, options));
}

function firstUseIssues(lexicon: FirstUseLexicon, text: string, options: FirstUseOptions | undefined): FirstUseIssue[] {
  checkString(text, 'findFirstUseIssues: text');
  if (typeof lexicon !== 'object' || lexicon === null || typeof lexicon.scan !== 'function' || typeof lexicon.get !== 'function') {
    throw new LexiconError({ code: 'invalid-argument', message: 'findFirstUseIssues: the lexicon must have scan and get (a Lexicon from createLexicon)' });
  }
  const given: FirstUseOptions = typeof options === 'object' && options !== null ? options : {};
  const ignore: unknown = given.ignore;
  const ignored = new Set<unknown>(Array.isArray(ignore) ? ignore : []);
  const excluded = Array.isArray(given.excluded) ? (given.excluded as NonProseRange[]) : given.markdown === false ? [] : findMarkdownNonProse(text);
  const quoted: readonly NonProseRange[] = Array.isArray(given.quoted) ? given.quoted : [];
  const matches: unknown = Array.isArray(given.matches) ? given.matches : lexicon.scan(text);
  if (!Array.isArray(matches)) throw new LexiconError({ code: 'invalid-argument', message: 'findFirstUseIssues: lexicon.scan did not return an array' });
  const seen = new Set<string>();
  const issues: FirstUseIssue[] = [];
  let cursor = 0;
  let quoteCursor = 0;
  for (const match of matches as unknown[]) {
    if (!isMatchIn(text, match) || match.kind !== 'acronym' || seen.has(match.id)) continue;
    cursor = skipRangesBefore(excluded, match.start, cursor);
    if (isInside(excluded[cursor], match)) continue;
    quoteCursor = skipRangesBefore(quoted, match.start, quoteCursor);
    if (isInside(quoted[quoteCursor], match)) {
      // The source's words: a definition there counts, a bare use is neither reported nor the first use.
      const expansion = expansionFor(lexicon, match);
      if (expansion !== undefined && isDefinition(text, match, expansion)) seen.add(match.id);
      continue;
    }
    seen.add(match.id);
    const expansion = expansionFor(lexicon, match);
    if (expansion === undefined) continue;
    const term = termOf(match);
    if (ignored.has(match.text) || ignored.has(match.id) || (term !== undefined && (ignored.has(term.text) || ignored.has(term.id)))) continue;
    if (isDefinition(text, match, expansion)) continue;
    issues.push({ start: match.start, end: match.end, form: match.text, id: match.id, expansion });
  }
  return issues;
}

/** The match's term, when a (stand-in) scan gave one that can be read. */
function termOf(match: Match): ConceptTerm | undefined {
  const term: unknown = match.term;
  return typeof term === 'object' && term !== null && typeof (term as ConceptTerm).text === 'string' ? (term as ConceptTerm) : undefined;
}

/** The expansion of the acronym a match found: its concept's full form (undefined when the lexicon has none). */
function expansionFor(lexicon: FirstUseLexicon, match: Match): string | undefined {
  const concept = lexicon.get(match.id) as Concept | undefined;
  if (typeof concept !== 'object' || concept === null || !Array.isArray(concept.terms)) return undefined;
  const term = termOf(match) ?? concept.terms.find((candidate) => candidate.text === match.text);
  if (term === undefined) return undefined;
  const expansion = expansionOf(concept, term);
  return typeof expansion === 'string' ? expansion : undefined;
}

/** Edits that rewrite each offending first use as "Expansion (ABBR)"; sorted by start, non-overlapping. */
export function expandFirstUses(lexicon: FirstUseLexicon, text: string, options: FirstUseOptions = {}): TextEdit[] {
  return findFirstUseIssues(lexicon, text, options).map(firstUseEdit);
}

/**
 * The edit that defines an acronym at its first use: "Expansion (ABBR)", the acronym kept as written. Throws
 * LexiconError when `issue` is not a FirstUseIssue.
 */
export function firstUseEdit(issue: FirstUseIssue): TextEdit {
  return guarded('firstUseEdit', () => {
    const { start, end, expansion, form } = typeof issue === 'object' && issue !== null ? issue : ({} as Partial<FirstUseIssue>);
    if (!Number.isInteger(start) || !Number.isInteger(end) || typeof expansion !== 'string' || typeof form !== 'string') {
      throw new LexiconError({ code: 'invalid-argument', message: 'firstUseEdit: the issue must be one findFirstUseIssues returned ({ start, end, form, expansion })' });
    }
    return { start: start!, end: end!, text: `${expansion} (${form})` };
  });
}

function checkString(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') throw new LexiconError({ code: 'invalid-argument', message: `${what} must be a string, got ${echo(value)}` });
}

/** Whether a value the lexicon's scan returned is a match inside `text` (a stand-in lexicon may return anything). */
function isMatchIn(text: string, value: unknown): value is Match {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end, id, text: written } = value as Match;
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length && typeof id === 'string' && typeof written === 'string';
}

/** A [start, end) range of a text that is not prose (code, comment, front matter). */
export interface NonProseRange {
  start: number;
  end: number;
}

/**
 * Ranges of a Markdown text that are not prose: YAML front matter, fenced code blocks (``` or ~~~, unclosed ones run
 * to the end), inline code spans and HTML comments. Sorted by start, non-overlapping.
 */
export function findMarkdownNonProse(text: string): NonProseRange[] {
  checkString(text, 'findMarkdownNonProse: text');
  const blocks = findBlocks(text);
  const findClosingBackticks = createCodeSpanCloser(text);
  const ranges: NonProseRange[] = [];
  let blockIndex = 0;
  let i = 0;
  while (i < text.length) {
    const block = blocks[blockIndex];
    if (block && i >= block.start) {
      ranges.push(block);
      i = Math.max(i, block.end);
      blockIndex++;
      continue;
    }
    const limit = block ? block.start : text.length;
    const ch = text[i];
    if (ch === '`' && !isEscaped(text, i)) {
      const run = runLength(text, i, '`');
      const close = findClosingBackticks(i + run, run, limit);
      if (close !== undefined) {
        ranges.push({ start: i, end: close + run });
        i = close + run;
      } else {
        i += run; // an unmatched run is literal text
      }
      continue;
    }
    if (ch === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      let end = close === -1 ? text.length : close + 3;
      // Fences that start inside the comment belong to it.
      for (let covered = blocks[blockIndex]; covered && covered.start < end; covered = blocks[++blockIndex]) {
        end = Math.max(end, covered.end);
      }
      ranges.push({ start: i, end });
      i = end;
      continue;
    }
    i++;
  }
  return ranges;
}

const FENCE = /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})/;

/** Front matter and fenced code blocks, found line by line. */
function findBlocks(text: string): NonProseRange[] {
  const blocks: NonProseRange[] = [];
  const lines = splitLines(text);
  let index = 0;
  const first = lines[0];
  if (first && /^(\uFEFF)?---[ \t]*$/.test(first.content)) {
    const close = lines.findIndex((line, n) => n > 0 && /^(---|\.\.\.)[ \t]*$/.test(line.content));
    if (close !== -1) {
      blocks.push({ start: first.start, end: (lines[close] as Line).end });
      index = close + 1;
    }
  }
  for (; index < lines.length; index++) {
    const line = lines[index] as Line;
    const open = FENCE.exec(line.content);
    if (!open) continue;
    const fence = open[1] as string;
    // A backtick fence's info string may not contain backticks (then it is inline code, not a fence).
    if (fence[0] === '`' && line.content.slice(open[0].length).includes('`')) continue;
    let close = index + 1;
    while (close < lines.length && !isClosingFence((lines[close] as Line).content, fence)) close++;
    const last = lines[Math.min(close, lines.length - 1)] as Line;
    blocks.push({ start: line.start, end: last.end });
    index = close;
  }
  return blocks;
}

function isClosingFence(content: string, fence: string): boolean {
  const match = FENCE.exec(content);
  const run = match?.[1];
  return (
    run !== undefined &&
    run[0] === fence[0] &&
    run.length >= fence.length &&
    content.slice((match as RegExpExecArray)[0].length).trim() === ''
  );
}

interface Line {
  start: number;
  /** End of the line including its line break. */
  end: number;
  content: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ start, end: m.index + m[0].length, content: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length, content: text.slice(start) });
  return lines;
}

function runLength(text: string, from: number, ch: string): number {
  let n = 0;
  while (text[from + n] === ch) n++;
  return n;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

type CodeSpanCloser = (from: number, length: number, limit: number) => number | undefined;

/**
 * Finds the start of the backtick run of exactly `length` that closes a code span, within the paragraph (no blank
 * line) and before `limit`. Calls must come with non-decreasing `from`, as the scan moves forward. Linear overall:
 * each paragraph end is searched for once, and once a search has run to a paragraph's end without a match, the last
 * run of each length seen there answers later searches in that paragraph without scanning again (the scheme of
 * commonmark.js). Searching from every opening run to the end of the text was quadratic.
 */
function createCodeSpanCloser(text: string): CodeSpanCloser {
  const blankLine = /\n[ \t]*\r?\n/g;
  let blankLineAt = -1; // the first blank line at or after the last `from`, or the text's length
  let paragraphOfRuns = -1; // the paragraph end the runs below belong to
  let scannedToEnd = false; // whether a search has seen every run from there to that paragraph end
  const lastRunOfLength = new Map<number, number>();
  return (from, length, limit) => {
    if (blankLineAt < from) {
      blankLine.lastIndex = from;
      blankLineAt = blankLine.exec(text)?.index ?? text.length;
    }
    const paragraphEnd = Math.min(limit, blankLineAt);
    if (paragraphOfRuns !== paragraphEnd) {
      lastRunOfLength.clear();
      paragraphOfRuns = paragraphEnd;
      scannedToEnd = false;
    } else if (scannedToEnd && (lastRunOfLength.get(length) ?? -1) < from) {
      return undefined;
    }
    let i = from;
    while (i < paragraphEnd) {
      const at = text.indexOf('`', i);
      if (at === -1 || at >= paragraphEnd) break;
      const run = runLength(text, at, '`');
      if (at > (lastRunOfLength.get(run) ?? -1)) lastRunOfLength.set(run, at);
      if (run === length) return at;
      i = at + run;
    }
    scannedToEnd = true;
    return undefined;
  };
}

/** Advances `cursor` past the excluded ranges that end at or before `offset` (matches arrive in order). */
function skipRangesBefore(ranges: readonly NonProseRange[], offset: number, cursor: number): number {
  while (cursor < ranges.length && (ranges[cursor] as NonProseRange).end <= offset) cursor++;
  return cursor;
}

function isInside(range: NonProseRange | undefined, match: Match): boolean {
  return range !== undefined && range.start <= match.start && match.start < range.end;
}

// The character that ends a long form: a letter or digit, or Markdown emphasis/link/quote punctuation after one.
const LONG_FORM_END = /[\p{L}\p{N}*_\]\)'"’”]/u;
const INLINE_SPACE = /[ \t\u00a0]/;

/** "Long Form (ABBR)" or "ABBR (Expansion)" at this match; a single line break may come between the two parts. */
function isDefinition(text: string, match: Match, expansion: string): boolean {
  if (text[match.start - 1] === '(' && text[match.end] === ')') {
    const i = skipSpaceBackward(text, match.start - 2);
    return i >= 0 && LONG_FORM_END.test(text[i] as string);
  }
  const i = skipSpaceForward(text, match.end);
  if (text[i] !== '(') return false;
  // Look for the ")" only as far as the expansion can reach (with room for wrapped lines and indentation): searching
  // to the next ")" of the text, for every first use, was quadratic ("QA1 (", "QA2 (", … and one ")" at the end).
  const window = text.slice(i + 1, i + 1 + 2 * expansion.length + DEFINITION_SLACK);
  const close = window.indexOf(')');
  if (close === -1) return false;
  return normalize(window.slice(0, close)) === normalize(expansion);
}

/** Characters beyond twice the expansion's length that "ABBR (Expansion)" may spend on spaces and line breaks. */
const DEFINITION_SLACK = 80;

// Both skip spaces and tabs and at most one line break (\n, \r\n or \r): a wrapped line stays in its paragraph, a
// blank line does not. They return the index of the first character that is not skipped.
function skipSpaceBackward(text: string, from: number): number {
  let i = from;
  let lineBreaks = 0;
  for (; i >= 0; i--) {
    const ch = text[i] as string;
    if (INLINE_SPACE.test(ch)) continue;
    if (ch === '\n' || ch === '\r') {
      if (ch === '\n' && text[i - 1] === '\r') i--;
      if (++lineBreaks > 1) return -1;
      continue;
    }
    break;
  }
  return i;
}

function skipSpaceForward(text: string, from: number): number {
  let i = from;
  let lineBreaks = 0;
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (INLINE_SPACE.test(ch)) continue;
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (++lineBreaks > 1) return text.length;
      continue;
    }
    break;
  }
  return i;
}

function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}
