// "Has moved" stubs only say that their page went elsewhere: search lists every real passage before them.
import { describe, expect, test } from 'vitest';
import { createLexicon } from '../create-lexicon.js';

const lexicon = createLexicon();
const isStub = (id: string) => lexicon.snippets.find((snippet) => snippet.id === id)?.role === 'stub';

describe('search: stubs rank below real passages', () => {
  test.each(['Operation Unified Protector', 'women peace and security UNSCR 1325', 'information on Libya'])('%s', (query) => {
    const hits = lexicon.search(query, { kinds: ['snippet'], limit: 50 });
    const firstStub = hits.findIndex((hit) => isStub(hit.id));
    expect(hits.some((hit) => !isStub(hit.id))).toBe(true);
    if (firstStub !== -1) expect(hits.slice(firstStub).every((hit) => isStub(hit.id))).toBe(true);
  });

  test('a query only a stub answers still finds it', () => {
    expect(lexicon.search('automatically redirected', { kinds: ['snippet'] }).map((hit) => hit.id)).toEqual(['snippet.unscr-1325.stub']);
  });
});
