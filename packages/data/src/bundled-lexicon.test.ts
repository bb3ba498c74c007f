import { describe, expect, it, vi } from 'vitest';

// Counts the lexicons built, to see when the bundled one is.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('./create-lexicon.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./create-lexicon.js')>();
  return {
    ...actual,
    createLexicon: (...args: Parameters<typeof actual.createLexicon>) => {
      built.count += 1;
      return actual.createLexicon(...args);
    },
  };
});

describe('the bundled lexicon (`lexicon`)', () => {
  it('is built on its first use, not on import, and then once', async () => {
    const { lexicon, lookup } = await import('./index.js');
    expect(built.count).toBe(0);
    expect(lookup('NATO')?.concept.id).toBeTypeOf('string');
    expect(built.count).toBe(1);
    expect(lexicon.concepts).toBe(lexicon.concepts);
    lexicon.search('treaty');
    expect(built.count).toBe(1);
  });

  it('has the keys of a lexicon from createLexicon and answers as one does', async () => {
    const { createLexicon, lexicon } = await import('./index.js');
    const fresh = createLexicon();
    expect(Object.keys(lexicon)).toEqual(Object.keys(fresh));
    for (const key of ['documents', 'upgraded', 'concepts', 'topics', 'snippets', 'sources', 'events'] as const) expect(lexicon[key]).toEqual(fresh[key]);
    const text = 'The North Atlantic Treaty Organization (NATO) works with the UN.';
    expect(lexicon.scan(text)).toEqual(fresh.scan(text));
    expect(lexicon.scanState(text)).toEqual(fresh.scanState(text));
    expect(lexicon.rescan(lexicon.scanState(text), { start: 0, end: 3, text: 'A' })).toEqual(fresh.rescan(fresh.scanState(text), { start: 0, end: 3, text: 'A' }));
    expect(lexicon.lookup('NATO')).toEqual(fresh.lookup('NATO'));
    expect(lexicon.expand('NATO')).toBe(fresh.expand('NATO'));
    const id = lexicon.concepts[0]!.id;
    expect(lexicon.get(id)).toBe(lexicon.concepts[0]);
    expect(lexicon.search('treaty', { limit: 3 })).toEqual(fresh.search('treaty', { limit: 3 }));
    const snippet = lexicon.snippets.find((record) => record.role !== 'stub')!.id;
    expect(lexicon.cite(snippet, { style: 'apa' })).toBe(fresh.cite(snippet, { style: 'apa' }));
    // Unbound, as the methods of a created lexicon can be called.
    const { lookup } = lexicon;
    expect(lookup('NATO')).toEqual(fresh.lookup('NATO'));
  });
});
