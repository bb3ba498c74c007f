// The reference matcher the engine is tested against: the naive way, one RegExp per written form plus a whole-word
// check at both edges, every candidate collected, then leftmost-longest resolution. Deliberately written from the rules in
// the README, not from the engine's code (it shares no helper with src/engine or src/text).
import type { ConceptTerm, LexiconDocument, Match } from '../api.js';

const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const HS = '[^\\S\\n\\r\\u2028\\u2029]';
/**
 * The whitespace between two words of a form: spaces, or spaces, one line break and the next line's indentation and
 * ">" markers when that line has content (a wrapped line of a paragraph; a blank line ends it).
 */
const FORM_SPACE = `(?:${HS}+|${HS}*(?:\\r\\n|[\\n\\r\\u2028\\u2029])(?:${HS}|>)*(?=[^\\s>]))`;
const APOSTROPHES = ["'", '\u2019', '\u2018'];
const HYPHENS = ['-', '\u2010', '\u2011'];

function escapeCodePoint(char: string): string {
  if (APOSTROPHES.includes(char)) return "['\u2019\u2018]";
  if (HYPHENS.includes(char)) return '[\\-\u2010\u2011]';
  return /^[\^$\\.*+?()[\]{}|/]$/.test(char) ? `\\${char}` : char;
}

const compiled = new Map<string, RegExp | undefined>();

/** The whole-word RegExp for one written form, or undefined for a blank form. */
export function naivePattern(form: string): RegExp | undefined {
  if (!compiled.has(form)) compiled.set(form, compilePattern(form));
  return compiled.get(form);
}

function compilePattern(form: string): RegExp | undefined {
  const trimmed = form.trim();
  if (trimmed === '') return undefined;
  const body = trimmed
    .split(/\s+/u)
    .map((part) => Array.from(part, escapeCodePoint).join(''))
    .join(FORM_SPACE);
  return new RegExp(body, 'gu');
}

/** Whole-word check, as \b would do it but with Unicode word characters: no word character just outside a word edge. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const first = String.fromCodePoint(text.codePointAt(start)!);
  const last = Array.from(text.slice(start, end)).pop()!;
  const before = Array.from(text.slice(Math.max(0, start - 2), start)).pop();
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : undefined;
  if (IS_WORD.test(first) && before !== undefined && IS_WORD.test(before)) return false;
  if (IS_WORD.test(last) && after !== undefined && IS_WORD.test(after)) return false;
  return true;
}

interface Surface {
  form: string;
  id: string;
  term: ConceptTerm;
  kind: 'acronym' | 'term';
  /** Sort key: lower wins. */
  rank: number[];
}

function caseVariants(form: string): string[] {
  const trimmed = form.trim();
  if (trimmed === '') return [];
  const first = Array.from(trimmed)[0]!;
  const rest = trimmed.slice(first.length);
  return [first.toLowerCase() + rest, first.toUpperCase() + rest];
}

/**
 * Every written form with its precedence: as written > case variant, later document, acronym/abbreviation term >
 * other term, earlier concept, earlier term. The match's id is the concept's.
 */
export function naiveSurfaces(documents: readonly LexiconDocument[]): Surface[] {
  const surfaces: Surface[] = [];
  documents.forEach((document, documentIndex) => {
    (document.concepts ?? []).forEach((concept, conceptIndex) => {
      concept.terms.forEach((term, order) => {
        if (term.type === 'acronym' || term.type === 'abbreviation') {
          surfaces.push({ form: term.text, id: concept.id, term, kind: 'acronym', rank: [0, -documentIndex, 0, conceptIndex, order] });
          return;
        }
        surfaces.push({ form: term.text, id: concept.id, term, kind: 'term', rank: [0, -documentIndex, 1, conceptIndex, order] });
      });
      const others = concept.terms.filter((term) => term.type !== 'acronym' && term.type !== 'abbreviation');
      others
        .flatMap((term) => caseVariants(term.text).map((form) => ({ form, term })))
        .forEach(({ form, term }, order) => surfaces.push({ form, id: concept.id, term, kind: 'term', rank: [1, -documentIndex, 1, conceptIndex, order] }));
    });
  });
  return surfaces;
}

function compareRanks(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}

export function naiveScan(documents: readonly LexiconDocument[], text: string): Match[] {
  const candidates: (Match & { rank: number[] })[] = [];
  for (const surface of naiveSurfaces(documents)) {
    const pattern = naivePattern(surface.form);
    if (pattern === undefined) continue;
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
      const start = found.index;
      if (isWholeWord(text, start, start + found[0].length))
        candidates.push({ start, end: start + found[0].length, text: found[0], id: surface.id, term: surface.term, kind: surface.kind, rank: surface.rank });
      // Look for overlapping occurrences too: restart one code point later.
      pattern.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || compareRanks(a.rank, b.rank));
  const matches: Match[] = [];
  let covered = 0;
  for (const { rank: _rank, ...match } of candidates) {
    if (match.start < covered) continue;
    matches.push(match);
    covered = match.end;
  }
  return matches;
}
