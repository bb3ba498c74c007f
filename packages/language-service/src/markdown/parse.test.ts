import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extensionsFor, parseMarkdown } from './parse.js';

// Characters of every construct, including the near misses of tables (":", "-", "|"), footnotes ("[", "^") and
// front matter ("---", "+++").
const PIECES = ['a', ' ', '\n', '\n\n', '-', '--', '---', ':', '|', '[', ']', '^', '(x)', '+++', '*', '_', '`', '> ', '# ', '1. ', '\\', '<', '>', '!', '"', 'NUC', ': x', '\t', '=', '\r\n'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('parseMarkdown', () => {
  it('gives the tree of a parse with every extension, though it leaves out those the text cannot use', () => {
    fc.assert(
      fc.property(texts, fc.boolean(), (text, frontMatter) => {
        expect(parseMarkdown(text, { frontMatter })).toEqual(parseMarkdown(text, { frontMatter, all: true }));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it('leaves out an extension only without its characters', () => {
    expect(extensionsFor('Plain prose, a list:\n\n- item\n', true)).toEqual([]);
    expect(extensionsFor('a\n:-\n', false)).toEqual(['table']);
    expect(extensionsFor('a | b', false)).toEqual(['table']);
    expect(extensionsFor('See [^n].', false)).toEqual(['footnote']);
    expect(extensionsFor('\uFEFF---\ntitle: x\n---\n', true)).toEqual(['frontMatter']);
    expect(extensionsFor('---\ntitle: x\n---\n', false)).toEqual([]);
  });
});
