import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_ID } from '@natolex/schema';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const script = join(packageDir, 'scripts/build-lexicon.mjs');
const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
const temporary: string[] = [];

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'natolex-build-'));
  temporary.push(dir);
  return dir;
}

/** A copy of curated/ with one file edited by `edit`. */
function curatedWith(file: string, edit: (text: string) => string) {
  const dir = join(tempDir(), 'curated');
  cpSync(join(packageDir, 'curated'), dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

function build(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('build-lexicon', () => {
  it('writes the canonical lexicon with $schema, version, name and language, and the cleaned text', () => {
    const out = tempDir();
    const result = build('--out', out);
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(out, 'lexicon.json'), 'utf8');
    const lexicon = JSON.parse(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(lexicon).toMatchObject({ $schema: SCHEMA_ID, version, language: 'en', name: 'NATO A–Z topics: U' });
    expect(Object.keys(lexicon)).toEqual([...Object.keys(lexicon)].sort());
    expect(lexicon.topics.map((topic: { id: string }) => topic.id)).toEqual([
      'topic.ukraine', 'topic.unified-protector', 'topic.un', 'topic.unscr-1325', 'topic.uzbekistan',
    ]);
    expect(readFileSync(join(out, 'nato-topics-u.cleaned.txt'), 'utf8')).not.toMatch(/\?/);
  });

  it('computes usedIn as whole-word, case-sensitive occurrences', () => {
    const out = tempDir();
    expect(build('--out', out).status).toBe(0);
    const lexicon = JSON.parse(readFileSync(join(out, 'lexicon.json'), 'utf8'));
    const concept = (id: string) => lexicon.concepts.find((candidate: { id: string }) => candidate.id === id);
    // "DEEP" and "Defence Education and Enhancement Programme" both count; "deep" would not.
    expect(concept('concept.defence-education-and-enhancement-programme').usedIn).toEqual([
      'snippet.uzbekistan.p9', 'snippet.uzbekistan.p20', 'snippet.uzbekistan.milestone-2013',
    ]);
    expect(concept('concept.african-union').usedIn).toEqual(['snippet.un.p4', 'snippet.un.p35', 'snippet.un.p36']);
    expect(concept('concept.african-union').topics).toEqual(['topic.un']);
  });

  it('resolves the provenance of terms, definitions and contexts, and keeps event dates as curated', () => {
    const out = tempDir();
    const curated = curatedWith('concepts/operation.json', (text) => {
      const concepts = JSON.parse(text);
      const kfor = concepts.find((concept: { id: string }) => concept.id === 'concept.kosovo-force');
      kfor.contexts = [{ text: 'KFOR', provenance: [{ quote: 'Kosovo Force (KFOR)' }] }];
      return `${JSON.stringify(concepts, null, 2)}\n`;
    });
    expect(build('--curated', curated, '--out', out).status).toBe(0);
    const lexicon = JSON.parse(readFileSync(join(out, 'lexicon.json'), 'utf8'));
    const kfor = lexicon.concepts.find((concept: { id: string }) => concept.id === 'concept.kosovo-force');
    const span = { source: 'source.un', section: 'section.un.bringing-peace-to-the-former-yugoslavia', snippet: 'snippet.un.p29' };
    expect(kfor.terms[1]).toMatchObject({ id: 'acronym.kfor', text: 'KFOR', type: 'acronym', provenance: [{ ...span, quote: 'Kosovo Force (KFOR)' }] });
    expect(kfor.definitions[0].provenance[0]).toMatchObject(span);
    expect(kfor.contexts).toEqual([{ text: 'KFOR', provenance: [{ ...span, quote: 'Kosovo Force (KFOR)' }] }]);
    const dates = lexicon.events.map((event: { date: string }) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('fails, naming the file, the entry and the quote, when a provenance quote is not verbatim', () => {
    const curated = curatedWith('concepts/body.json', (text) => text.replace('"NATO-Ukraine Commission (NUC)"', '"NATO–Ukraine Commission (NUC)"'));
    const result = build('--curated', curated, '--out', tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('curated/concepts/body.json (concept.nato-ukraine-commission): provenance quote "NATO–Ukraine Commission (NUC)" is not verbatim in the cleaned text');
  });

  it('fails on a term without provenance, on a field the schema does not know, and on a schema 1 file left in curated/', () => {
    const curated = curatedWith('concepts/operation.json', (text) => {
      const concepts = JSON.parse(text);
      const kfor = concepts.find((concept: { id: string }) => concept.id === 'concept.kosovo-force');
      delete kfor.terms[1].provenance;
      kfor.expansion = 'Kosovo Force';
      return `${JSON.stringify(concepts, null, 2)}\n`;
    });
    writeFileSync(join(curated, 'acronyms.json'), '[]\n');
    const result = build('--curated', curated, '--out', tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('curated/concepts/operation.json (concept.kosovo-force): unknown field "expansion"');
    expect(result.stderr).toContain('curated/concepts/operation.json (concept.kosovo-force): term acronym.kfor needs at least one provenance span');
    expect(result.stderr).toContain('curated/acronyms.json: schema 1 curated records are no longer read');
  });

  it('fails, naming the curated file, when the data is invalid against the schema', () => {
    const curated = curatedWith('topics/uzbekistan.json', (text) => text.replace('"role": "caption"', '"role": "photo"'));
    const result = build('--curated', curated, '--out', tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/curated\/topics\/uzbekistan\.json \(snippet\.uzbekistan\.caption\): dist\/lexicon\.json:\d+:\d+ {2}\/snippets\/\d+\/role {2}must .*photo/);
  });

  it('fails on a curated file that is not JSON', () => {
    const curated = curatedWith('concepts/concept.json', (text) => text.replace('[', '[,'));
    const result = build('--curated', curated, '--out', tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('curated/concepts/concept.json: cannot be read as JSON');
  });

  it('fails when a data lint rule reports an issue (here: an acronym of the text is missing)', () => {
    const curated = curatedWith('concepts/body.json', (text) => {
      const concepts = JSON.parse(text);
      for (const concept of concepts) concept.terms = concept.terms.filter((term: { id?: string }) => term.id !== 'acronym.jcmb');
      return `${JSON.stringify(concepts, null, 2)}\n`;
    });
    const result = build('--curated', curated, '--out', tempDir());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('[long-form-acronyms]');
    expect(result.stderr).toContain('defines JCMB, which is not an acronym of the lexicon');
    expect(result.stderr).toContain('[stable-ids] acronym.jcmb: id disappeared');
  });
});
