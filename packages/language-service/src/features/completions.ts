// Completion while typing, over every term of every concept (indexed once per lexicon: suggestion-index.ts). Acronyms (and abbreviations) offer their definition
// "Full Form (ABBR)", or just the acronym once the document has defined it; other terms offer their written form.
// Each suggestion's detail names the concept (an acronym's full form, else the subject field). Prefixes match
// case-insensitively at the start of a term; a spaced acronym ("UN CTC") also matches the two words before the
// cursor. Retired terms are not offered: the writer would only be told to change them.
// Passages: LSP has no picker, so typing `cite:` and a few words lists the corpus passages they find; choosing one
// removes what was typed and asks the adapter to run natolex.insertCitedPassage there (the insertion has edits
// elsewhere in the document too: the footnote definition, renumbered footnotes).
// A request reads the cursor's line (through the caller's line offsets, when it has them) and at most MAX_PREFIX
// characters before the cursor; "already defined" is looked up per document text (defined-acronyms.ts).
import type { Lexicon, Snippet } from '@natolex/data';
import { LineIndex, type LspPosition, type LspRange } from '../text/line-index.js';
import type { TextDocument } from '../workspace/policy.js';
import { INSERT_CITED_PASSAGE_COMMAND, type InsertCitedPassageArguments } from './citation.js';
import { categoryLabel, definedForm, isSnippet, passagePlace } from './describe.js';
import { definedBefore } from './defined-acronyms.js';
import { lineAt, positionNear, type DocumentLine, type LineOffsets } from './document-line.js';
import { suggestionIndexOf } from './suggestion-index.js';
import { fullFormOf } from '@natolex/data';
import { english } from '../messages.js';
import type { ServiceState } from './state.js';

export interface CompletionCommand {
  /** The command id (natolex.insertCitedPassage) and its one argument. */
  command: string;
  arguments: [InsertCitedPassageArguments];
}

export interface CompletionSuggestion {
  /** What the list shows: the acronym or term as written, or the passage's topic › section. */
  label: string;
  /** Short explanation: the full form of an acronym, the subject field of a term, the start of a passage. */
  detail: string;
  /** What replaces [start, end). */
  insertText: string;
  /** What the editor filters on: the text being replaced (for passages, `cite:` and the query). */
  filterText: string;
  /** The replaced range: offsets (it ends at the cursor) and LSP range. */
  start: number;
  end: number;
  range: LspRange;
  kind: 'acronym' | 'term' | 'passage';
  /** The concept's id (or the passage's). */
  id: string;
  /** Passages: what to run once the item is inserted. */
  command?: CompletionCommand;
}

export interface CompletionList {
  items: CompletionSuggestion[];
  /** True when typing more changes the list in ways the editor cannot filter itself (passage search): ask again. */
  isIncomplete: boolean;
}

/** The prefix that starts a passage search. */
export const PASSAGE_TRIGGER = 'cite:';
export const MAX_SUGGESTIONS = 100;
export const MAX_PASSAGE_SUGGESTIONS = 20;
/** Furthest back the prefix is looked for: completion looks at the text around the cursor only. */
const MAX_PREFIX = 100;

const WORD_CHAR = /[\p{L}\p{N}\-/’']/u;

/** The prefixes to complete at `offset`: the word before it, and the two words before it. */
function prefixesAt(text: string, offset: number): Array<{ prefix: string; start: number }> {
  let start = offset;
  while (start > 0 && offset - start < MAX_PREFIX && WORD_CHAR.test(text[start - 1]!)) start--;
  const prefixes = start < offset ? [{ prefix: text.slice(start, offset), start }] : [];
  if (text[start - 1] === ' ') {
    let previous = start - 1;
    while (previous > 0 && start - previous < MAX_PREFIX && WORD_CHAR.test(text[previous - 1]!)) previous--;
    if (previous < start - 1) prefixes.push({ prefix: text.slice(previous, offset), start: previous });
  }
  return prefixes;
}

/** `cite:` and the query typed after it on this line, if the cursor is in one. */
function passageQueryAt(text: string, offset: number): { query: string; start: number } | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - MAX_PREFIX);
  const before = text.slice(lineStart, offset);
  const at = before.lastIndexOf(PASSAGE_TRIGGER);
  if (at === -1) return undefined;
  if (at > 0 && WORD_CHAR.test(before[at - 1]!)) return undefined; // "precite:" is not the trigger
  return { query: before.slice(at + PASSAGE_TRIGGER.length), start: lineStart + at };
}

