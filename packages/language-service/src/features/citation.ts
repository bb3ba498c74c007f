// Cited passages: the text edits that insert a corpus passage with its citation in one of three formats.
// - footnote: a Markdown blockquote ending in a footnote reference [^n], and the footnote "[^n]: citation". When the
//   document numbers its footnotes 1, 2, 3… in reading order, the new one takes its place in that order and the
//   later ones are renumbered; otherwise it takes the next free number. Its definition goes before the definition of
//   the footnote that follows it, or at the end of the document.
// - inline: “passage” (citation). in the running text: the style's in-text form (a short note for note styles), the
//   passage's final full stop moved after the parenthesis, where the sentence ends.
// - pandoc: a blockquote ending in [@key, sec. {Section}]; the key names the page, so the caller adds each page to the
//   bibliography file once (bibliography.ts), whichever passages of it are quoted.
// All edits are returned together so the adapter applies them as one workspace edit (one undo step). Pure: the
// adapter chooses the passage (a picker, a completion item, a command argument) and applies the edits.
import { findMarkdownNonProse, type CslStyleText, type Lexicon, type NonProseRange, type TextEdit } from '@natolex/data';
import type { LspPosition } from '../text/line-index.js';
import { isSnippet } from './describe.js';

/** The command that inserts a cited passage (VS Code's command palette, the language server's executeCommand). */
export const INSERT_CITED_PASSAGE_COMMAND = 'natolex.insertCitedPassage';

/** The argument of natolex.insertCitedPassage when the passage is chosen without a picker. */
export interface InsertCitedPassageArguments {
  /** The document to insert into. */
  uri: string;
  /** The passage's id, e.g. "snippet.un.p12". */
  snippetId: string;
  /** Where (default: the end of the document). */
  position?: LspPosition;
  /** Overrides natolex.citation.format / natolex.citation.style for this insertion. */
  format?: CitationFormat;
  style?: CitationStyleName;
}

export type CitationFormat = 'footnote' | 'inline' | 'pandoc';
export type CitationStyleName = 'chicago-note' | 'apa' | 'harvard';
/** A built-in style, or the text of a workspace CSL style file. */
export type CitationStyle = CitationStyleName | CslStyleText;

export const CITATION_FORMATS: readonly CitationFormat[] = ['footnote', 'inline', 'pandoc'];
export const CITATION_STYLES: readonly CitationStyleName[] = ['chicago-note', 'apa', 'harvard'];

export function isCitationFormat(value: unknown): value is CitationFormat {
  return typeof value === 'string' && (CITATION_FORMATS as readonly string[]).includes(value);
}

export function isCitationStyleName(value: unknown): value is CitationStyleName {
  return typeof value === 'string' && (CITATION_STYLES as readonly string[]).includes(value);
}

/**
 * The command's argument, checked (it comes over the wire from any client): undefined unless it names a document
 * and a passage id, and its optional fields have the right types.
 */
export function parseInsertCitedPassageArguments(value: unknown): InsertCitedPassageArguments | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { uri, snippetId, position, format, style } = value as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof snippetId !== 'string') return undefined;
  const at = position as { line?: unknown; character?: unknown } | undefined;
  if (at !== undefined && (typeof at !== 'object' || at === null || !Number.isInteger(at.line) || !Number.isInteger(at.character))) return undefined;
  if (format !== undefined && !isCitationFormat(format)) return undefined;
  if (style !== undefined && !isCitationStyleName(style)) return undefined;
  return {
    uri,
    snippetId,
    ...(at === undefined ? {} : { position: { line: at.line as number, character: at.character as number } }),
    ...(format === undefined ? {} : { format }),
    ...(style === undefined ? {} : { style }),
  };
}

export interface CitedInsertionOptions {
  /** Where the cursor is (default: the end of the document). */
  offset?: number;
  /** Skip code and comments when looking for existing footnotes (default true). */
  markdown?: boolean;
}

export interface CitedInsertion {
  /** Edits of the document, sorted by start and non-overlapping. */
  edits: TextEdit[];
  /** For the pandoc format: the page's citation key (e.g. "nato-un"), to add to the bibliography once. */
  citationKey?: string;
  /** The footnote number used (footnote format). */
  footnote?: number;
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function blockquote(text: string, eol: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join(eol);
}

/** The citation for a footnote: the note of a note style, the reference-list entry of an author-date style. */
function footnoteCitation(lexicon: Lexicon, id: string, style: CitationStyle): string {
  return lexicon.cite(id, { style }).trim();
}

/** The page's citation key: the id of its CSL-JSON item. */
export function citationKeyOf(lexicon: Lexicon, id: string): string {
  return (JSON.parse(lexicon.cite(id, { style: 'csl-json' })) as { id: string }).id;
}

/** Blank lines needed before/after a block inserted at `offset` so it is a paragraph of its own. */
function blockPadding(text: string, offset: number, eol: string): { before: string; after: string } {
  const head = text.slice(Math.max(0, offset - 4), offset);
  const tail = text.slice(offset, offset + 4);
  const before = offset === 0 || /\n[ \t]*\r?\n$/.test(head) || (offset <= 2 && /^\r?\n$/.test(head)) ? '' : head.endsWith('\n') ? eol : `${eol}${eol}`;
  const after = offset === text.length ? eol : /^\r?\n[ \t]*\r?\n/.test(tail) ? '' : tail.startsWith('\n') || tail.startsWith('\r\n') ? eol : `${eol}${eol}`;
  return { before, after };
}

interface FootnoteLabel {
  start: number;
  end: number;
  label: string;
  definition: boolean;
}

const FOOTNOTE = /\[\^([^\]\s^]+)\](:?)/g;

