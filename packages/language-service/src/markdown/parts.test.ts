import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../test-support/lexicon.js';
import { proseMatches } from './matches.js';
import { onePiece, PART_SIZE, readWhole } from './parts.js';
import { proseModel } from './prose.js';

// Lines that open, close or continue every construct a cut between parts has to respect.
const LINES = [
  'The NUC met the PfP.',
  'Commission (NUC) met.',
  '# The NUC',
  'Heading',
  '===',
  '> quoted NUC text',
  '> [NUC]: https://example.org/NUC',
  '- a NUC list item',
  '1. first',
  '  continued NUC',
  '    indented NUC code',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<div>',
  '<pre>',
  '</pre>',
  '---',
  '+++',
  'title: NUC',
  '[NUC]: https://example.org/NUC',
  '[Foo\n bar]: x',
  '[^n]: the NUC note',
  'See [NUC], [foo bar], [x][NUC] and [^n].',
  '| NUC | PfP |',
  '|-----|-----|',
  'a NUC',
  ':-',
  '"a quoted NUC" here',
  '*a'.repeat(140),
  '',
  '',
  '',
  '',
  '',
  '',
];
const documents = fc.tuple(fc.array(fc.constantFrom(...LINES), { minLength: 10, maxLength: 80 }), fc.boolean()).map(([lines, crlf]) => lines.join(crlf ? '\r\n' : '\n'));

describe('readWhole', () => {
  it('reads a text in parts exactly as in one piece: model, anchors, definitions and front matter', () => {
    let cut = 0;
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 40 }), (text, partSize) => {
        const parts = readWhole(text, partSize);
        const whole = onePiece(text);
        if (text.length > 2 * partSize && whole?.anchors.length) cut++;
        expect(parts).toEqual(whole);
      }),
      { numRuns: 1000, seed: Number(process.env.PROSE_SEED ?? 20261203) },
    );
    expect(cut).toBeGreaterThan(300); // texts cut into parts, not only read in one piece
  });

  it('gives proseModel and its matches for a long draft as a read in one piece does', () => {
    const sections = Array.from({ length: 400 }, (_, index) =>
      [`## ${index}. The NUC`, '', `See [NUC] and [^n${index % 3}] for the PfP.`, '', '- a NUC item', '- another', '', '> "quoted NUC"', ''].join('\n'),
    );
    const text = `---\ntitle: NUC\n---\n\n${sections.join('\n')}\n[NUC]: https://example.org/NUC\n\n[^n0]: a note\n[^n1]: a note\n[^n2]: a note\n`;
    expect(text.length).toBeGreaterThan(2 * PART_SIZE);
    const model = proseModel(text);
    expect(model).toEqual(onePiece(text)!.model);
    expect(model.blocks.length).toBeGreaterThan(1000);
    expect(proseMatches(lexicon, model).length).toBeGreaterThan(1000);
  });

  it('reads in one piece what the parts cannot take: front matter closing in a later part, fences left open', () => {
    const longFrontMatter = `---\n${'title: x\n\n'.repeat(40)}---\n\nThe NUC.\n`;
    expect(readWhole(longFrontMatter, 16)).toEqual(onePiece(longFrontMatter));
    expect(readWhole(longFrontMatter, 16)!.frontMatter).toBe(true);
    const openFence = `A NUC.\n\n\`\`\`\n${'Code NUC.\n\n'.repeat(20)}`;
    expect(readWhole(openFence, 16)).toEqual(onePiece(openFence));
  });

  it('widens a part over a fence left open by doubling, so a 400 KB text open to its end is read in linear time', () => {
    const text = `A NUC.\n\n\`\`\`\n${'Code NUC.\n\n'.repeat(36_000)}`;
    const read = readWhole(text)!;
    expect(read.model.blocks).toEqual([{ start: 0, end: 6, kind: 'paragraph', quoted: false }]);
    expect(read.anchors).toEqual([]);
  }, 60_000);
});
