// The server completes through the open document's own line offsets (kept up to date on incremental edits) instead
// of a line index of the whole text: the completion must be the one the whole-text index gives, at any position.
import { createLexicon } from '@natolex/data';
import { doComplete, type ServiceState } from '@natolex/language-service';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';

const state: ServiceState = { lexicon: createLexicon() };
const PIECES = ['NU', '(NUC)', 'PfP', 'UN C', 'the ', 'cite:', 'cite:ukraine', '😀', '\n', '\r\n', '\r', '  ', 'x'.repeat(150)];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
const coordinate = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.integer({ min: 0, max: 600 }), fc.constantFrom(Number.NaN, 2.5, Number.POSITIVE_INFINITY));

describe('completion through the document line offsets', () => {
  it('equals the completion on the whole text, after incremental edits, at any position', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...PIECES)), { maxLength: 8 }), coordinate, coordinate, (text, edits, line, character) => {
        const document = TextDocument.create('file:///draft.md', 'markdown', 1, text);
        for (const [at, length, inserted] of edits) {
          const start = document.positionAt(at % (document.getText().length + 1));
          const end = document.positionAt(document.offsetAt(start) + length);
          TextDocument.update(document, [{ range: { start, end }, text: inserted }], document.version + 1);
        }
        const service = { uri: document.uri, languageId: 'markdown', text: document.getText(), version: document.version };
        expect(doComplete(state, service, { line, character }, document)).toEqual(doComplete(state, service, { line, character }));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
