// Speed must never cost correctness: the engine must find exactly what the naive reference finds.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import fixture from '../test-fixtures/fixture-v2.lexicon.json' with { type: 'json' };
import type { LexiconDocument, Match } from '../api.js';
import { createLexicon } from '../create-lexicon.js';
import { documentsArbitrary, formsOf, hostileTextArbitrary, textArbitrary } from '../test-support/arbitraries.js';
import { naiveScan } from '../test-support/naive-reference.js';

const SEED = 20_240_611;
const fixtureDocument = fixture as LexiconDocument;

const lexiconAndText = documentsArbitrary.chain((documents) => fc.tuple(fc.constant(documents), textArbitrary(formsOf(documents))));

describe('engine == naive reference', () => {
  test('scan returns exactly the naive matches on random lexicons and texts', () => {
    fc.assert(
      fc.property(lexiconAndText, ([documents, text]) => {
        const lexicon = createLexicon(documents, { bundled: false });
        expect(lexicon.scan(text)).toEqual(naiveScan(documents, text));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  test('lookup finds every written form, and scan of the form alone agrees with it', () => {
    fc.assert(
      fc.property(documentsArbitrary, (documents) => {
        const lexicon = createLexicon(documents, { bundled: false });
        for (const form of formsOf(documents)) {
          const found = lexicon.lookup(form);
          const [whole] = naiveScan(documents, form.trim()).filter((match) => match.start === 0 && match.end === form.trim().length);
          expect(found?.concept.id).toBe(whole?.id);
          expect(found?.term).toBe(whole?.term);
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

function checkShape(text: string, matches: readonly Match[], known: (id: string) => boolean): void {
  let previousEnd = 0;
  for (const match of matches) {
    expect(match.start).toBeGreaterThanOrEqual(previousEnd);
    expect(match.end).toBeGreaterThan(match.start);
    expect(match.end).toBeLessThanOrEqual(text.length);
    expect(match.text).toBe(text.slice(match.start, match.end));
    expect(known(match.id)).toBe(true);
    previousEnd = match.end;
  }
}

describe('scan on hostile input', () => {
  const lexicon = createLexicon([fixtureDocument]);
  test('never throws on arbitrary Unicode; offsets in bounds, sorted, non-overlapping (10,000 cases)', () => {
    fc.assert(
      fc.property(hostileTextArbitrary, (text) => {
        checkShape(text, lexicon.scan(text), (id) => lexicon.get(id) !== undefined);
      }),
      { seed: SEED, numRuns: 10_000 },
    );
  });
});

describe('rescan == full scan', () => {
  const editsArbitrary = (forms: readonly string[]) =>
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), textArbitrary(forms, 6)), { minLength: 1, maxLength: 8 });

  test('after random edits (incl. line breaks) the incremental state equals a fresh scan', () => {
    fc.assert(
      fc.property(
        documentsArbitrary.chain((documents) => {
          const forms = formsOf(documents);
          return fc.tuple(fc.constant(documents), textArbitrary(forms), editsArbitrary(forms));
        }),
        ([documents, text, edits]) => {
          const lexicon = createLexicon(documents, { bundled: false });
          let state = lexicon.scanState(text);
          for (const [at, length, inserted] of edits) {
            const start = state.text.length === 0 ? 0 : at % (state.text.length + 1);
            const end = Math.min(state.text.length, start + length);
            state = lexicon.rescan(state, { start, end, text: inserted });
            expect(state.matches).toEqual(lexicon.scan(state.text));
          }
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  test('on hostile text and edits', () => {
    const lexicon = createLexicon([fixtureDocument], { bundled: false });
    fc.assert(
      fc.property(hostileTextArbitrary, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), hostileTextArbitrary), { maxLength: 5 }), (text, edits) => {
        let state = lexicon.scanState(text);
        for (const [at, length, inserted] of edits) {
          const start = at % (state.text.length + 1);
          state = lexicon.rescan(state, { start, end: Math.min(state.text.length, start + length), text: inserted });
        }
        expect(state.matches).toEqual(lexicon.scan(state.text));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
