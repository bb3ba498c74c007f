// Re-reading a Markdown text after an edit: only the top-level blocks around the edit are parsed again, and the
// result is exactly the prose model a parse of the whole text gives (the property test in incremental.test.ts).
//
// Why a part can be parsed alone. An *anchor* is the start of a top-level block that follows a blank line and
// starts in column 0 with a character that cannot continue anything open before it (not a space, list marker,
// digit or fence character). After a blank line every container is closed except fenced code, HTML blocks of types
// 1-5 and front matter; a column-0 line of that kind closes lists, quotes, footnote definitions and indented code.
// So the parse from an anchor on depends on the text before it only through reference and footnote definitions
// (they apply anywhere) and through those three constructs still being open. The re-read part:
// - starts at the last anchor before the edit (its first character is untouched), else at the text's start;
// - ends at an anchor after the edit, checked in the new text: a sentinel line put there must start a top-level
//   paragraph of its own (nothing left open), else the part is widened (doubling, so the work stays linear) up to
//   the text's end;
// - is parsed with the definitions made outside it appended (a dummy "[label]: x" each), so its links resolve as in
//   the whole text.
// The whole text is read instead (and the update says why) when: the previous model came from the simple reader;
// the edit adds, removes or relabels a definition (links anywhere may change); the text starts with a front matter
// fence that is not closed (it could close anywhere, and the parser reads the rest differently until it does) or front
// matter appears or goes; the part nests too deeply or the parser fails.
import type { Lexicon, Match, TextEdit } from '@natolex/data';
import { anchorsOf, blankLineBefore, closedAt, definitionsOf, dummiesOf, SENTINEL, startsWithFrontMatter, type Definition } from './anchors.js';
import { firstEndingAfter, proseMatches, proseMatchesOf } from './matches.js';
import { readWhole } from './parts.js';
import { readProse, simpleModel, type ProseBlock, type ProseModel, type TextRange } from './prose.js';

/** The prose model with what re-reading a part of its text needs. Treat as opaque. */
export interface ProseState {
  readonly model: ProseModel;
  /** Anchors (see above) after the text's start, sorted. */
  readonly anchors: readonly number[];
  /** Definitions, sorted by start. */
  readonly definitions: readonly Definition[];
  /** The text starts with front matter (closed). */
  readonly frontMatter: boolean;
}

export interface ProseUpdate {
  state: ProseState;
  /** What was re-read: [start, oldEnd) of the old text is [start, newEnd) of the new. Undefined: the whole text. */
  reread?: { start: number; oldEnd: number; newEnd: number };
  /** Why the whole text was read, when it was. */
  fullReason?: string;
}

const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)/;

/** The prose model of a whole text, ready to be updated (read in parts, parts.ts). */
export function proseState(text: string): ProseState {
  return readWhole(text) ?? { model: simpleModel(text), anchors: [], definitions: [], frontMatter: false };
}

/** Index of the first sorted value >= `value`. */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first item whose start is >= `offset`. */
function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const sameKeys = (a: readonly Definition[], b: readonly Definition[]): boolean => {
  if (a.length !== b.length) return false;
  const left = a.map((definition) => definition.key).sort();
  const right = b.map((definition) => definition.key).sort();
  return left.every((key, index) => key === right[index]);
};

/** A range moved to [start, end), as a new object of the same shape (object literals: spreads are slow here). */
type Move<T extends TextRange> = (range: T, start: number, end: number) => T;
const moveRange: Move<TextRange> = (_range, start, end) => ({ start, end });
const moveBlock: Move<ProseBlock> = (block, start, end) => ({ start, end, kind: block.kind, quoted: block.quoted });

/**
 * Sorted ranges: `old`'s before `start`, the re-read part's (`middle`, relative to `start`), `old`'s from `oldEnd` on
 * shifted by `delta`. Ranges that cross a seam (the non-prose between blocks) are cut there; with `merge`, ranges
 * that touch at a seam are joined again, as mergeRanges joins them in a full read.
 */
