// The completion as it was before it was indexed (every term of the lexicon and a search of the whole text for
// "(ABBR)" per match, on every request): kept only as the reference the property test compares doComplete with.
import type { Lexicon, Snippet } from '@natolex/data';
import { LineIndex, type LspPosition, type LspRange } from '../text/line-index.js';
import type { TextDocument } from '../workspace/policy.js';
import { INSERT_CITED_PASSAGE_COMMAND, type InsertCitedPassageArguments } from '../features/citation.js';
import { categoryLabel, definedForm, isShortForm, isSnippet, passagePlace } from '../features/describe.js';
import { fullFormOf } from '@natolex/data';
import { english } from '../messages.js';
import type { ServiceState } from '../features/state.js';

interface CompletionCommand {
  /** The command id (natolex.insertCitedPassage) and its one argument. */
  command: string;
  arguments: [InsertCitedPassageArguments];
}

interface CompletionSuggestion {
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

interface CompletionList {
  items: CompletionSuggestion[];
  /** True when typing more changes the list in ways the editor cannot filter itself (passage search): ask again. */
  isIncomplete: boolean;
}

/** The prefix that starts a passage search. */
const PASSAGE_TRIGGER = 'cite:';
const MAX_SUGGESTIONS = 100;
const MAX_PASSAGE_SUGGESTIONS = 20;
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

function passageSuggestions(state: ServiceState, document: TextDocument, lines: LineIndex, query: string, start: number, end: number): CompletionSuggestion[] {
  const { lexicon } = state;
  const words = query.trim();
  const ids = words === '' ? lexicon.snippets.map((snippet) => snippet.id) : lexicon.search(words, { kinds: ['snippet'], limit: MAX_PASSAGE_SUGGESTIONS * 2 }).map((hit) => hit.id);
  const range = lines.lspRange(start, end);
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

/** The completions at an LSP position of a document. */
export function referenceComplete(state: ServiceState, document: TextDocument, position: LspPosition): CompletionList {
  const lines = new LineIndex(document.text);
  const offset = lines.offsetAt(position);
  const passage = passageQueryAt(document.text, offset);
  if (passage) return { items: passageSuggestions(state, document, lines, passage.query, passage.start, offset), isIncomplete: true };
  return { items: termSuggestions(state, document.text, offset, lines), isIncomplete: false };
}

function termSuggestions(state: ServiceState, text: string, offset: number, lines: LineIndex): CompletionSuggestion[] {
  const { lexicon } = state;
  const t = state.translate ?? english;
  const suggestions: CompletionSuggestion[] = [];
  const seen = new Set<string>();
  const add = (suggestion: Omit<CompletionSuggestion, 'end' | 'range' | 'filterText'>) => {
    const key = `${suggestion.id}\u0000${suggestion.label}`;
    if (seen.has(key) || suggestions.length >= MAX_SUGGESTIONS) return;
    seen.add(key);
    suggestions.push({ ...suggestion, end: offset, range: lines.lspRange(suggestion.start, offset), filterText: suggestion.label });
  };
  for (const { prefix, start } of prefixesAt(text, offset)) {
    const wanted = prefix.toLowerCase();
    const matches = (form: string) => form.toLowerCase().startsWith(wanted) && (prefix.includes(' ') ? form.includes(' ') : true);
    // Acronyms first (as the list always was), then the other terms.
    for (const short of [true, false]) {
      for (const concept of lexicon.concepts) {
        for (const term of concept.terms) {
          if (isShortForm(term) !== short || term.status === 'deprecated' || term.status === 'superseded' || !matches(term.text)) continue;
          if (short) {
            const expansion = fullFormOf(concept, term.language)?.text;
            const defined = expansion === undefined || text.lastIndexOf(`(${term.text})`, start) !== -1;
            const detail = expansion ?? categoryLabel(concept.subjectField, t);
            add({ label: term.text, detail, insertText: defined ? term.text : definedForm(concept, term.text, term.language), start, kind: 'acronym', id: concept.id });
          } else {
            add({ label: term.text, detail: categoryLabel(concept.subjectField, t), insertText: term.text, start, kind: 'term', id: concept.id });
          }
        }
      }
    }
  }
  return suggestions;
}
