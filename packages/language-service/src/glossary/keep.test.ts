// Partial mode's "a typo costs as little as it can": entries with schema errors left out alone, the last good version
// of a file that cannot load served instead (and said so), never for a file too large.
import type { LexiconDocument } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { withoutBrokenRecords } from './keep.js';
import { checkGlossaries, type GlossaryInput } from './load.js';

const acronym = (id: string, form: string, expansion: string) => ({ id: `acronym.${id}`, form, expansion });
const text = (acronyms: object[]) => JSON.stringify({ name: 'Team', acronyms }, null, 2);
const input = (value: string, extra: Partial<GlossaryInput> = {}): GlossaryInput => ({ key: 'file:///w/team.natolex.json', label: 'team.natolex.json', text: value, ...extra });
// A schema 1 glossary, as a team's older file is: kept and dropped the same way, validated as schema 1.
const lastGood = { name: 'Team', acronyms: [acronym('drt', 'DRT', 'Drafting Review Team'), acronym('qrt', 'QRT', 'Quick Review Team')] } as unknown as LexiconDocument;
const previous = new Map([['file:///w/team.natolex.json', lastGood]]);
const partial = { mode: 'partial' as const, dropInvalidEntries: true, previous };

describe('withoutBrokenRecords', () => {
  it('drops a schema 2 concept with a schema error and keeps the others', () => {
    const concept = (id: string, text: string) => ({ id: `concept.${id}`, subjectField: 'body', terms: [{ text, type: 'fullForm', status: 'preferred' }] });
    const document = { $schema: 'urn:natolex:schema:lexicon:2', name: 'T', concepts: [concept('a', 'Alpha Group'), { id: 'concept.b', subjectField: 'body', terms: [] }] } as unknown as LexiconDocument;
    const kept = withoutBrokenRecords(document, [{ pointer: '/concepts/1/terms' }]);
    expect(kept?.dropped).toBe(1);
    expect(kept?.document.concepts?.map((record) => record.id)).toEqual(['concept.a']);
  });

  it('drops the records errors point into, and refuses errors outside records', () => {
    const document = { name: 'T', acronyms: [acronym('a', 'AA', 'A A'), { id: 'acronym.b', form: 'BB' }] } as unknown as LexiconDocument;
    expect(withoutBrokenRecords(document, [{ pointer: '/acronyms/1' }])).toEqual({ document: { name: 'T', acronyms: [acronym('a', 'AA', 'A A')] }, dropped: 1 });
    expect(withoutBrokenRecords(document, [{ pointer: '/name' }])).toBeUndefined();
    expect(withoutBrokenRecords(document, [])).toBeUndefined();
  });
});

describe('checkGlossaries, partial mode', () => {
  it('leaves out only the entry with a schema error and reports it', () => {
    const typo = text([acronym('drt', 'DRT', 'Drafting Review Team'), { id: 'acronym.zrt', form: 'ZRT', expansoin: 'Zone Review Team' }]);
    const check = checkGlossaries([input(typo)], partial);
    expect(check.lexicon?.expand('DRT')).toBe('Drafting Review Team');
    expect(check.lexicon?.expand('ZRT')).toBeUndefined();
    expect(check.loaded[0]).toMatchObject({ dropped: 1 });
    expect(check.loaded[0]?.stale).toBeUndefined();
    expect(check.files[0]?.errors.map((issue) => issue.message).join('\n')).toMatch(/did you mean 'expansion'/);
  });

  it('without dropInvalidEntries, serves the last good version instead', () => {
    const typo = text([{ id: 'acronym.drt', form: 'DRT' }]);
    const check = checkGlossaries([input(typo)], { mode: 'partial', previous });
    expect(check.loaded[0]).toMatchObject({ stale: true, document: lastGood });
    expect(check.lexicon?.expand('QRT')).toBe('Quick Review Team');
  });

  it('serves the last good version of a file that no longer parses or cannot be read, not of one too large', () => {
    for (const broken of [input('{ "acronyms": [ }'), input('', { text: undefined, readError: 'EACCES' })]) {
      const check = checkGlossaries([broken], partial);
      expect(check.files[0]?.valid).toBe(false);
      expect(check.loaded[0]).toMatchObject({ stale: true });
      expect(check.lexicon?.expand('DRT')).toBe('Drafting Review Team');
    }
    const huge = checkGlossaries([input('', { text: undefined, tooLarge: true, readError: '9 MB' })], partial);
    expect(huge.files[0]?.errors[0]?.keyword).toBe('too-large');
    expect(huge.loaded).toEqual([]);
    expect(huge.lexicon?.expand('DRT')).toBeUndefined();
  });

  it('serves the last good version of a file whose id clashes, and drops it when that clashes too', () => {
    const clash = text([acronym('nuc', 'NUK', 'Not the corpus')]);
    const check = checkGlossaries([input(clash)], partial);
    expect(check.conflicts[0]).toMatchObject({ key: 'file:///w/team.natolex.json', line: 5 });
    expect(check.loaded[0]).toMatchObject({ stale: true });

    const other: GlossaryInput = { key: 'file:///w/other.natolex.json', label: 'other.natolex.json', text: text([acronym('qrt', 'QR', 'Other')]) };
    const both = checkGlossaries([other, input(clash)], partial);
    expect(both.loaded.map((glossary) => glossary.label)).toEqual(['other.natolex.json']);
    expect(both.conflicts.map((conflict) => [conflict.file, conflict.lastGood ?? false])).toEqual([
      ['team.natolex.json', false],
      ['team.natolex.json', true],
    ]);
  });

  it('ignores previous in strict mode', () => {
    const check = checkGlossaries([input('{')], { previous, dropInvalidEntries: true });
    expect(check.lexicon).toBeUndefined();
    expect(check.loaded).toEqual([]);
  });
});