function splice<T extends TextRange>(old: readonly T[], start: number, oldEnd: number, delta: number, middle: readonly T[], merge: boolean, move: Move<T>): T[] {
  const before = firstStartingFrom(old, start);
  const out = old.slice(0, before);
  const last = out[out.length - 1];
  if (last !== undefined && last.end > start) out[out.length - 1] = move(last, last.start, start);
  const push = (range: T, from: number, to: number) => {
    const previous = out[out.length - 1];
    if (merge && previous !== undefined && from <= previous.end) out[out.length - 1] = move(previous, previous.start, Math.max(previous.end, to));
    else out.push(range.start === from && range.end === to ? range : move(range, from, to));
  };
  for (const range of middle) push(range, range.start + start, range.end + start);
  for (let at = firstEndingAfter(old, oldEnd); at < old.length; at++) {
    const range = old[at]!;
    push(range, Math.max(range.start, oldEnd) + delta, range.end + delta);
  }
  return out;
}

/**
 * The state of the text after `edit`: the affected top-level blocks re-read, or the whole text when that is not safe.
 * `newText` is the edited text if the caller has it (else it is built); only the re-read part of it is read here, so
 * a text the caller has not flattened yet stays unread.
 */
export function updateProse(state: ProseState, edit: TextEdit, newText?: string): ProseUpdate {
  const oldText = state.model.text;
  if (!Number.isInteger(edit.start) || !Number.isInteger(edit.end) || edit.start < 0 || edit.start > edit.end || edit.end > oldText.length || typeof edit.text !== 'string') {
    throw new RangeError(`updateProse: the edit must replace [start, end) with 0 <= start <= end <= ${oldText.length} by a string`);
  }
  const text = newText ?? oldText.slice(0, edit.start) + edit.text + oldText.slice(edit.end);
  const delta = edit.text.length - (edit.end - edit.start);
  const whole = (fullReason: string): ProseUpdate => ({ state: proseState(text), fullReason });
  if (!state.model.parsed) return whole('the text is read by the simple reader');
  const { anchors, definitions } = state;
  const before = firstAtLeast(anchors, edit.start) - 1;
  const start = before >= 0 ? anchors[before]! : 0;
  // A front matter fence at the start that does not close changes how the parser reads the rest (it then misses
  // footnote definitions, for one), and front matter that appears or goes could too: read the whole text then.
  const head = edit.start >= 3 ? oldText.slice(0, 3) : oldText.slice(0, edit.start) + edit.text + oldText.slice(edit.end, edit.end + 3);
  const fenced = FRONT_MATTER_FENCE.test(oldText.slice(0, 3)) || FRONT_MATTER_FENCE.test(head);
  const frontMatterChanges = 'the text starts with a front matter fence that is not closed, or front matter appears or goes';
  if (fenced && !state.frontMatter) return whole(frontMatterChanges);
  let next = firstAtLeast(anchors, edit.end);
  for (;;) {
    const oldEnd = next < anchors.length ? anchors[next]! : oldText.length;
    const toEnd = oldEnd === oldText.length;
    const newEnd = oldEnd + delta;
    // The part from the old text and the edit: the new text itself is not read (see above).
    const part = start <= edit.start ? oldText.slice(start, edit.start) + edit.text + oldText.slice(edit.end, oldEnd) : text.slice(start, newEnd);
    if (!toEnd && !blankLineBefore(part, part.length)) {
      next++;
      continue;
    }
    const outside = [...definitions.slice(0, firstStartingFrom(definitions, start)), ...definitions.slice(firstStartingFrom(definitions, oldEnd))];
    const dummies = dummiesOf(outside);
    const source = `${part}${toEnd ? '' : SENTINEL}${dummies.map((dummy) => `\n\n${dummy}`).join('')}`;
    const read = readProse(source, part.length, start === 0);
    if (read === undefined) return whole('the edited part nests too deeply for the parser, or the parser failed');
    const { tree } = read;
    const closed = toEnd || closedAt(tree, part.length);
    if (fenced && start === 0 && !startsWithFrontMatter(tree)) return whole(frontMatterChanges);
    if (!closed) {
      // Something is still open at the end of the part: take in at least as much again.
      next = Math.max(next + 1, firstAtLeast(anchors, start + 2 * (oldEnd - start)));
      continue;
    }
    const found = definitionsOf(tree, source.length, start);
    const inPart = found.filter((definition) => definition.start < start + part.length);
    if (found.length - inPart.length !== dummies.length) return whole('the definitions made elsewhere do not read back after the edited part');
    const oldInPart = definitions.slice(firstStartingFrom(definitions, start), firstStartingFrom(definitions, oldEnd));
    if (!sameKeys(inPart, oldInPart)) return whole('the edit adds, removes or relabels a reference or footnote definition');
    const { model } = read;
    const shifted = (values: readonly number[]) => (delta === 0 ? values : values.map((value) => value + delta));
    const shiftedDefinitions = (items: readonly Definition[]) => (delta === 0 ? items : items.map((item) => ({ ...item, start: item.start + delta })));
    const newModel: ProseModel = {
      text,
      parsed: true,
      blocks: splice(state.model.blocks, start, oldEnd, delta, model.blocks, false, moveBlock),
      nonProse: splice<TextRange>(state.model.nonProse, start, oldEnd, delta, model.nonProse, true, moveRange),
      quotations: splice<TextRange>(state.model.quotations, start, oldEnd, delta, model.quotations, true, moveRange),
      headings: splice<TextRange>(state.model.headings, start, oldEnd, delta, model.headings, true, moveRange),
      blockQuotes: splice<TextRange>(state.model.blockQuotes, start, oldEnd, delta, model.blockQuotes, true, moveRange),
    };
    return {
      state: {
        model: newModel,
        anchors: [...anchors.slice(0, before + 1), ...anchorsOf(tree, part, start), ...shifted(anchors.slice(firstAtLeast(anchors, oldEnd)))],
        definitions: [...definitions.slice(0, firstStartingFrom(definitions, start)), ...inPart, ...shiftedDefinitions(definitions.slice(firstStartingFrom(definitions, oldEnd)))],
        frontMatter: start === 0 ? startsWithFrontMatter(tree) : state.frontMatter,
      },
      reread: { start, oldEnd, newEnd },
    };
  }
}

