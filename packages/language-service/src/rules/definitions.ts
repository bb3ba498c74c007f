// "Long Form (ABBR)" definitions in a document's prose, judged against the lexicon: shared by wrong-expansion,
// inconsistent-expansion and redundant-definition (computed once per check and cached on the context).
//
// The long form is read backwards from the "(": the visible words of the same block (markup like * _ ` [ ] and
// non-prose such as a link's destination are skipped), as many as the longest accepted long form has, stopping at
// sentence punctuation or a parenthesis. It is accepted when its last k words, normalised, equal one of the
// acronym's long forms (k words each): the other terms of its concept (full form, short forms, variants, in any
// language; acronyms and abbreviations aside). Normalising
// ignores case, spaces vs hyphens (any dash), typographic apostrophes and emphasis, so "the NATO–Ukraine
// commission (NUC)" is accepted and "Euro-Atlantic Partnership Council (PfP)" is not.
import { fullFormOf, type Concept, type Match } from '@natolex/data';
import type { TextRange } from '../markdown/prose.js';
import { coveredBy } from './ranges.js';
import type { RuleContext } from './types.js';

export interface Definition {
  /** The acronym inside the parentheses. */
  match: Match;
  /** The acronym's concept. */
  entry: Concept;
  /** What the acronym stands for: its concept's full form in the acronym's language (what a fix writes). */
  expansion: string;
  /** Offsets of the long form as judged (the words before the "("), and of the closing ")" + 1. */
  longStart: number;
  longEnd: number;
  close: number;
  /** The long form as written (only visible words, one space between them). */
  written: string;
  /** The long form normalised, for comparisons; for an accepted one, the accepted form it equals. */
  normalized: string;
  accepted: boolean;
  /** The long form can be replaced by an edit: the range holds nothing but prose. */
  editable: boolean;
  inHeading: boolean;
}

