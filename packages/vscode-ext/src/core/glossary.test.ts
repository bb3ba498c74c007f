import { createLexicon } from '@natolex/data';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryCount, loadGlossaries, type GlossarySource } from './glossary.js';

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
    expect(result.origins.get('concept.team.drt')).toBe('team.natolex.json');
  });

  it('gives a schema 1 glossary (loaded, upgraded) a hint to migrate it, and a schema 2 one none', () => {
    const result = load(source('team.natolex.json', team));
    expect(result.hints.get('team.natolex.json')).toEqual([
      expect.objectContaining({ code: 'schema-1', hint: true, line: 0, message: expect.stringContaining('Run `natolex migrate team.natolex.json`') }),
    ]);
    const v2 = JSON.stringify({ $schema: 'urn:natolex:schema:lexicon:2', concepts: [{ id: 'concept.t.qrt', subjectField: 'body', terms: [{ text: 'QRT', type: 'acronym', status: 'preferred' }, { text: 'Quick Review Team', type: 'fullForm', status: 'preferred' }] }] });
    const current = load(source('v2.natolex.json', v2));
    expect(current.hints.size).toBe(0);
    expect(current.lexicon.expand('QRT')).toBe('Quick Review Team');
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
    // The language service's loader names the other glossary by its document name.
    expect(pair.problems.get('b.natolex.json')![0]!.message).toContain('already used by document 0 ("Team glossary")');
    expect(pair.lexicon.expand('DRT')).toBe('Drafting Review Team');
  });

  it('does not read glossaries over the size limit', () => {
    const result = loadGlossaries([{ key: 'huge', label: 'huge', size: 50_000_000 }], { maxSize: 5_000_000, bundled });
    expect(result.problems.get('huge')![0]).toMatchObject({ code: 'too-large' });
    expect(result.problems.get('huge')![0]!.message).toMatch(/larger than the 5\.0 MB allowed by the natolex\.maxGlossarySize setting/);
    expect(result.loaded).toEqual([]);
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

describe('a typo costs as little as it can', () => {
  const twoEntries = (second: string) =>
    `{\n  "name": "Team",\n  "acronyms": [\n    { "id": "acronym.t.drt", "form": "DRT", "expansion": "Drafting Review Team" },\n    ${second}\n  ]\n}\n`;
  const good = twoEntries('{ "id": "acronym.t.qrt", "form": "QRT", "expansion": "Quick Review Team" }');

  it('leaves out only the entry with a schema error, says so there, and offers the "did you mean" rename', () => {
    const typo = twoEntries('{ "id": "acronym.t.qrt", "form": "QRT", "expansoin": "Quick Review Team" }');
    const result = load(source('team', typo));
    expect(result.lexicon.expand('DRT')).toBe('Drafting Review Team');
    expect(result.lexicon.expand('QRT')).toBeUndefined();
    expect(result.loaded[0]).toMatchObject({ dropped: 1 });
    const problems = result.problems.get('team')!;
    const rename = problems.find((problem) => problem.fix)!;
    expect(rename.message).toMatch(/^Entry not loaded \(the rest of this glossary is\): \/acronyms\/1\/expansoin: unknown property 'expansoin' \(did you mean 'expansion'\?\)/);
    expect(typo.split('\n')[4]!.slice(rename.character, rename.endCharacter)).toBe('"expansoin"');
    expect(rename.fix).toEqual({ title: "Rename to 'expansion'", text: '"expansion"' });
    expect(problems.every((problem) => problem.code === 'schema')).toBe(true);
  });

  it('keeps serving the last good version of a file that no longer parses, and says so', () => {
    const first = load(source('team', good));
    const previous = new Map(first.loaded.map((glossary) => [glossary.key, glossary.document]));
    const missingComma = good.replace('"form": "QRT",', '"form": "QRT"');
    const result = loadGlossaries([source('team', missingComma)], { maxSize: 100_000, bundled, previous });
    expect(result.lexicon.expand('QRT')).toBe('Quick Review Team');
    expect(result.loaded[0]).toMatchObject({ key: 'team', stale: true });
    const [problem] = result.problems.get('team')!;
    expect(problem).toMatchObject({ code: 'syntax', line: 4 });
    expect(problem!.message).toMatch(/^Glossary not reloaded: .*natolex keeps serving the last good version of this file \(2 entries\) until this is fixed\.$/);
    expect(result.origins.get('acronym.t.qrt')).toBe('team (its last good version: the file has errors)');
    // Without an earlier good load there is nothing to fall back on.
    expect(load(source('team', missingComma)).lexicon.expand('QRT')).toBeUndefined();
  });

  it('falls back on the last good version for invalid documents, unreadable files and id clashes, not for size', () => {
    const previous = new Map([['team', JSON.parse(good)]]);
    const options = { maxSize: 100_000, bundled, previous };
    // Declared schema 1 (without "$schema" and "acronyms" a document is read as schema 2, which has no such array).
    const misspeltArray = good.replace('"acronyms"', '"$schema": "urn:natolex:schema:lexicon:1",\n  "acronymz"');
    const wholeFile = loadGlossaries([source('team', misspeltArray)], options);
    expect(wholeFile.lexicon.expand('DRT')).toBe('Drafting Review Team');
    expect(wholeFile.problems.get('team')!.find((problem) => problem.fix)?.fix?.text).toBe('"acronyms"');
    expect(loadGlossaries([{ key: 'team', label: 'team', size: 10, readError: 'EBUSY' }], options).lexicon.expand('QRT')).toBe('Quick Review Team');
    const clash = loadGlossaries([source('team', good.replace('acronym.t.qrt', 'acronym.nuc'))], options);
    expect(clash.lexicon.expand('QRT')).toBe('Quick Review Team');
    expect(clash.problems.get('team')![0]).toMatchObject({ code: 'duplicate-id' });
    expect(clash.problems.get('team')![0]!.message).toMatch(/already used by the bundled corpus at \/concepts\/\d+\/terms\/\d+\/id; ids must be unique\. natolex keeps serving the last good version/);
    const tooLarge = loadGlossaries([source('team', good)], { ...options, maxSize: 10 });
    expect(tooLarge.lexicon.expand('QRT')).toBeUndefined();
  });

  it('drops a last good version that clashes with another glossary now', () => {
    const previous = new Map([['b', JSON.parse(good.replace('"Team"', '"B"'))]]);
    const result = loadGlossaries([source('a', good), source('b', good.replace('"Team"', '"B"').replace('"form": "QRT",', '"form": "QRT"'))], { maxSize: 100_000, bundled, previous });
    expect(result.lexicon.expand('QRT')).toBe('Quick Review Team');
    expect(result.loaded.map((glossary) => glossary.key)).toEqual(['a']);
    expect(result.problems.get('b')!.at(-1)!.message).toMatch(/last good version no longer fits/);
  });

  it('loads the whole file as invalid when an error lies outside the entries', () => {
    const result = load(source('team', good.replace('"name": "Team"', '"name": 5')));
    expect(result.lexicon.expand('DRT')).toBeUndefined();
    expect(result.problems.get('team')![0]!.message).toMatch(/^Glossary not loaded: \/name: /);
  });

  it('counts entries', () => {
    expect(entryCount(JSON.parse(good))).toBe(2);
  });
});