/** Index of the first match whose start is >= offset. */
const firstMatchFrom = (matches: readonly Match[], offset: number): number => firstStartingFrom(matches, offset);

/**
 * A match with a copy of its text: V8 makes a slice of 13 or more characters a view of the whole text, so a kept match
 * would keep that edit's whole text alive for the rest of the session (one text per edit).
 */
function detached(match: Match): Match {
  return match.text.length < 13 ? match : { start: match.start, end: match.end, text: ` ${match.text}`.slice(1), id: match.id, term: match.term, kind: match.kind };
}

/**
 * The prose matches after an update, from the matches before it: the re-read part's blocks are scanned again, the
 * rest is kept (shifted). Equal to proseMatches of the new model: a block's matches depend on the block alone. The
 * matches' texts are copies (see detached), as they outlive the text they were found in.
 */
export function updateProseMatches(lexicon: Pick<Lexicon, 'scan'>, previous: readonly Match[], update: ProseUpdate): Match[] {
  const { model } = update.state;
  if (update.reread === undefined) return proseMatches(lexicon, model).map(detached);
  const { start, oldEnd, newEnd } = update.reread;
  const delta = newEnd - oldEnd;
  const blocks = model.blocks.slice(firstStartingFrom(model.blocks, start), firstStartingFrom(model.blocks, newEnd));
  const matches = previous.slice(0, firstMatchFrom(previous, start));
  for (const match of proseMatchesOf(lexicon, model, blocks)) matches.push(detached(match));
  for (let at = firstMatchFrom(previous, oldEnd); at < previous.length; at++) {
    const match = previous[at]!;
    matches.push(delta === 0 ? match : { start: match.start + delta, end: match.end + delta, text: match.text, id: match.id, term: match.term, kind: match.kind });
  }
  return matches;
}
