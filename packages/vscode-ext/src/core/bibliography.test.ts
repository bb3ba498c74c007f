import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { BibliographyError, addToBibtex, addToCslJson } from './bibliography.js';
import { applyEdits } from '@natolex/language-service';
import { bibliographyFiles } from './front-matter.js';

const lexicon = createLexicon();
const item = JSON.parse(lexicon.cite('snippet.un.p12', { style: 'csl-json' })) as { id: string };

describe('bibliographyFiles', () => {
  it('reads scalar, quoted, flow-list and block-list values', () => {
    expect(bibliographyFiles('---\ntitle: x\nbibliography: refs.json\n---\nText')).toEqual([{ path: 'refs.json', kind: 'csl-json' }]);
    expect(bibliographyFiles("---\nbibliography: 'my refs.bib'\n---\n")).toEqual([{ path: 'my refs.bib', kind: 'bibtex' }]);
    expect(bibliographyFiles('---\nbibliography: [a.bib, "b.json"]\n---\n').map((file) => file.path)).toEqual(['a.bib', 'b.json']);
    expect(bibliographyFiles('---\r\nbibliography:\r\n  - refs/a.yaml\r\n  - refs/b.bib\r\nlang: en\r\n---\r\n')).toEqual([
      { path: 'refs/a.yaml', kind: undefined },
      { path: 'refs/b.bib', kind: 'bibtex' },
    ]);
  });

  it('finds nothing without front matter or outside it', () => {
    expect(bibliographyFiles('# Title\nbibliography: refs.json\n')).toEqual([]);
    expect(bibliographyFiles('---\ntitle: x\n---\nbibliography: refs.json\n')).toEqual([]);
  });
});

describe('addToCslJson', () => {
  it('creates a new array file', () => {
    const { edit } = addToCslJson(undefined, item);
    expect(JSON.parse(edit!.text)).toEqual([item]);
  });

  it('inserts into an existing array without touching the rest, and keeps CRLF', () => {
    const text = '[\r\n  { "id": "other", "type": "book", "title": "X" }\r\n]\r\n';
    const { edit } = addToCslJson(text, item);
    const updated = applyEdits(text, [edit!]);
    expect(JSON.parse(updated)).toEqual([{ id: 'other', type: 'book', title: 'X' }, item]);
    expect(updated.startsWith(text.slice(0, text.indexOf('}') + 1))).toBe(true);
    expect(updated.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('fills an empty array, and leaves a file that already has the item alone', () => {
    expect(JSON.parse(applyEdits('[]', [addToCslJson('[]', item).edit!]))).toEqual([item]);
    expect(addToCslJson(JSON.stringify([item]), item).edit).toBeUndefined();
  });

  it('refuses files that are not CSL-JSON arrays', () => {
    expect(() => addToCslJson('{ "id": 1 ', item)).toThrow(BibliographyError);
    expect(() => addToCslJson('{}', item)).toThrow(/not a CSL-JSON array/);
  });
});

describe('addToBibtex', () => {
  const entry = lexicon.cite('snippet.un.p12', { style: 'bibtex' });

  it('appends the entry after a blank line', () => {
    const text = '@book{other,\n  title = {X}\n}\n';
    expect(applyEdits(text, [addToBibtex(text, 'nato-un', entry).edit!])).toBe(`${text}\n${entry}\n`);
    expect(addToBibtex(undefined, 'nato-un', entry).edit!.text).toBe(`${entry}\n`);
  });

  it('does not add a key twice: every passage of a page shares the page’s entry', () => {
    expect(entry.startsWith('@misc{nato-un,')).toBe(true);
    expect(lexicon.cite('snippet.un.p23', { style: 'bibtex' })).toBe(entry);
    expect(addToBibtex(`${entry}\n`, 'nato-un', entry).edit).toBeUndefined();
    expect(addToBibtex(`${entry}\n`, 'nato-uzbekistan', entry).edit).toBeDefined();
  });
});

describe('hostile sources', () => {
  it('reach BibTeX files with their specials escaped, and CSL-JSON files as JSON strings', async () => {
    const { default: hostile } = await import('./test-fixtures/hostile.natolex.json', { with: { type: 'json' } });
    const withHostile = createLexicon([hostile as never]);
    const entry = withHostile.cite('snippet.hostile.p1', { style: 'bibtex' });
    const { edit } = addToBibtex(undefined, 'hostile', entry);
    expect(edit!.text).toContain('title = {{Costs} \\& 100\\% of \\$5 \\#1 under\\_score \\{braces\\} {\\textasciitilde}tilde {\\textasciicircum}caret {\\textbackslash}backslash}');
    const csl = JSON.parse(withHostile.cite('snippet.hostile.p1', { style: 'csl-json' })) as { id: string; title: string };
    expect(JSON.parse(addToCslJson(undefined, csl).edit!.text)[0].title).toBe('Costs & 100% of $5 #1 under_score {braces} ~tilde ^caret \\backslash');
    expect(csl.title).toBe(hostile.sources[0]!.title);
  });
});
