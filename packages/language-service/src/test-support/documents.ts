// Helpers for the feature tests: a document from a text, and the LSP position of a word in it.
import { LineIndex, type LspPosition } from '../text/line-index.js';
import type { TextDocument } from '../workspace/policy.js';

export function doc(text: string, languageId = 'markdown', uri = 'file:///w/draft.md'): TextDocument {
  return { uri, languageId, text, version: 1 };
}

/** The position `delta` characters into the first occurrence of `word` (which must occur). */
export function positionOf(text: string, word: string, delta = 1): LspPosition {
  const at = text.indexOf(word);
  if (at === -1) throw new Error(`'${word}' is not in the text`);
  return new LineIndex(text).lspPosition(at + delta);
}
