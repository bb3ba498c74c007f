// A hard-wrapped paragraph must read like its unwrapped text: wrapping at any width, with any indentation or
// blockquote prefix on the continuation lines, finds exactly the matches of the one-line paragraph, at the mapped
// offsets. And the incremental state of the wrapped text agrees with a fresh scan after re-wrapping edits.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Match } from '../api.js';
import { createLexicon } from '../create-lexicon.js';
import { documentsArbitrary, formsOf, textArbitrary } from '../test-support/arbitraries.js';

const SEED = 20_251_201;
const BREAKS = ['\n', '\r\n', '\r', '\u2028'];
const PREFIXES = ['', '  ', '\t', '> ', '>> ', '  > > ', '>'];

interface Wrapped {
  text: string;
  /** Offset in the wrapped text of every offset of the unwrapped one (and of its length). */
  offsets: number[];
}

/** A one-line paragraph: the random text with its line breaks turned into spaces. */
const paragraph = (text: string): string => text.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ');

/**
 * Wraps `text` greedily at `width` columns: a single space between two non-space characters, once the line is that
 * long, becomes a line break and a continuation prefix.
 */
function wrap(text: string, width: number, lineBreak: string, prefix: string): Wrapped {
  let out = '';
  const offsets: number[] = [];
  let column = 0;
  for (let index = 0; index < text.length; index++) {
    offsets.push(out.length);
    const char = text[index]!;
    const single = char === ' ' && index > 0 && !/\s/u.test(text[index - 1]!) && index + 1 < text.length && !/\s/u.test(text[index + 1]!);
    if (single && column >= width) {
      out += lineBreak + prefix;
      column = prefix.length;
    } else {
      out += char;
      column++;
    }
  }
  offsets.push(out.length);
  return { text: out, offsets };
}

const moved = (matches: readonly Match[], wrapped: Wrapped): Match[] =>
  matches.map((match) => {
    const start = wrapped.offsets[match.start]!;
    const end = wrapped.offsets[match.end]!;
    return { start, end, text: wrapped.text.slice(start, end), id: match.id, term: match.term, kind: match.kind };
  });

const wrapCase = documentsArbitrary.chain((documents) =>
  fc.tuple(
    fc.constant(documents),
    textArbitrary(formsOf(documents), 60).map(paragraph),
    fc.integer({ min: 1, max: 40 }),
    fc.constantFrom(...BREAKS),
    fc.constantFrom(...PREFIXES),
  ),
);

describe('hard-wrapped paragraphs', () => {
  test('scan of the wrapped paragraph = scan of the unwrapped one, mapped back to offsets', () => {
    fc.assert(
      fc.property(wrapCase, ([documents, text, width, lineBreak, prefix]) => {
        const lexicon = createLexicon(documents, { bundled: false });
        const wrapped = wrap(text, width, lineBreak, prefix);
        expect(lexicon.scan(wrapped.text)).toEqual(moved(lexicon.scan(text), wrapped));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  test('re-wrapping a paragraph in place (one edit) leaves the incremental state equal to a fresh scan', () => {
    fc.assert(
      fc.property(wrapCase, fc.integer({ min: 1, max: 40 }), ([documents, text, width, lineBreak, prefix], otherWidth) => {
        const lexicon = createLexicon(documents, { bundled: false });
        const before = `Intro line.\n\n${wrap(text, width, lineBreak, prefix).text}\n\nLast line.`;
        const rewrapped = wrap(text, otherWidth, '\n', prefix).text;
        const state = lexicon.rescan(lexicon.scanState(before), { start: 13, end: before.length - 12, text: rewrapped });
        expect(state.matches).toEqual(lexicon.scan(state.text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  test('a blank line between two halves splits them: no match crosses it', () => {
    fc.assert(
      fc.property(wrapCase, fc.constantFrom('\n\n', '\n  \n', '\n>\n', '\r\n\r\n'), ([documents, text], blank) => {
        const lexicon = createLexicon(documents, { bundled: false });
        const split = `${text}${blank}${text}`;
        for (const match of lexicon.scan(split)) expect(match.end <= text.length || match.start >= text.length + blank.length).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