/** At most this many long forms per acronym are compared (the terms of its concept). */
const MAX_ACCEPTED_FORMS = 16;
const MAX_LONG_FORM_WORDS = 24;
const MARKUP = /[*_`~[\]]/g;
const STOPPERS = new Set(['.', ';', ':', '!', '?', ',', '(', ')', '"', '\u201c', '\u201d', '\u00ab', '\u00bb']);
const ARTICLES = new Set(['the', 'a', 'an']);

/** Words of a form as written (separated by whitespace). */
function writtenWords(form: string): number {
  return form.trim().split(/\s+/u).length;
}

export function normalizeLongForm(value: string): string {
  return value
    .replace(MARKUP, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u2010-\u2015-]+/gu, ' ')
    .trim()
    .toLowerCase();
}

const SHORT_TYPES: ReadonlySet<string> = new Set(['acronym', 'abbreviation']);

/** The acronym's accepted long forms, normalised, with their word counts: the expansion first, then the concept's other long terms. */
function acceptedForms(concept: Concept, expansion: string): { form: string; words: number }[] {
  const forms = [expansion];
  for (const term of concept.terms) {
    if (forms.length >= MAX_ACCEPTED_FORMS) break;
    if (!SHORT_TYPES.has(term.type)) forms.push(term.text);
  }
  const seen = new Set<string>();
  const out: { form: string; words: number }[] = [];
  for (const form of forms.slice(0, MAX_ACCEPTED_FORMS)) {
    const normalized = normalizeLongForm(form);
    if (normalized === '' || seen.has(normalized)) continue;
    seen.add(normalized);
    out.push({ form: normalized, words: normalized.split(' ').length });
  }
  return out;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Index of the last of the sorted, disjoint `ranges` that starts at or before `offset`, or -1. */
function lastRangeAtOrBefore(ranges: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Whether the ">" at `index` is a blockquote marker: only whitespace and ">" since the line's start. */
function isQuoteMarker(text: string, index: number, floor: number): boolean {
  for (let at = index - 1; at >= floor; at--) {
    const char = text[at]!;
    if (char === '\n' || char === '\r') return true;
    if (char !== '>' && !/\s/u.test(char)) return false;
  }
  return true;
}

/**
 * Up to `limit` visible words before `from` (nearest last) within [floor, from), skipping non-prose ranges; stops
 * at sentence punctuation or a parenthesis. Each character is looked at once.
 */
function wordsBefore(text: string, from: number, floor: number, limit: number, hidden: readonly TextRange[]): { words: Word[]; crossesHidden: boolean } {
  const words: Word[] = [];
  let crossesHidden = false;
  let wordStart = -1;
  let wordEnd = -1;
  const flush = (): void => {
    if (wordEnd !== -1) words.unshift({ start: wordStart, end: wordEnd, text: text.slice(wordStart, wordEnd) });
    wordEnd = -1;
  };
  let rangeIndex = lastRangeAtOrBefore(hidden, from - 1);
  let lineBlank = false; // nothing but whitespace since the last line break seen (a blank line ends the paragraph)
  for (let index = from - 1; index >= floor && words.length < limit; index--) {
    while (rangeIndex >= 0 && hidden[rangeIndex]!.start > index) rangeIndex--;
    const range = hidden[rangeIndex];
    if (range !== undefined && range.end > index) {
      // The destination of "[Long Form](url) (ABBR)", a code span…: not words, and the long form ends here.
      flush();
      crossesHidden = true;
      index = range.start;
      continue;
    }
    const char = text[index]!;
    if (char === '\n' || char === '\r') {
      if (lineBlank && !(char === '\r' && text[index + 1] === '\n')) break;
      lineBlank = true;
    } else if (!/\s/u.test(char) && char !== '>') {
      lineBlank = false;
    }
    if (/\s/u.test(char) || (char === '>' && isQuoteMarker(text, index, floor))) {
      flush();
      continue;
    }
    if (STOPPERS.has(char)) break;
    if (wordEnd === -1) wordEnd = index + 1;
    wordStart = index;
  }
  if (words.length < limit) flush();
  return { words, crossesHidden };
}

const cache = new WeakMap<RuleContext, Definition[]>();

/** Every "Long Form (ABBR)" of the document's prose (outside quotations), in order. */
export function definitionsOf(context: RuleContext): Definition[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const { text, matches, nonProse, prose } = context;
  const inNonProse = coveredBy(nonProse);
  const inHeading = coveredBy(prose?.headings ?? []);
  const blocks = prose?.blocks ?? [];
  let blockCursor = 0;
  const definitions: Definition[] = [];
  const formsById = new Map<string, { form: string; words: number }[]>();
  for (const match of matches) {
    if (match.kind !== 'acronym' || text[match.start - 1] !== '(' || text[match.end] !== ')') continue;
    if (inNonProse(match.start)) continue;
    const heading = inHeading(match.start);
    const entry = context.lexicon.get(match.id) as Concept | undefined;
    const expansion = entry && Array.isArray(entry.terms) ? fullFormOf(entry, match.term.language)?.text : undefined;
    if (!entry || expansion === undefined) continue;
    while (blockCursor < blocks.length && blocks[blockCursor]!.end <= match.start) blockCursor++;
    const floor = blocks[blockCursor]?.start ?? 0;
    let forms = formsById.get(`${entry.id}\u0000${expansion}`);
    if (!forms) formsById.set(`${entry.id}\u0000${expansion}`, (forms = acceptedForms(entry, expansion)));
    const longest = Math.min(MAX_LONG_FORM_WORDS, Math.max(1, ...forms.map((form) => form.words)));
    const { words, crossesHidden } = wordsBefore(text, match.start - 1, floor, longest, nonProse);
    if (words.length === 0) continue; // "(ABBR)" after punctuation: not a definition
    // The shortest suffix of the words that reads as an accepted form (word counts differ: "NATO-Ukraine" is one
    // word written, two normalised).
    let accepted: { form: string; words: number } | undefined;
    let chosen = words;
    for (let count = 1; count <= words.length && accepted === undefined; count++) {
      const suffix = normalizeLongForm(words.slice(-count).map((word) => word.text).join(' '));
      accepted = forms.find((form) => form.form === suffix);
      if (accepted) chosen = words.slice(-count);
    }
    if (!accepted) {
      chosen = words.slice(-Math.min(words.length, writtenWords(expansion)));
      if (chosen.length > 1 && ARTICLES.has(chosen[0]!.text.toLowerCase())) chosen = chosen.slice(1);
    }
    const longStart = chosen[0]!.start;
    const longEnd = chosen[chosen.length - 1]!.end;
    const written = chosen.map((word) => word.text).join(' ');
    definitions.push({
      match,
      entry,
      expansion,
      longStart,
      longEnd,
      close: match.end + 1,
      written,
      normalized: accepted ? accepted.form : normalizeLongForm(written),
      accepted: accepted !== undefined,
      editable: !(crossesHidden && overlaps(nonProse, longStart, match.end + 1)),
      inHeading: heading,
    });
  }
  cache.set(context, definitions);
  return definitions;
}

function overlaps(ranges: readonly TextRange[], start: number, end: number): boolean {
  const index = lastRangeAtOrBefore(ranges, end - 1);
  const range = ranges[index];
  return range !== undefined && range.end > start;
}

/**
 * Each accepted definition after the first of its entry, with that first one (a definition in a heading counts only
 * with headingDefinitions): what inconsistent-expansion and redundant-definition compare.
 */
export function repeatedDefinitions(context: RuleContext): { definition: Definition; earlier: Definition }[] {
  const first = new Map<string, Definition>();
  const repeated: { definition: Definition; earlier: Definition }[] = [];
  for (const definition of definitionsOf(context)) {
    if (!definition.accepted || (definition.inHeading && !context.headingDefinitions)) continue;
    const earlier = first.get(definition.entry.id);
    if (earlier === undefined) first.set(definition.entry.id, definition);
    else repeated.push({ definition, earlier });
  }
  return repeated;
}
