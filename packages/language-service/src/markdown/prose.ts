// What of a Markdown text is prose, decided by a real parser (parse.ts), with exact offsets:
// - prose blocks: paragraphs, headings and table rows; matching happens inside one block at a time, so a match never
//   runs from one block into the next, but does run across the wrapped lines of a paragraph;
// - not prose, inside those blocks: code spans, inline HTML, link and image destinations and titles, reference
//   labels (and the text of shortcut/collapsed references, which is their label), autolinks (<…> and bare URLs),
//   images (alt text included), footnote references. Everything outside the blocks is not prose either: code
//   blocks, HTML blocks, front matter, link reference definitions, footnote labels, thematic breaks;
// - quotations: block quotes and text between double quotation marks ("…", “…”, „…“, «…»). They are prose the
//   writer did not write: rules do not report there and fixes never edit them (quotation-drift compares them with
//   the corpus).
import { findMarkdownNonProse } from '@natolex/data';
import type { Nodes, Parents, Root } from 'mdast';
import { parseMarkdown } from './parse.js';
// parts.ts reads a whole text with readProse below (a cycle of calls only: neither module runs the other's code at load).
import { readWhole } from './parts.js';

/** A [start, end) range of the text, in UTF-16 code units. */
export interface TextRange {
  start: number;
  end: number;
}

export type ProseBlockKind = 'paragraph' | 'heading' | 'tableRow';

export interface ProseBlock extends TextRange {
  kind: ProseBlockKind;
  /** Inside a block quote. */
  quoted: boolean;
}

export interface ProseModel {
  /** The text the model is of. */
  text: string;
  /** False when the text nests containers too deeply for the parser and the simple reader was used (see below). */
  parsed: boolean;
  /** Prose blocks in document order (sorted, disjoint). */
  blocks: readonly ProseBlock[];
  /** Sorted, disjoint ranges that are not prose: everything outside the blocks, and the non-prose inside them. */
  nonProse: readonly TextRange[];
  /** Sorted, disjoint quotations (block quotes, quoted text). */
  quotations: readonly TextRange[];
  /** Sorted, disjoint headings. */
  headings: readonly TextRange[];
  /** Block quotes (outermost), sorted: what quotation-drift compares with the corpus. */
  blockQuotes: readonly TextRange[];
}

function rangeOf(node: Nodes): TextRange | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Sorted, disjoint union of ranges. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else if (range.end > range.start) merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** The complement of sorted, disjoint `ranges` within [0, length). */
function complement(ranges: readonly TextRange[], length: number): TextRange[] {
  const gaps: TextRange[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) gaps.push({ start: at, end: range.start });
    at = Math.max(at, range.end);
  }
  if (at < length) gaps.push({ start: at, end: length });
  return gaps;
}

/** Whether a link node is an autolink (<https://…> or a bare URL): its source does not start with "[". */
function isAutolink(text: string, range: TextRange): boolean {
  return text.charCodeAt(range.start) !== 0x5b;
}

/** A link's "[" and everything after its text (destination, title or label) are not prose; its text is walked. */
function linkTextOnly(children: readonly Nodes[], range: TextRange, out: TextRange[]): false {
  const last = children[children.length - 1];
  const textEnd = (last && rangeOf(last)?.end) ?? range.start + 1;
  out.push({ start: range.start, end: range.start + 1 }, { start: textEnd, end: range.end });
  return false;
}

/** Inline non-prose of one node, or undefined when the node's children are to be walked. */
function inlineNonProse(text: string, node: Nodes, range: TextRange, out: TextRange[]): boolean {
  switch (node.type) {
    case 'text':
      bareUrls(text, range, out);
      return true;
    case 'inlineCode':
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      out.push(range);
      return true;
    case 'link': {
      if (isAutolink(text, range)) {
        out.push(range);
        return true;
      }
      // "[text](destination "title")": the text is prose, the rest is not.
      return linkTextOnly(node.children, range, out);
    }
    case 'linkReference': {
      // "[text][label]" keeps its text as prose; "[label]" and "[label][]" are their own label: not prose.
      if (node.referenceType !== 'full') {
        out.push(range);
        return true;
      }
      return linkTextOnly(node.children, range, out);
    }
    default:
      return false;
  }
}

