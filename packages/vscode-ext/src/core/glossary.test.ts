import { createLexicon } from '@natolex/data';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossaries, locatePointer, positionAt, type GlossarySource } from './glossary.js';

const bundled = createLexicon();
const team = readFileSync(new URL('./test-fixtures/team.natolex.json', import.meta.url), 'utf8');

function source(key: string, text: string): GlossarySource {
  return { key, label: key, text, size: new TextEncoder().encode(text).length };
}

function load(...sources: GlossarySource[]) {
  return loadGlossaries(sources, { maxSize: 100_000, bundled });
}

describe('loadGlossaries', () => {
  it('adds a valid glossary to the bundled corpus and records where its entries come from', () => {
    const result = load(source('team.natolex.json', team));
    expect(result.problems.size).toBe(0);
    expect(result.lexicon.expand('DRT')).toBe('Drafting Review Team');
    expect(result.lexicon.expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(result.origins.get('acronym.team.drt')).toBe('team.natolex.json');
  });

  it('reports invalid JSON at its line and column, and keeps the bundled corpus and the other glossaries', () => {
    const broken = '{\n  "name": "Broken",\n  "acronyms": [\n    { "id": "acronym.x", "form": "X" \n  ]\n}\n';
    const result = load(source('broken.natolex.json', broken), source('team.natolex.json', team));
    const [problem] = result.problems.get('broken.natolex.json')!;
    expect(problem).toMatchObject({ line: 4, code: 'syntax' });
    expect(problem!.message).toMatch(/^Glossary not loaded: /);
    expect(result.lexicon.expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(result.lexicon.expand('DRT')).toBe('Drafting Review Team');
  });

  it('reports schema errors at the offending value', () => {
    const invalid = '{\n  "acronyms": [\n    { "id": "acronym.y", "form": "YY", "expansion": 42 }\n  ]\n}\n';
    const [problem] = load(source('invalid.natolex.json', invalid)).problems.get('invalid.natolex.json')!;
    expect(problem).toMatchObject({ line: 2, code: 'schema' });
    expect(invalid.split('\n')[2]!.slice(problem!.character, problem!.endCharacter)).toBe('42');
    expect(problem!.message).toContain('/acronyms/0/expansion');
  });

  it('reports an id already used by the bundled corpus at that id, and by another glossary naming it', () => {
    const clash = '{\n  "acronyms": [\n    { "id": "acronym.nuc", "form": "NUC2", "expansion": "Other" }\n  ]\n}\n';
    const result = load(source('clash.natolex.json', clash));
    const [problem] = result.problems.get('clash.natolex.json')!;
    expect(problem).toMatchObject({ line: 2, code: 'duplicate-id' });
    expect(clash.split('\n')[2]!.slice(problem!.character, problem!.endCharacter)).toBe('"acronym.nuc"');
    expect(problem!.message).toContain('already used by the bundled corpus');

    const twin = team.replace('Team glossary', 'Twin');
    const pair = load(source('a.natolex.json', team), source('b.natolex.json', twin));
    expect(pair.problems.get('b.natolex.json')![0]!.message).toContain('already used by a.natolex.json');
    expect(pair.lexicon.expand('DRT')).toBe('Drafting Review Team');
  });

  it('does not read glossaries over the size limit', () => {
    const result = loadGlossaries([{ key: 'huge', label: 'huge', size: 50_000_000 }], { maxSize: 5_000_000, bundled });
    expect(result.problems.get('huge')![0]!.message).toMatch(/50\.0 MB, larger than the 5\.0 MB allowed by the natolex\.maxGlossarySize setting/);
    expect(result.lexicon).toBe(bundled);
  });

  it('reports unreadable files', () => {
    const result = loadGlossaries([{ key: 'gone', label: 'gone', size: 0, readError: 'EACCES' }], { maxSize: 10, bundled });
    expect(result.problems.get('gone')![0]).toMatchObject({ code: 'unreadable', line: 0 });
  });

  it('caps the number of problems per file', () => {
    const many = JSON.stringify({ acronyms: Array.from({ length: 80 }, (_, i) => ({ id: `acronym.m${i}`, form: `M${i}` })) }, null, 1);
    expect(load(source('many', many)).problems.get('many')!.length).toBe(51);
  });
});

describe('positions', () => {
  it('count lines for LF, CRLF and CR, and characters in UTF-16 units', () => {
    expect(positionAt('a\nb\r\nc\rd', 7)).toEqual({ line: 3, character: 0 });
    expect(positionAt('😀x', 2)).toEqual({ line: 0, character: 2 });
  });

  it('locate JSON pointers', () => {
    const text = '{"a": [1, {"b~c/d": true}]}';
    const [offset, length] = locatePointer(text, '/a/1/b~0c~1d');
    expect(text.slice(offset, offset + length)).toBe('true');
    expect(locatePointer('not json', '/x')).toEqual([0, 0]);
  });
});
