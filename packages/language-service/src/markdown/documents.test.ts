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
