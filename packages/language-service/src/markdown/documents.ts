// The per-document Markdown state an editor session keeps: for each open document, the last text's prose model and
// prose matches. A new text is compared with the last one (common start and end), and only what changed is re-read
// (incremental.ts), so a keystroke in a long draft costs the edited blocks, not a parse of the whole draft.
import type { Lexicon, Match, TextEdit } from '@natolex/data';
import { updateProse, updateProseMatches, proseState, type ProseState } from './incremental.js';
import type { ProseModel } from './prose.js';

/** A text's prose model and the lexicon's matches in its prose (what check.ts would compute). */
export interface PreparedProse {
  model: ProseModel;
  matches: Match[];
}

interface Entry {
  state: ProseState;
  lexicon: Pick<Lexicon, 'scan'>;
  matches: Match[];
}

/** Documents kept at most (least recently used dropped first): an editor has a few open, not thousands. */
export const MAX_PROSE_DOCUMENTS = 64;
const CHUNK = 4096;

/** Length of the common start of two strings: chunk comparisons, then code units. */
function commonStart(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let at = 0;
  while (at + CHUNK <= max && a.slice(at, at + CHUNK) === b.slice(at, at + CHUNK)) at += CHUNK;
  while (at < max && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Length of the common end of two strings, not reaching into their first `keep` code units. */
function commonEnd(a: string, b: string, keep: number): number {
  const max = Math.min(a.length, b.length) - keep;
  let at = 0;
  while (at + CHUNK <= max && a.slice(a.length - at - CHUNK, a.length - at) === b.slice(b.length - at - CHUNK, b.length - at)) at += CHUNK;
  while (at < max && a.charCodeAt(a.length - at - 1) === b.charCodeAt(b.length - at - 1)) at++;
  return at;
}

/** The one replacement that turns `before` into `after`. */
export function editBetween(before: string, after: string): TextEdit {
  const start = commonStart(before, after);
  const end = commonEnd(before, after, start);
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}

/** Whether `edit` can be what turned `before` into `after`: in range, the lengths agree, its text is at its place. */
function fits(edit: TextEdit, before: string, after: string): boolean {
  const { start, end, text } = edit;
  if (!Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string' || start < 0 || start > end || end > before.length) return false;
  if (before.length - (end - start) + text.length !== after.length || !after.startsWith(text, start)) return false;
  // The characters either side are unchanged (catches most edits of another version of the text).
  return before.charCodeAt(start - 1) === after.charCodeAt(start - 1) && before.charCodeAt(end) === after.charCodeAt(start + text.length);
}

export class ProseDocuments {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = MAX_PROSE_DOCUMENTS) {}

  /**
   * The prose model and matches of `text`, the document's last ones updated where the text changed. `edit`, if the
   * caller knows it, is the one replacement that made `text` of the document's last text (an editor's change event):
   * then the texts are not compared. An edit that does not fit (lengths, or its text is not at its place) is ignored.
   */
  prepare(uri: string, text: string, lexicon: Pick<Lexicon, 'scan'>, edit?: TextEdit): PreparedProse {
    const last = this.entries.get(uri);
    let entry: Entry;
    if (last === undefined) {
      const state = proseState(text);
      entry = { state, lexicon, matches: updateProseMatches(lexicon, [], { state }) };
    } else if (last.state.model.text === text) {
      entry = last.lexicon === lexicon ? last : { ...last, lexicon, matches: updateProseMatches(lexicon, [], { state: last.state }) };
    } else {
      const lastText = last.state.model.text;
      const update = updateProse(last.state, edit !== undefined && fits(edit, lastText, text) ? edit : editBetween(lastText, text), text);
      const matches = updateProseMatches(lexicon, last.lexicon === lexicon ? last.matches : [], last.lexicon === lexicon ? update : { state: update.state });
      entry = { state: update.state, lexicon, matches };
    }
    this.entries.delete(uri);
    this.entries.set(uri, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return { model: entry.state.model, matches: entry.matches };
  }

  /** Drops a document (closed). */
  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
