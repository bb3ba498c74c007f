import { describe, expect, it } from 'vitest';
import { assertQuotedWithFootnote } from './ui-checks.mjs';

describe('assertQuotedWithFootnote', () => {
  const quote = '> The formal basis for NATO-Ukraine relations is the 1997 Charter on a Distinctive Partnership.[^2]';

  it('accepts a blockquote with a footnote reference and its definition', () => {
    const markdown = `# Note\n\n${quote}\n\n[^1]: Earlier note.\n[^2]: “Ukraine-NATO relations”, NATO A–Z topics.\n`;
    expect(assertQuotedWithFootnote(markdown, 'Distinctive Partnership').definition).toMatch(/^\[\^2\]: “Ukraine/);
  });

  it('rejects text that is not a blockquote', () => {
    expect(() => assertQuotedWithFootnote(quote.slice(2), 'Distinctive Partnership')).toThrow(/no blockquote/);
  });

  it('rejects a blockquote without a footnote reference', () => {
    expect(() => assertQuotedWithFootnote('> Distinctive Partnership.\n', 'Distinctive Partnership')).toThrow(/no footnote reference/);
  });

  it('rejects a footnote reference without a definition', () => {
    expect(() => assertQuotedWithFootnote(`${quote}\n\n[^1]: Another note.\n`, 'Distinctive Partnership')).toThrow(/no footnote definition "\[\^2\]/);
  });
});
