// diffLexicons and requiredBump on crafted pairs: each kind of change and the bump it needs.
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Concept, type Lexicon } from '@natolex/schema';
import { diffLexicons, requiredBump, bumpCovers } from '../src/diff/diff.js';
import { formatDiffMarkdown, formatDiffText } from '../src/diff/format.js';
import { corpus, releasedV1 } from './support.js';

const SOURCE = { id: 'source.s', type: 'webpage' as const, title: 'S' };
const kfor = (): Concept => ({
  id: 'concept.kfor',
  subjectField: 'mission',
  terms: [
    { id: 'term.kosovo-force', text: 'Kosovo Force', type: 'fullForm', status: 'preferred' },
    { id: 'acronym.kfor', text: 'KFOR', type: 'acronym', status: 'preferred' },
  ],
  definitions: [{ text: 'the NATO-led force in Kosovo', provenance: [{ source: 'source.s', quote: 'the NATO-led force in Kosovo' }] }],
});
const lexicon = (edit: (document: Lexicon & { concepts: Concept[] }) => void = () => undefined): Lexicon => {
  const document: Lexicon & { concepts: Concept[] } = { $schema: SCHEMA_ID, language: 'en', sources: [SOURCE], concepts: [kfor()], events: [{ id: 'event.one', date: '1999', text: 'KFOR deployed', topic: 'topic.x' }] };
  edit(document);
  return document;
};
const bumpOf = (edit: (document: Lexicon & { concepts: Concept[] }) => void) => requiredBump(diffLexicons(lexicon(), lexicon(edit)));

describe('diffLexicons / requiredBump', () => {
  it('the same content is no change (key order and v1/v2 do not matter)', () => {
    expect(diffLexicons(lexicon(), lexicon())).toEqual({ changes: [], removedIds: [] });
    expect(requiredBump(diffLexicons(releasedV1(), releasedV1()))).toBe('none');
  });

  it('major: a term removed or renamed, a concept or event removed, an id that disappears', () => {
    expect(bumpOf((d) => d.concepts[0]!.terms.pop())).toBe('major');
    expect(bumpOf((d) => (d.concepts[0]!.terms[1]!.text = 'K-FOR'))).toBe('major');
    expect(bumpOf((d) => (d.concepts[0]!.id = 'concept.kosovo-force'))).toBe('major');
    expect(bumpOf((d) => (d.events = []))).toBe('major');
    const renamed = diffLexicons(lexicon(), lexicon((d) => (d.concepts[0]!.terms[1]!.text = 'K-FOR')));
    expect(renamed.changes).toEqual([{ kind: 'term', action: 'renamed', id: 'acronym.kfor', concept: 'concept.kfor', detail: "'KFOR' → 'K-FOR'", bump: 'major' }]);
    const gone = diffLexicons(lexicon(), lexicon((d) => d.concepts[0]!.terms.pop()));
    expect(gone.removedIds).toEqual(['acronym.kfor']);
    // A term id that now names a concept still resolves: not gone.
    expect(diffLexicons(lexicon(), lexicon((d) => (d.concepts[0]!.id = 'acronym.kfor'))).removedIds).toEqual(['concept.kfor']);
  });

  it('minor: additions, a status change, a withdrawn definition', () => {
    expect(bumpOf((d) => d.concepts.push({ id: 'concept.new', subjectField: 'body', terms: [{ text: 'New Body', type: 'fullForm', status: 'preferred' }] }))).toBe('minor');
    expect(bumpOf((d) => d.concepts[0]!.terms.push({ text: 'Force pour le Kosovo', type: 'fullForm', status: 'preferred', language: 'fr' }))).toBe('minor');
    expect(bumpOf((d) => (d.concepts[0]!.terms[1]!.status = 'deprecated'))).toBe('minor');
    expect(bumpOf((d) => delete d.concepts[0]!.definitions)).toBe('minor');
    expect(bumpOf((d) => d.events!.push({ id: 'event.two', date: '2004', text: 'x', topic: 'topic.x' }))).toBe('minor');
  });

  it('patch: wording of a definition, a note, an event text', () => {
    expect(bumpOf((d) => (d.concepts[0]!.definitions![0]!.text = 'the NATO-led Kosovo Force'))).toBe('patch');
    expect(bumpOf((d) => (d.concepts[0]!.notes = ['a curator note']))).toBe('patch');
    expect(bumpOf((d) => (d.events![0]!.text = 'KFOR deployed in June'))).toBe('patch');
    const wording = diffLexicons(lexicon(), lexicon((d) => (d.concepts[0]!.definitions![0]!.text = 'changed')));
    expect(wording.changes).toEqual([{ kind: 'definition', action: 'changed', id: 'concept.kfor en', concept: 'concept.kfor', detail: 'wording', bump: 'patch' }]);
  });

  it('the released 0.x lexicon against the built corpus: diffed across schema 1 and 2', () => {
    const diff = diffLexicons(releasedV1(), corpus());
    expect(['major', 'minor', 'patch']).toContain(requiredBump(diff));
    expect(formatDiffText(diff)).toMatch(/^required bump: (major|minor|patch) \(\d+ changes?, \d+ ids? gone\)\n/);
    expect(formatDiffMarkdown(diff, '1.0.0')).toMatch(/^## 1\.0\.0\n\nRequired bump: \*\*(major|minor|patch)\*\*\./);
  });

  it('bumpCovers orders none < patch < minor < major', () => {
    expect(bumpCovers('major', 'minor')).toBe(true);
    expect(bumpCovers('patch', 'minor')).toBe(false);
    expect(bumpCovers('none', 'none')).toBe(true);
    expect(bumpCovers('none', 'patch')).toBe(false);
  });

  it('Markdown escapes ids and text so a crafted term cannot inject markup', () => {
    const diff = diffLexicons(lexicon(), lexicon((d) => (d.concepts[0]!.terms[1]!.text = '<img src=x onerror=alert(1)>[link](javascript:x)')));
    const markdown = formatDiffMarkdown(diff, '<b>heading</b>');
    expect(markdown).not.toMatch(/(^|[^\\])[<[]/m);
    expect(markdown).toContain('\\<img');
  });
});
