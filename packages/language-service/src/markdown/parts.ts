// The prose model of a whole text, read part by part. The parser's work grows faster than the text: each list item
// or block quote it closes copies the document's list of block events so far (1 MB of Markdown with a few hundred
// lists spends about a quarter of its parse there) and the events of the whole text stay alive until the end (the
// garbage collector then moves them around). Parts of ~16 KB cut at anchors (anchors.ts) parse alone exactly as
// inside the whole text, by the argument incremental.ts makes for a re-read part: each part ends where a sentinel
// line starts a top-level paragraph (nothing left open), else it is widened; definitions made in other parts are
// appended to a part that has a "[" as dummies, so its links resolve as in the whole text.
import type { Root } from 'mdast';
import { anchorsOf, closedAt, definitionsOf, dummiesOf, nextAnchorCandidate, SENTINEL, startsWithFrontMatter, type Definition } from './anchors.js';
import { readProse, type ProseBlock, type ProseModel, type TextRange } from './prose.js';

/** Characters a part holds at least (up to the next anchor that closes everything): small enough for the parser. */
export const PART_SIZE = 16_384;
const FRONT_MATTER_FENCE = /^\uFEFF?(?:---|\+\+\+)/;

/** What a read of the whole text gives: the model and what re-reading a part of it needs (incremental.ts). */
export interface WholeRead {
  model: ProseModel;
  anchors: number[];
  definitions: Definition[];
  frontMatter: boolean;
}

interface Part {
  start: number;
  text: string;
  toEnd: boolean;
  model: ProseModel;
  tree: Root;
  definitions: Definition[];
}

/** The text in one piece (short texts, and what the parts cannot take). Undefined: the simple reader's. */
export function onePiece(text: string): WholeRead | undefined {
  const read = readProse(text, text.length, true);
  if (read === undefined) return undefined;
  return { model: read.model, anchors: anchorsOf(read.tree, text, 0), definitions: definitionsOf(read.tree, text.length, 0), frontMatter: startsWithFrontMatter(read.tree) };
}

/** The parts of the text, or undefined when one does not read alone (the whole text is read in one piece then). */
function partsOf(text: string, partSize: number): Part[] | undefined {
  const parts: Part[] = [];
  let start = 0;
  while (start < text.length) {
    let end = nextAnchorCandidate(text, start + partSize);
    for (;;) {
      const toEnd = end === text.length;
      const part = text.slice(start, end);
      const read = readProse(toEnd ? part : part + SENTINEL, part.length, start === 0);
      if (read === undefined) return undefined;
      if (!toEnd && !closedAt(read.tree, part.length)) {
        end = nextAnchorCandidate(text, start + 2 * (end - start)); // doubling keeps the work linear
        continue;
      }
      // Front matter that closes in a later part would read as a thematic break here.
      if (start === 0 && FRONT_MATTER_FENCE.test(text) && !startsWithFrontMatter(read.tree)) return undefined;
      parts.push({ start, text: part, toEnd, model: read.model, tree: read.tree, definitions: definitionsOf(read.tree, part.length, start) });
      start = end;
      break;
    }
  }
  return parts;
}

/** Re-reads the parts that may refer to definitions made in other parts, with those appended. False: cannot. */
function resolveAcross(parts: Part[]): boolean {
  const all = parts.flatMap((part) => part.definitions);
  if (all.length === 0) return true;
  for (const part of parts) {
    if (part.definitions.length === all.length || !part.text.includes('[')) continue; // no reference can need them
    const end = part.start + part.text.length;
    const dummies = dummiesOf(all.filter((definition) => definition.start < part.start || definition.start >= end));
    const appended = dummies.map((dummy) => `\n\n${dummy}`).join('');
    if (appended.length > part.text.length) return false; // so many definitions that the parts would re-read them all
    const source = `${part.text}${part.toEnd ? '' : SENTINEL}${appended}`;
    const read = readProse(source, part.text.length, part.start === 0);
    if (read === undefined || (!part.toEnd && !closedAt(read.tree, part.text.length))) return false;
    const found = definitionsOf(read.tree, source.length, part.start);
    if (found.length - part.definitions.length !== dummies.length) return false; // the dummies did not read back
    part.model = read.model;
    part.tree = read.tree;
  }
  return true;
}

/** Appends `ranges` shifted by `by`; with `merge`, a range touching the last one is joined to it (as mergeRanges). */
function append<T extends TextRange>(out: T[], ranges: readonly T[], by: number, merge: boolean, move: (range: T, start: number, end: number) => T): void {
  for (const range of ranges) {
    const previous = out[out.length - 1];
    if (merge && previous !== undefined && range.start + by <= previous.end) out[out.length - 1] = move(previous, previous.start, Math.max(previous.end, range.end + by));
    else out.push(by === 0 ? range : move(range, range.start + by, range.end + by));
  }
}

const moveRange = (_range: TextRange, start: number, end: number): TextRange => ({ start, end });
const moveBlock = (block: ProseBlock, start: number, end: number): ProseBlock => ({ start, end, kind: block.kind, quoted: block.quoted });

/**
 * The whole text's read, part by part (texts up to two parts in one piece; `partSize` is for the tests). Undefined:
 * the text is for the simple reader.
 */
export function readWhole(text: string, partSize = PART_SIZE): WholeRead | undefined {
  if (text.length <= 2 * partSize) return onePiece(text);
  const parts = partsOf(text, partSize);
  if (parts === undefined || !resolveAcross(parts)) return onePiece(text);
  const blocks: ProseBlock[] = [];
  const nonProse: TextRange[] = [];
  const quotations: TextRange[] = [];
  const headings: TextRange[] = [];
  const blockQuotes: TextRange[] = [];
  const anchors: number[] = [];
  const definitions: Definition[] = [];
  for (const part of parts) {
    const { model, start } = part;
    append(blocks, model.blocks, start, false, moveBlock);
    append(nonProse, model.nonProse, start, true, moveRange);
    append(quotations, model.quotations, start, true, moveRange);
    append(headings, model.headings, start, true, moveRange);
    append(blockQuotes, model.blockQuotes, start, true, moveRange);
    // The part's first blocks start at an anchor of the whole text (anchorsOf leaves out its start; the parser may
    // start two nodes there, a definition and the paragraph after it, and the whole text's list has both).
    if (start > 0) for (const child of part.tree.children) if (child.position?.start.offset === 0) anchors.push(start);
    for (const anchor of anchorsOf(part.tree, part.text, start)) anchors.push(anchor);
    for (const definition of part.definitions) definitions.push(definition);
  }
  const model: ProseModel = { text, parsed: true, blocks, nonProse, quotations, headings, blockQuotes };
  return { model, anchors, definitions, frontMatter: startsWithFrontMatter(parts[0]!.tree) };
}
