import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../check.js';
import { lexicon } from '../test-support/lexicon.js';
import { ProseDocuments, editBetween } from './documents.js';
import { proseMatches } from './matches.js';
import { proseModel } from './prose.js';

describe('editBetween', () => {
  it('is the one replacement that turns one text into the other', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9000 }), fc.string({ maxLength: 9000 }), fc.string({ maxLength: 30 }), fc.nat(), (a, common, b, cut) => {
        const before = common.slice(0, cut % (common.length + 1)) + a + common.slice(cut % (common.length + 1));
        const after = common.slice(0, cut % (common.length + 1)) + b + common.slice(cut % (common.length + 1));
        const edit = editBetween(before, after);
        expect(before.slice(0, edit.start) + edit.text + before.slice(edit.end)).toBe(after);
        expect(edit.start).toBeLessThanOrEqual(edit.end);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('ProseDocuments', () => {
  it('gives each document the model and matches of its current text', () => {
    const documents = new ProseDocuments(2);
    let text = Array.from({ length: 50 }, (_, index) => `Paragraph ${index} on the NUC.`).join('\n\n');
    for (const inserted of [' PfP', '\n\n```\n', 'x', '\n```\n', '']) {
      const at = text.length >> 1;
      text = text.slice(0, at) + inserted + text.slice(at + (inserted === '' ? 3 : 0));
      const prepared = documents.prepare('file:///a.md', text, lexicon);
      documents.prepare('file:///b.md', 'The NUC.', lexicon);
      expect(prepared.model).toEqual(proseModel(text));
      expect(prepared.matches).toEqual(proseMatches(lexicon, proseModel(text)));
    }
    documents.prepare('file:///c.md', 'x', lexicon); // a third document drops the least recently used
    documents.forget('file:///a.md');
    expect(documents.prepare('file:///a.md', 'The PfP.', lexicon).matches.map((match) => match.text)).toEqual(['PfP']);
  });

  it('uses the edit the caller gives, and compares the texts when the edit does not fit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('', ' PfP', '\n\n', '```\n', 'NUC', '# ')), { minLength: 1, maxLength: 10 }), fc.boolean(), (steps, lie) => {
        const documents = new ProseDocuments();
        let text = Array.from({ length: 30 }, (_, index) => `Paragraph ${index} on the NUC.`).join('\n\n');
        documents.prepare('file:///a.md', text, lexicon);
        for (const [at, length, inserted] of steps) {
          const start = at % (text.length + 1);
          const edit = { start, end: Math.min(text.length, start + length), text: inserted };
          text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
          // A lying caller: an edit one character off, or of the wrong length.
          const given = lie ? { ...edit, start: Math.max(0, edit.start - 1), end: edit.end + 1 } : edit;
          const prepared = documents.prepare('file:///a.md', text, lexicon, given);
          expect(prepared.model).toEqual(proseModel(text));
          expect(prepared.matches).toEqual(proseMatches(lexicon, proseModel(text)));
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('leaves checkDocument\'s findings as a fresh check gives them, edit after edit', () => {
    const documents = new ProseDocuments();
    let text = '# Title\n\nThe NUC met.\n\n> A quoted PfP.\n\nSee [NUC][ref].\n\n[ref]: https://example.org/NUC\n';
    for (const [at, inserted] of [[10, 'NATO-Ukraine Commission (NUC) '], [0, 'The PfP.\n\n'], [text.length, '\nMore PfP.\n']] as const) {
      text = text.slice(0, at) + inserted + text.slice(at);
      const document = { uri: 'file:///draft.md', languageId: 'markdown', text, version: 1 };
      expect(checkDocument(lexicon, document, { documents })).toEqual(checkDocument(lexicon, document));
    }
  });
});