function excerpt(text: string, length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function citable(lexicon: Lexicon, id: string): Snippet | undefined {
  const record = lexicon.get(id);
  return isSnippet(record) && record.role !== 'stub' ? record : undefined;
}

/** Where the cursor is: its line (through `lines`) and LSP ranges of offsets near it. */
interface Cursor {
  here: DocumentLine;
  range(start: number, end: number): LspRange;
}

function passageSuggestions(state: ServiceState, document: TextDocument, cursor: Cursor, query: string, start: number, end: number): CompletionSuggestion[] {
  const { lexicon } = state;
  const words = query.trim();
  const ids = words === '' ? lexicon.snippets.map((snippet) => snippet.id) : lexicon.search(words, { kinds: ['snippet'], limit: MAX_PASSAGE_SUGGESTIONS * 2 }).map((hit) => hit.id);
  const range = cursor.range(start, end);
  const suggestions: CompletionSuggestion[] = [];
  for (const id of ids) {
    const snippet = citable(lexicon, id);
    if (!snippet) continue;
    suggestions.push({
      label: passagePlace(lexicon, snippet).label,
      detail: excerpt(snippet.text),
      insertText: '',
      filterText: document.text.slice(start, end),
      start,
      end,
      range,
      kind: 'passage',
      id,
      command: { command: INSERT_CITED_PASSAGE_COMMAND, arguments: [{ uri: document.uri, snippetId: id, position: range.start }] },
    });
    if (suggestions.length >= MAX_PASSAGE_SUGGESTIONS) break;
  }
  return suggestions;
}

/**
 * The completions at an LSP position of a document. `lines`: the document's line offsets when the caller keeps
 * them (an LSP TextDocument does); without them the text is indexed for this request.
 */
export function doComplete(state: ServiceState, document: TextDocument, position: LspPosition, lines: LineOffsets = new LineIndex(document.text)): CompletionList {
  const here = lineAt(document.text, lines, position);
  const cursor: Cursor = { here, range: (start, end) => ({ start: positionNear(lines, here, start), end: positionNear(lines, here, end) }) };
  const offset = here.offset;
  const passage = passageQueryAt(document.text, offset);
  if (passage) return { items: passageSuggestions(state, document, cursor, passage.query, passage.start, offset), isIncomplete: true };
  return { items: termSuggestions(state, document, offset, cursor), isIncomplete: false };
}

function termSuggestions(state: ServiceState, document: TextDocument, offset: number, cursor: Cursor): CompletionSuggestion[] {
  const { lexicon } = state;
  const { text } = document;
  const t = state.translate ?? english;
  const index = suggestionIndexOf(lexicon);
  const suggestions: CompletionSuggestion[] = [];
  const seen = new Set<string>();
  const add = (suggestion: Omit<CompletionSuggestion, 'end' | 'range' | 'filterText'>) => {
    const key = `${suggestion.id}\u0000${suggestion.label}`;
    if (seen.has(key) || suggestions.length >= MAX_SUGGESTIONS) return;
    seen.add(key);
    suggestions.push({ ...suggestion, end: offset, range: cursor.range(suggestion.start, offset), filterText: suggestion.label });
  };
  for (const { prefix, start } of prefixesAt(text, offset)) {
    const spaced = prefix.includes(' ');
    // Acronyms first (as the list always was), then the other terms: the index's order.
    for (const { concept, term, short } of index.matching(prefix.toLowerCase())) {
      if (suggestions.length >= MAX_SUGGESTIONS) break;
      if (spaced && !term.text.includes(' ')) continue;
      if (short) {
        const expansion = fullFormOf(concept, term.language)?.text;
        const defined = expansion === undefined || definedBefore(document, term.text, start);
        const detail = expansion ?? categoryLabel(concept.subjectField, t);
        add({ label: term.text, detail, insertText: defined ? term.text : definedForm(concept, term.text, term.language), start, kind: 'acronym', id: concept.id });
      } else {
        add({ label: term.text, detail: categoryLabel(concept.subjectField, t), insertText: term.text, start, kind: 'term', id: concept.id });
      }
    }
  }
  return suggestions;
}
