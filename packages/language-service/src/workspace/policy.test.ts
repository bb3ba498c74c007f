import { describe, expect, it } from 'vitest';
import { checkabilityOf, chunkRanges, draftKindOf, extensionOf, isMarkdownDocument, looksBinary, looksBinaryBytes } from './policy.js';

const doc = (uri: string, languageId = '', text = 'x') => ({ uri, languageId, text, version: 1 });

describe('workspace policy', () => {
  it('knows drafts by language id, else by extension', () => {
    expect(draftKindOf(doc('file:///a/b.md'))).toBe('markdown');
    expect(draftKindOf(doc('file:///a/b.TXT'))).toBe('plaintext');
    expect(draftKindOf(doc('file:///a/b.json'))).toBeUndefined();
    expect(draftKindOf(doc('untitled:Untitled-1', 'markdown'))).toBe('markdown');
    expect(draftKindOf(doc('file:///a/b.md', 'plaintext'))).toBe('plaintext');
    expect(draftKindOf(doc('file:///a/b.ts', 'typescript'))).toBeUndefined();
    expect(draftKindOf(doc('file:///a/b.adoc', 'asciidoc'), ['asciidoc'])).toBe('plaintext');
    expect(isMarkdownDocument(doc('file:///a/b.markdown'))).toBe(true);
    expect(extensionOf('file:///a.d/b.MD?x=1#y')).toBe('.md');
    expect(extensionOf('/a/.gitignore')).toBe('');
  });

  it('skips binary and too large documents', () => {
    expect(looksBinary('ab\u0000')).toBe(true);
    expect(looksBinary(`${'a'.repeat(9000)}\u0000`)).toBe(false);
    expect(looksBinaryBytes(new Uint8Array([65, 0]))).toBe(true);
    expect(checkabilityOf(doc('file:///a.md', '', 'a\u0000'))).toEqual({ checkable: false, reason: 'binary' });
    expect(checkabilityOf(doc('file:///a.md', '', 'aaaa'), { maxFileSize: 3 })).toEqual({ checkable: false, reason: 'too-large' });
    expect(checkabilityOf(doc('file:///a.md'))).toEqual({ checkable: true });
    expect(checkabilityOf(doc('file:///a.js'))).toEqual({ checkable: false, reason: 'not-a-draft' });
  });

  it('cuts chunks that cover the text, after blank lines where it can', () => {
    const text = `${`${'word '.repeat(21)}\n\n`.repeat(5)}${'more '.repeat(50)}\n${'x'.repeat(400)}`;
    const chunks = [...chunkRanges(text, 100)];
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks.at(-1)?.[1]).toBe(text.length);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]?.[0]).toBe(chunks[i - 1]?.[1]);
    expect(chunks.some(([, end]) => text.slice(end - 2, end) === '\n\n')).toBe(true);
    expect([...chunkRanges('', 10)]).toEqual([]);
  });
});
