import { createLexicon, type LexiconDocument } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { formatCitedInsertion } from './citation.js';
import { applyEdits } from '@natolex/language-service';

const lexicon = createLexicon();
const id = 'snippet.un.p12';
const passage = lexicon.get(id) as { text: string };
const chicago = lexicon.cite(id, { style: 'chicago-note' });

function insert(text: string, format: 'footnote' | 'inline' | 'pandoc', offset = text.length, style: 'chicago-note' | 'apa' | 'harvard' = 'chicago-note') {
  return applyEdits(text, formatCitedInsertion(lexicon, id, format, style, text, { offset }).edits);
}

describe('formatCitedInsertion: footnote', () => {
  it('appends a blockquote with [^1] and its footnote definition to an empty document', () => {
    expect(insert('', 'footnote')).toBe(`> ${passage.text}[^1]\n\n[^1]: ${chicago}\n`);
  });

  it('takes the next number and joins the existing footnote definitions at the end', () => {
    const text = 'Intro[^1].\n\nMore.\n\n[^1]: First note.\n';
    const offset = text.indexOf('More.') + 'More.'.length;
    expect(insert(text, 'footnote', offset)).toBe(`Intro[^1].\n\nMore.\n\n> ${passage.text}[^2]\n\n[^1]: First note.\n[^2]: ${chicago}\n`);
  });

  it('renumbers later footnotes so the numbers stay in reading order', () => {
    const text = 'A[^1].\n\nB.\n\nC[^2] and again C[^2].\n\n[^1]: One.\n[^2]: Two.\n';
    const offset = text.indexOf('B.') + 2;
    expect(insert(text, 'footnote', offset)).toBe(
      `A[^1].\n\nB.\n\n> ${passage.text}[^2]\n\nC[^3] and again C[^3].\n\n[^1]: One.\n[^2]: ${chicago}\n[^3]: Two.\n`,
    );
  });

  it('uses max + 1 when the document does not number footnotes in order, and ignores code', () => {
    const text = 'A[^7] and B[^note].\n\n```\n[^99]\n```\n\n[^7]: Seven.\n[^note]: Named.\n';
    const result = formatCitedInsertion(lexicon, id, 'footnote', 'chicago-note', text, { offset: 0 });
    expect(result.footnote).toBe(8);
    expect(applyEdits(text, result.edits)).toMatch(/^> .+\[\^8\]\n\nA\[\^7\]/);
    expect(applyEdits(text, result.edits).endsWith(`[^note]: Named.\n[^8]: ${chicago}\n`)).toBe(true);
  });

  it('puts the quotation on its own paragraph when the cursor is mid-line, and keeps CRLF', () => {
    const text = 'First line\r\nsecond line';
    const result = insert(text, 'footnote', 5);
    expect(result).toBe(`First\r\n\r\n> ${passage.text}[^1]\r\n\r\n line\r\nsecond line\r\n\r\n[^1]: ${chicago}\r\n`);
  });

  it('formats the footnote in the chosen style', () => {
    expect(insert('', 'footnote', 0, 'apa')).toContain(`[^1]: ${lexicon.cite(id, { style: 'apa' })}`);
    expect(insert('', 'footnote', 0, 'harvard')).toContain(`[^1]: ${lexicon.cite(id, { style: 'harvard' })}`);
  });
});

describe('formatCitedInsertion: inline and pandoc', () => {
  it('inserts an inline quotation with the short citation, the full stop after the parenthesis', () => {
    const quote = passage.text.replace(/\.$/, '');
    expect(insert('As the text says:  Next.', 'inline', 'As the text says: '.length)).toBe(
      `As the text says: “${quote}” (North Atlantic Treaty Organization, “NATO’s Relations with the United Nations,” sec. “Counter-terrorism”). Next.`,
    );
    expect(insert('', 'inline', 0, 'apa')).toBe(`“${quote}” (North Atlantic Treaty Organization, n.d., Counter-terrorism section).`);
    expect(insert('', 'inline', 0, 'harvard')).toBe(`“${quote}” (North Atlantic Treaty Organization, no date, sec. ‘Counter-terrorism’).`);
  });

  it('inserts a blockquote with a Pandoc citation of the page, the section as its locator', () => {
    const result = formatCitedInsertion(lexicon, id, 'pandoc', 'chicago-note', 'Text.\n', { offset: 6 });
    expect(result.citationKey).toBe('nato-un');
    expect(applyEdits('Text.\n', result.edits)).toBe(`Text.\n\n> ${passage.text} [@nato-un, sec. {Counter-terrorism}]\n`);
  });

  it('"has moved" stubs cannot be inserted', () => {
    expect(() => formatCitedInsertion(lexicon, 'snippet.unscr-1325.stub', 'footnote', 'chicago-note', '')).toThrow(/has moved/);
  });

  it('throws the lexicon error for ids that are not passages', () => {
    expect(() => formatCitedInsertion(lexicon, 'acronym.nuc', 'inline', 'apa', '')).toThrow(/cannot cite/);
    expect(() => formatCitedInsertion(lexicon, 'snippet.nope', 'inline', 'apa', '')).toThrow(/cannot cite/);
  });

  it('quotes a glossary passage verbatim, whatever characters it has', () => {
    const document = {
      name: 'Team',
      sources: [{ id: 'source.team', type: 'document', title: 'Team notes' }],
      topics: [{ id: 'topic.team', title: 'Team notes', indexLabel: 'Team notes', source: 'source.team', kind: 'article', sections: [{ id: 'section.team.lead', title: 'Team notes', snippets: ['snippet.team.p1'] }] }],
      snippets: [{ id: 'snippet.team.p1', topic: 'topic.team', section: 'section.team.lead', role: 'paragraph', text: 'Costs $5 {x} \\ and ${1:tab}' }],
    } as unknown as LexiconDocument;
    const team = createLexicon([document]);
    const edits = formatCitedInsertion(team, 'snippet.team.p1', 'inline', 'apa', '').edits;
    expect(edits[0]!.text).toContain('“Costs $5 {x} \\ and ${1:tab}”');
  });
});