// A bare URL (GFM's autolink literal, approximately): a scheme or "www." and everything up to whitespace or "<",
// without the punctuation that ends a sentence.
const BARE_URL = /(?<![\p{L}\p{N}])(?:https?:\/\/|mailto:|www\.)[^\s<]*[^\s<.,:;"')\]*_~!?]/giu;

/** Bare URLs inside a text node's range: not prose. */
function bareUrls(text: string, range: TextRange, out: TextRange[]): void {
  const slice = text.slice(range.start, range.end);
  if (!/https?:|mailto:|www\./i.test(slice)) return;
  for (const found of slice.matchAll(BARE_URL)) out.push({ start: range.start + found.index, end: range.start + found.index + found[0].length });
}

/** The closing mark of an opening double quotation mark ("…", “…”, „…“, «…»), as char codes; -1: not one. */
function closingQuoteOf(code: number): number {
  switch (code) {
    case 0x22:
      return 0x22;
    case 0x201c:
      return 0x201d;
    case 0x201e:
      return 0x201c;
    case 0xab:
      return 0xbb;
    default:
      return -1;
  }
}

/**
 * Quoted text inside one block: from an opening double quotation mark to its closing one, skipping non-prose.
 * Linear: one pass, one open quotation at a time (nested quotes are inside the outer one anyway). „…” closes too.
 */
function inlineQuotations(text: string, block: TextRange, nonProse: readonly TextRange[], from: number, out: TextRange[]): void {
  let cursor = from;
  let open = -1;
  let closing = -1;
  for (let index = block.start; index < block.end; index++) {
    while (cursor < nonProse.length && nonProse[cursor]!.end <= index) cursor++;
    const skip = nonProse[cursor];
    if (skip !== undefined && skip.start <= index) {
      index = skip.end - 1;
      continue;
    }
    const code = text.charCodeAt(index);
    if (open === -1) {
      closing = closingQuoteOf(code);
      if (closing !== -1) open = index;
    } else if (code === closing || (closing === 0x201c && code === 0x201d)) {
      out.push({ start: open, end: index + 1 });
      open = -1;
    }
  }
}

/**
 * The deepest nesting of block quotes and list items a line may open for the parser to read the text. The parser
 * recurses per container level and slows down with depth (5,000 nested list markers on one line overflow the call
 * stack); no real draft nests 32 deep.
 */
export const MAX_CONTAINER_DEPTH = 32;
const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/;

/** Whether some line opens more than MAX_CONTAINER_DEPTH containers. One pass; each line read at most that far. */
export function nestsTooDeep(text: string): boolean {
  let lineStart = 0;
  while (lineStart < text.length) {
    let at = lineStart;
    let depth = 0;
    for (let marker = CONTAINER_MARKER.exec(text.slice(at, at + 16)); marker !== null; marker = CONTAINER_MARKER.exec(text.slice(at, at + 16))) {
      if (++depth > MAX_CONTAINER_DEPTH) return true;
      at += marker[0].length;
    }
    const next = text.indexOf('\n', at);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return false;
}

/**
 * The simple reader, for texts the parser is not given: every paragraph (blank-line separated) is a prose block,
 * and the non-prose is the data package's (fenced code, inline code, HTML comments, front matter). No quotations.
 */
export function simpleModel(text: string): ProseModel {
  const blocks: ProseBlock[] = [];
  const paragraph = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (let found = paragraph.exec(text); found !== null; found = paragraph.exec(text)) {
    blocks.push({ start: found.index, end: found.index + found[0].length, kind: 'paragraph', quoted: false });
  }
  const nonProse = mergeRanges([...complement(blocks, text.length), ...findMarkdownNonProse(text)]);
  return { text, parsed: false, blocks, nonProse, quotations: [], headings: [], blockQuotes: [] };
}

/**
 * The prose model of a Markdown text, read in parts (parts.ts; exactly the model of a read in one piece). The walk
 * visits each node once, with an explicit stack so deep nesting cannot overflow the call stack; texts nested deeper
 * than MAX_CONTAINER_DEPTH get the simple reader.
 */
export function proseModel(text: string): ProseModel {
  return readWhole(text)?.model ?? simpleModel(text); // simple: too deep, or a parser limit we did not foresee
}

/**
 * The prose model of `source.slice(0, length)` and the syntax tree it was read from, parsing all of `source` (what
 * follows `length` is context the caller adds, e.g. definitions made elsewhere; nothing of it is in the model).
 * Undefined when the part nests too deeply or the parser fails: the caller reads the whole text instead.
 */
export function readProse(source: string, length: number, frontMatter: boolean): { model: ProseModel; tree: Root } | undefined {
  const part = length === source.length ? source : source.slice(0, length);
  if (nestsTooDeep(part)) return undefined;
  const overfull = overfullRuns(part);
  const readable = overfull.length === 0 ? source : maskDelimiters(part, overfull) + source.slice(length);
  let tree: Root;
  try {
    tree = parseMarkdown(readable, { frontMatter });
  } catch {
    return undefined;
  }
  let model = modelOf(readable, tree);
  if (length < source.length) model = clippedTo(part, model);
  return { model: overfull.length === 0 ? model : withoutRuns(part, model, overfull), tree };
}

/** The model's ranges that start inside `part` (the first part.length characters), cut at its end. */
function clippedTo(part: string, model: ProseModel): ProseModel {
  const length = part.length;
  const clip = <T extends TextRange>(ranges: readonly T[]): T[] => ranges.filter((range) => range.start < length).map((range) => (range.end <= length ? range : { ...range, end: length }));
  return { text: part, parsed: model.parsed, blocks: clip(model.blocks), nonProse: clip(model.nonProse), quotations: clip(model.quotations), headings: clip(model.headings), blockQuotes: clip(model.blockQuotes) };
}

/**
 * The most emphasis and link delimiters (`*`, `_`, `[`, `]`; list markers at a line start do not count) one
 * blank-line-separated run of lines may hold for the parser to read it. The parser's emphasis and link resolution
 * is super-linear in the unmatched delimiters of one paragraph (100,000 × "*a" took over a minute); a real
 * paragraph holds a few dozen. A run over the bound is not prose: nothing in it is reported or fixed.
 */
export const MAX_INLINE_DELIMITERS = 256;

/** Runs of non-blank lines holding more than MAX_INLINE_DELIMITERS delimiters. One pass over the text. */
export function overfullRuns(text: string): TextRange[] {
  const runs: TextRange[] = [];
  let runStart = -1;
  let delimiters = 0;
  let lineStart = true;
  let lineBlank = true;
  let lineBegin = 0;
  const close = (end: number) => {
    if (runStart !== -1 && delimiters > MAX_INLINE_DELIMITERS) runs.push({ start: runStart, end });
    runStart = -1;
    delimiters = 0;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      if (lineBlank) close(lineBegin);
      lineStart = true;
      lineBlank = true;
      lineBegin = index + 1;
      continue;
    }
    const space = code === 0x20 || code === 0x09 || code === 0x0d;
    if (!space && lineBlank) {
      lineBlank = false;
      if (runStart === -1) runStart = lineBegin;
    }
    if (lineStart) {
      if (space || code === 0x3e) continue; // indentation and block quote markers
      lineStart = false;
      const next = text.charCodeAt(index + 1);
      if ((code === 0x2a || code === 0x2d || code === 0x2b) && (next === 0x20 || next === 0x09)) continue; // a list marker
    }
    if (code === 0x2a || code === 0x5f || code === 0x5b || code === 0x5d) delimiters++;
  }
  close(text.length);
  return runs;
}

/** The text with the delimiters of `runs` replaced by a letter (same length, so every offset stays). */
function maskDelimiters(text: string, runs: readonly TextRange[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const run of runs) {
    parts.push(text.slice(at, run.start), text.slice(run.start, run.end).replace(/[*_[\]]/g, 'x'));
    at = run.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The model of the original text, with the overfull runs turned into non-prose (their blocks and quotes dropped). */
function withoutRuns(text: string, model: ProseModel, runs: readonly TextRange[]): ProseModel {
  return {
    text,
    parsed: model.parsed,
    blocks: outsideOf(model.blocks, runs),
    nonProse: mergeRanges([...model.nonProse, ...runs]),
    quotations: outsideOf(model.quotations, runs),
    headings: outsideOf(model.headings, runs),
    blockQuotes: outsideOf(model.blockQuotes, runs),
  };
}

/** The ranges (sorted by start) that overlap none of the sorted, disjoint `runs`: one merge-like pass. */
function outsideOf<T extends TextRange>(ranges: readonly T[], runs: readonly TextRange[]): T[] {
  const kept: T[] = [];
  let cursor = 0;
  for (const range of ranges) {
    while (cursor < runs.length && runs[cursor]!.end <= range.start) cursor++;
    const run = runs[cursor];
    if (run === undefined || run.start >= range.end) kept.push(range);
  }
  return kept;
}

function modelOf(text: string, tree: Root): ProseModel {
  const blocks: ProseBlock[] = [];
  const inline: TextRange[] = [];
  const quotes: TextRange[] = [];
  const headings: TextRange[] = [];
  const blockQuotes: TextRange[] = [];
  const stack: { node: Nodes; quoted: boolean; inBlock: boolean }[] = [{ node: tree, quoted: false, inBlock: false }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, quoted, inBlock } = item;
    const range = rangeOf(node);
    let childQuoted = quoted;
    let childInBlock = inBlock;
    if (range !== undefined) {
      if (inBlock) {
        if (inlineNonProse(text, node, range, inline)) continue;
      } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') {
        blocks.push({ start: range.start, end: range.end, kind: node.type, quoted });
        if (node.type === 'heading') headings.push(range);
        childInBlock = true;
      } else if (node.type === 'blockquote') {
        if (!quoted) blockQuotes.push(range);
        quotes.push(range);
        childQuoted = true;
      }
    }
    const children = 'children' in node ? (node as Parents).children : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, quoted: childQuoted, inBlock: childInBlock });
  }
  blocks.sort((a, b) => a.start - b.start);
  const inlineNonProseRanges = mergeRanges(inline);
  const nonProse = mergeRanges([...complement(blocks, text.length), ...inlineNonProseRanges]);
  let cursor = 0;
  for (const block of blocks) {
    if (block.quoted) continue;
    while (cursor < inlineNonProseRanges.length && inlineNonProseRanges[cursor]!.end <= block.start) cursor++;
    inlineQuotations(text, block, inlineNonProseRanges, cursor, quotes);
  }
  return { text, parsed: true, blocks, nonProse, quotations: mergeRanges(quotes), headings: mergeRanges(headings), blockQuotes: mergeRanges(blockQuotes) };
}
