import { createLexicon } from '@natolex/data';
import { doHover, type ServiceState } from '@natolex/language-service';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { hoverLine } from './hover-line.js';

const state: ServiceState = { lexicon: createLexicon() };

/** The hover as doHover gives it on the whole text, and as the server gives it through the hovered line. */
function both(document: TextDocument, position: { line: number; character: number }) {
  const whole = doHover(state, { uri: document.uri, languageId: document.languageId, text: document.getText(), version: document.version }, position);
  const line = hoverLine(document, position);
  const cut = doHover(state, line.document, line.position);
  return { whole, line: cut && line.place(cut) };
}

// Pieces of drafts: corpus acronyms and terms, plain words, every kind of line break, a UTF-16 surrogate pair, and
// a long line (past the 2,048-character window doHover scans on very long lines).
const PIECES = ['NUC', 'PfP', 'NTM-I', 'UN CTC', 'North Atlantic Council', ' the ', 'met', '(KFOR)', '😀', '\n', '\r\n', '\r', '\n\n', '  ', 'policy '.repeat(700)];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
const coordinate = fc.oneof(fc.integer({ min: -2, max: 12 }), fc.integer({ min: 0, max: 6000 }), fc.constantFrom(Number.NaN, 2.5, Number.POSITIVE_INFINITY));

describe('hoverLine', () => {
  it('gives the hover doHover gives on the whole text, at any position (CRLF, CR, long lines, out of range)', () => {
    fc.assert(
      fc.property(texts, coordinate, coordinate, (text, line, character) => {
        const document = TextDocument.create('file:///draft.md', 'markdown', 1, text);
        const { whole, line: cut } = both(document, { line, character });
        expect(cut).toEqual(whole);
      }),
      { seed: 20261202, numRuns: 400 },
    );
  });

  it('finds the line through the offsets the document keeps up to date on incremental edits', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...PIECES)), { maxLength: 8 }), coordinate, coordinate, (text, edits, line, character) => {
        const document = TextDocument.create('file:///draft.md', 'markdown', 1, text);
        for (const [at, length, inserted] of edits) {
          const start = document.positionAt(at % (document.getText().length + 1));
          const end = document.positionAt(document.offsetAt(start) + length);
          TextDocument.update(document, [{ range: { start, end }, text: inserted }], document.version + 1);
        }
        const { whole, line: cut } = both(document, { line, character });
        expect(cut).toEqual(whole);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('places a hover on a later line at its line and offset in the whole document', () => {
    const document = TextDocument.create('file:///draft.md', 'markdown', 1, '# Report\r\n\r\nThe staff met.\rLater the NUC met.');
    const { whole, line } = both(document, { line: 3, character: 11 });
    expect(line).toMatchObject({ start: 37, end: 40, range: { start: { line: 3, character: 10 }, end: { line: 3, character: 13 } } });
    expect(line).toEqual(whole);
  });
});
