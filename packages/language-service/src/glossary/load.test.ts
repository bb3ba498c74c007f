import { describe, expect, it } from 'vitest';
import { checkGlossaries, type GlossaryInput } from './load.js';

const encode = (text: string) => new TextEncoder().encode(text);
const glossary = (acronyms: object[]) => JSON.stringify({ name: 'Team', acronyms }, null, 2);
const input = (label: string, text: string): GlossaryInput => ({ key: `file:///w/${label}`, label, bytes: encode(text) });

const good = glossary([{ id: 'acronym.zz', form: 'ZZ', expansion: 'Zed Zed' }]);
const other = glossary([{ id: 'acronym.yy', form: 'YY', expansion: 'Why Why' }]);

describe('checkGlossaries', () => {
  it('loads valid glossaries over the bundled corpus', () => {
    const check = checkGlossaries([input('a.natolex.json', good), input('b.natolex.json', other)]);
    expect(check.lexicon?.expand('ZZ')).toBe('Zed Zed');
    expect(check.lexicon?.expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(check.files.map((f) => f.valid)).toEqual([true, true]);
    expect(check.loaded.map((g) => g.label)).toEqual(['a.natolex.json', 'b.natolex.json']);
  });

  it('refuses bytes that are not UTF-8, at the bad byte', () => {
    const bytes = encode(good);
    bytes[good.indexOf('Zed')] = 0xff;
    const check = checkGlossaries([{ key: 'k', label: 'g.json', bytes }]);
    expect(check.lexicon).toBeUndefined();
    expect(check.files[0]?.errors[0]).toMatchObject({ file: 'g.json', line: 7, keyword: 'encoding' });
    expect(check.files[0]?.errors[0]?.message).toMatch(/^glossary is not valid UTF-8 \(byte 0xFF at offset \d+\)/);
  });

  it('reports syntax and schema problems at their line and column', () => {
    const check = checkGlossaries([input('s.json', '{"name": "x",\n  "acronyms": [}'), input('v.json', glossary([{ id: 'acronym.v', form: 'V' }]))]);
    expect(check.files[0]?.errors[0]).toMatchObject({ line: 2, keyword: 'syntax' });
    expect(check.files[1]?.errors[0]).toMatchObject({ line: 4, pointer: '/acronyms/0', keyword: 'required' });
    expect(check.lexicon).toBeUndefined();
  });

  it('reports every invalid glossary in one run, each validated once', () => {
    const bad = (n: number) => input(`bad${n}.json`, glossary([{ id: `acronym.b${n}`, form: `B${n}` }]));
    const check = checkGlossaries([input('ok.json', good), bad(1), bad(2)]);
    expect(check.files.map((f) => f.valid)).toEqual([true, false, false]);
  });

  it('places an id reused across glossaries, and in strict mode loads nothing', () => {
    const check = checkGlossaries([input('a.json', good), input('b.json', good)]);
    expect(check.lexicon).toBeUndefined();
    expect(check.conflicts).toHaveLength(1);
    // A schema 1 glossary's conflict is placed at its entry (createLexicon reports the entry the concept came from).
    expect(check.conflicts[0]).toMatchObject({ key: 'file:///w/b.json', file: 'b.json', line: 4, pointer: '/acronyms/0' });
  });

  it('places a reference nobody has, without repeating in the message where it is', () => {
    const text = glossary([{ id: 'acronym.old', form: 'OLD', expansion: 'Old', status: 'deprecated', preferred: 'acronym.nowhere' }]);
    const [conflict] = checkGlossaries([input('ref.json', text)]).conflicts;
    expect(conflict).toMatchObject({ file: 'ref.json', line: 9, pointer: '/acronyms/0/preferred' });
    expect(conflict?.message).toMatch(/^no acronym or term has the id "acronym\.nowhere"/);
  });

  it('in partial mode leaves the bad glossaries out and keeps the others', () => {
    const check = checkGlossaries([input('a.json', good), input('b.json', good), input('c.json', other), input('d.json', '{')], { mode: 'partial' });
    expect(check.lexicon?.expand('ZZ')).toBe('Zed Zed');
    expect(check.lexicon?.expand('YY')).toBe('Why Why');
    expect(check.loaded.map((g) => g.label)).toEqual(['a.json', 'c.json']);
    expect(check.conflicts.map((c) => c.file)).toEqual(['b.json']);
    expect(check.files.map((f) => f.valid)).toEqual([true, true, true, false]);
  });

  it('reports a file the adapter could not read', () => {
    const check = checkGlossaries([{ key: 'k', label: 'gone.json', readError: 'ENOENT' }]);
    expect(check.files[0]?.errors[0]).toMatchObject({ line: 1, column: 1, keyword: 'read', message: 'cannot read the glossary (ENOENT)' });
  });

  it('takes decoded text as it is (an editor buffer)', () => {
    expect(checkGlossaries([{ key: 'k', label: 'g.json', text: `\uFEFF${good}` }]).lexicon?.expand('ZZ')).toBe('Zed Zed');
  });
});