function footnoteLabels(text: string, markdown: boolean): FootnoteLabel[] {
  const excluded: NonProseRange[] = markdown ? findMarkdownNonProse(text) : [];
  const labels: FootnoteLabel[] = [];
  let cursor = 0;
  for (const match of text.matchAll(FOOTNOTE)) {
    const start = match.index;
    while (cursor < excluded.length && excluded[cursor]!.end <= start) cursor++;
    const range = excluded[cursor];
    if (range && range.start <= start && start < range.end) continue;
    const atLineStart = start === 0 || text[start - 1] === '\n';
    const definition = match[2] === ':' && atLineStart;
    labels.push({ start, end: start + match[0].length - (match[2] === ':' ? 1 : 0), label: match[1]!, definition });
  }
  return labels;
}

interface FootnotePlan {
  number: number;
  renumber: TextEdit[];
  /** Where the new definition goes: before this offset (the next footnote's definition), or at the end. */
  definitionBefore: number | undefined;
}

/** The number of a new footnote referenced at `offset`, and the renumbering that keeps 1, 2, 3… in reading order. */
function planFootnote(text: string, offset: number, markdown: boolean): FootnotePlan {
  const labels = footnoteLabels(text, markdown);
  const references = labels.filter((label) => !label.definition);
  const numeric = labels.filter((label) => /^\d+$/.test(label.label));
  const maxNumber = numeric.reduce((max, label) => Math.max(max, Number(label.label)), 0);
  const order: string[] = [];
  for (const reference of references) if (!order.includes(reference.label)) order.push(reference.label);
  const sequential = order.length > 0 && order.every((label, index) => label === String(index + 1)) && maxNumber === order.length;
  if (!sequential) return { number: maxNumber + 1, renumber: [], definitionBefore: undefined };

  const seenBefore = new Set(references.filter((reference) => reference.end <= offset).map((reference) => reference.label));
  const number = seenBefore.size + 1;
  const renumber = numeric
    .filter((label) => Number(label.label) >= number)
    .map((label) => ({ start: label.start, end: label.end, text: `[^${Number(label.label) + 1}]` }));
  const nextDefinition = numeric.find((label) => label.definition && Number(label.label) === number);
  return { number, renumber, definitionBefore: nextDefinition?.start };
}

/** Moves an offset that falls inside a footnote label to the end of the label. */
function outsideLabels(text: string, offset: number): number {
  for (const match of text.matchAll(FOOTNOTE)) {
    if (match.index < offset && offset < match.index + match[0].length) return match.index + match[0].length;
  }
  return offset;
}

/**
 * The edits that insert passage `snippetId` with its citation at `options.offset` of `documentText`. Throws the
 * lexicon's LexiconError for an id that is not a passage.
 */
export function formatCitedInsertion(
  lexicon: Lexicon,
  snippetId: string,
  format: CitationFormat,
  style: CitationStyle,
  documentText: string,
  options: CitedInsertionOptions = {},
): CitedInsertion {
  const snippet = lexicon.get(snippetId);
  const citation = footnoteCitation(lexicon, snippetId, style); // throws for unknown ids, non-passages and stubs
  if (!isSnippet(snippet)) throw new TypeError(`${snippetId} is not a passage`);
  const eol = lineBreakOf(documentText);
  const markdown = options.markdown !== false;
  const offset = outsideLabels(documentText, Math.max(0, Math.min(documentText.length, options.offset ?? documentText.length)));
  const quote = snippet.text.trim();

  if (format === 'inline') {
    const parenthetical = lexicon.cite(snippetId, { style, form: 'inline' }).trim();
    const stop = quote.endsWith('.') ? '.' : '';
    return { edits: [{ start: offset, end: offset, text: `“${stop ? quote.slice(0, -1) : quote}” (${parenthetical})${stop}` }] };
  }

  const { before, after } = blockPadding(documentText, offset, eol);
  if (format === 'pandoc') {
    const pandoc = lexicon.cite(snippetId, { style: 'pandoc' });
    return { edits: [{ start: offset, end: offset, text: `${before}${blockquote(quote, eol)} ${pandoc}${after}` }], citationKey: citationKeyOf(lexicon, snippetId) };
  }

  const plan = planFootnote(documentText, offset, markdown);
  const reference = `${before}${blockquote(quote, eol)}[^${plan.number}]${after}`;
  const definition = `[^${plan.number}]: ${citation}`;
  const edits: TextEdit[] = [{ start: offset, end: offset, text: reference }];
  if (plan.definitionBefore !== undefined) {
    edits.push({ start: plan.definitionBefore, end: plan.definitionBefore, text: `${definition}${eol}` });
  } else if (offset === documentText.length) {
    edits[0] = { start: offset, end: offset, text: `${reference}${eol}${definition}${eol}` };
  } else {
    edits.push({ start: documentText.length, end: documentText.length, text: `${endSeparator(documentText, eol)}${definition}${eol}` });
  }
  edits.push(...plan.renumber);
  // Stable: at one offset the insertions keep their order and come before a replacement starting there.
  edits.sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start));
  return { edits, footnote: plan.number };
}

/** What goes between the document's last line and a footnote definition appended after it. */
function endSeparator(text: string, eol: string): string {
  const lastLine = text.trimEnd().split(/\r?\n/).pop() ?? '';
  const lineDone = text.endsWith('\n') ? '' : eol;
  if (/^\[\^[^\]]+\]:/.test(lastLine)) return lineDone; // join the existing footnote definitions
  return /\n[ \t]*\r?\n$/.test(text) ? '' : `${lineDone}${eol}`;
}
