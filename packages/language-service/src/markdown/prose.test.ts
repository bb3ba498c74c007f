import { describe, expect, it } from 'vitest';
import { lexicon } from '../test-support/lexicon.js';
import { proseMatches } from './matches.js';
import { MAX_CONTAINER_DEPTH, MAX_INLINE_DELIMITERS, overfullRuns, proseModel } from './prose.js';

const slices = (text: string, ranges: readonly { start: number; end: number }[]) => ranges.map((range) => text.slice(range.start, range.end));
const found = (text: string) => proseMatches(lexicon, proseModel(text)).map((match) => match.text);

describe('the prose model', () => {
  it('finds matches in prose only: never code, link targets, autolinks, reference definitions, HTML, images, footnote labels or front matter', () => {
    const text = [
      '---',
      'title: NUC',
      '---',
      'Prose NUC, `NUC`, [the NUC docs](https://example.org/NUC/page "NUC"), <https://example.org/NUC>, https://example.org/NUC.',
      '<span title="NUC">NUC</span> ![NUC](nuc.png) [NUC] [text][NUC] and [^NUC].',
      '',
      '    NUC indented code',
      '',
      '[NUC]: https://example.org/NUC',
      '[^NUC]: NUC in the footnote.',
      '',
      '```',
      'NUC',
      '```',
      '<!-- NUC -->',
      '| NUC | x |',
      '|-----|---|',
      '| y | NUC |',
    ].join('\n');
    expect(found(text)).toEqual(['NUC', 'NUC', 'NUC', 'NUC', 'NUC', 'NUC']);
    const model = proseModel(text);
    expect(slices(text, model.blocks)).toEqual([
      'Prose NUC, `NUC`, [the NUC docs](https://example.org/NUC/page "NUC"), <https://example.org/NUC>, https://example.org/NUC.\n<span title="NUC">NUC</span> ![NUC](nuc.png) [NUC] [text][NUC] and [^NUC].',
      'NUC in the footnote.',
      '| NUC | x |',
      '| y | NUC |',
    ]);
  });

  it('a wrapped paragraph matches across its lines (list items, block quotes, lazy lines), but never from one block into the next', () => {
    expect(found('- the UN\n  CTC met\n')).toEqual(['UN\n  CTC']);
    expect(found('> the UN\n> CTC met\n')).toEqual(['UN\n> CTC']);
    expect(found('> the UN\nCTC met\n')).toEqual(['UN\nCTC']);
    expect(found('- the UN\n- CTC met\n')).toEqual([]);
    expect(found('# the UN\nCTC met\n')).toEqual([]);
    expect(found('the UN\n> CTC met\n')).toEqual([]);
    expect(found('the UN\n\nCTC met\n')).toEqual([]);
    expect(found('the UN\r\nCTC met\r\n')).toEqual(['UN\r\nCTC']);
  });

  it('quotations: block quotes and text in double quotation marks', () => {
    const text = 'He said "the NUC met" and “so did PfP”, „and this“.\n\n> A quote\n> > nested\n';
    const model = proseModel(text);
    expect(slices(text, model.quotations)).toEqual(['"the NUC met"', '“so did PfP”', '„and this“', '> A quote\n> > nested']);
    expect(slices(text, model.blockQuotes)).toEqual(['> A quote\n> > nested']);
  });

  it('a quotation mark inside code does not open a quotation', () => {
    const text = 'Use `"` here and "then" there.';
    expect(slices(text, proseModel(text).quotations)).toEqual(['"then"']);
  });

  it('containers nested deeper than the parser can take are read by the simple reader: no throw, still prose', () => {
    for (const deep of [`${'>'.repeat(50_000)} NUC\n`, `${'- '.repeat(5_000)}NUC\n`, `${'   > 1. '.repeat(40)}NUC\n`]) {
      const model = proseModel(deep);
      expect(model.parsed).toBe(false);
      expect(found(deep)).toEqual(['NUC']);
    }
    expect(proseModel(`${'> '.repeat(MAX_CONTAINER_DEPTH)}NUC\n`).parsed).toBe(true);
  });

  it('unclosed constructs run to the end', () => {
    expect(found('```\nNUC')).toEqual([]);
    expect(found('<!-- NUC')).toEqual([]);
  });
});

describe('paragraphs with more emphasis/link delimiters than the parser reads in linear time', () => {
  const overfull = '*a'.repeat(MAX_INLINE_DELIMITERS + 1);

  it('counts delimiters per blank-line-separated run, not list markers at a line start', () => {
    expect(overfullRuns('*a'.repeat(MAX_INLINE_DELIMITERS))).toEqual([]);
    expect(overfullRuns(`ok\n\n${overfull}\n\nafter`)).toEqual([{ start: 4, end: 4 + overfull.length + 1 }]);
    expect(overfullRuns(Array.from({ length: 2 * MAX_INLINE_DELIMITERS }, () => '* item').join('\n'))).toEqual([]);
    expect(overfullRuns(Array.from({ length: 2 * MAX_INLINE_DELIMITERS }, () => '> - item').join('\n'))).toEqual([]);
  });

  it('reads an overfull run as non-prose and the rest of the document as usual', () => {
    const text = `The NUC met.\n\nNUC ${overfull} [NUC](https://example.org/NUC)\n\n> The NUC quoted.\n`;
    const model = proseModel(text);
    expect(model.text).toBe(text);
    expect(found(text)).toEqual(['NUC', 'NUC']);
    expect(model.blocks.map((block) => text.slice(block.start, block.end))).toEqual(['The NUC met.', 'The NUC quoted.']);
    expect(slices(text, model.quotations)).toEqual(['> The NUC quoted.']);
  });
});
