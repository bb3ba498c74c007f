// The inserted citations are well-formed Markdown: a CommonMark + footnotes parser (markdown-it, the GFM footnote
// syntax) resolves every footnote, and every Pandoc citation parses as Pandoc reads it. A Pandoc draft quoting three
// passages of two pages gets two bibliography entries, rendered through the project's own CSL path.
import { createLexicon } from '@natolex/data';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { describe, expect, it } from 'vitest';
import { addToCslJson } from './bibliography.js';
import { applyEdits, formatCitedInsertion, type CitationFormat } from '@natolex/language-service';

const lexicon = createLexicon();
const PASSAGES = ['snippet.un.p12', 'snippet.un.p23', 'snippet.uzbekistan.p2'];
const markdown = new MarkdownIt().use(footnote);

function draft(format: CitationFormat, style: 'chicago-note' | 'apa' | 'harvard' = 'chicago-note'): { text: string; keys: string[] } {
  let text = '# Draft\n\nIntro.\n';
  const keys: string[] = [];
  for (const id of PASSAGES) {
    if (format === 'inline') text += text.endsWith('\n') ? '\n' : '\n\n';
    const insertion = formatCitedInsertion(lexicon, id, format, style, text, { offset: text.length });
    text = applyEdits(text, insertion.edits);
    if (insertion.citationKey) keys.push(insertion.citationKey);
  }
  return { text, keys };
}

/** Pandoc's bracketed citation: [@key, label {locator}] with a key of letters, digits and :.#$%&-+?<>~/ inside. */
const PANDOC_CITATION = /\[@([A-Za-z0-9_][\w:.#$%&\-+?<>~/]*)(?:, (sec\.|para\.) \{([^{}[\]]+)\})?\]/g;

describe('inserted citations render as Markdown', () => {
  it('footnotes: every reference resolves to its definition', () => {
    const { text } = draft('footnote');
    const html = markdown.render(text);
    expect(html.match(/class="footnote-ref"/g)).toHaveLength(3);
    expect(html.match(/<li id="fn\d+" class="footnote-item">/g)).toHaveLength(3);
    expect(html).toContain('sec. “Disaster relief.”');
    expect(html).not.toContain('[^');
  });

  it('inline: a quotation and its citation in one paragraph, nothing turned into a link', () => {
    for (const style of ['chicago-note', 'apa', 'harvard'] as const) {
      const html = markdown.render(draft('inline', style).text);
      expect(html.match(/<p>“/g)).toHaveLength(3);
      expect(html).not.toMatch(/<a |\[\^/);
      expect(html).toMatch(/\)\.<\/p>/);
    }
  });

  it('pandoc: each citation parses, the key names the page and the section is the locator', () => {
    const { text } = draft('pandoc');
    const citations = [...text.matchAll(PANDOC_CITATION)].map((match) => ({ key: match[1], label: match[2], locator: match[3] }));
    expect(citations).toEqual([
      { key: 'nato-un', label: 'sec.', locator: 'Counter-terrorism' },
      { key: 'nato-un', label: 'sec.', locator: 'Disaster relief' },
      { key: 'nato-uzbekistan', label: 'para.', locator: '2' },
    ]);
    // In CommonMark the citation stays text inside the blockquote (no link, no footnote).
    expect(markdown.render(text).match(/<blockquote>/g)).toHaveLength(3);
    expect(markdown.render(text)).toContain('[@nato-un, sec. {Disaster relief}]');
  });

  it('pandoc: the bibliography file gets each page once; its entries render through the CSL styles', () => {
    const { keys } = draft('pandoc');
    let bibliography: string | undefined;
    for (const id of PASSAGES) {
      const update = addToCslJson(bibliography, JSON.parse(lexicon.cite(id, { style: 'csl-json' })) as { id: string });
      if (update.edit) bibliography = applyEdits(bibliography ?? '', [update.edit]);
    }
    const items = JSON.parse(bibliography!) as Array<{ id: string; title: string }>;
    expect(items.map((item) => item.id)).toEqual(['nato-un', 'nato-uzbekistan']);
    expect(new Set(keys)).toEqual(new Set(items.map((item) => item.id)));
    const entries = [...new Set(PASSAGES.map((id) => lexicon.cite(id, { style: 'chicago-note', form: 'bibliography' })))];
    expect(entries).toEqual([
      'North Atlantic Treaty Organization. “NATO’s Relations with the United Nations.” n.d.',
      'North Atlantic Treaty Organization. “NATO’s Relations with Uzbekistan.” n.d.',
    ]);
  });
});
