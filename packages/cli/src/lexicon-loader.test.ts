import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as schema from '@natolex/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GlossaryError, checkGlossaries, loadLexicon, problemLines, type GlossaryFile } from './lexicon-loader.js';

// Counts schema validations, the loader's and those of createLexicon (which imports the same module here).
vi.mock('@natolex/schema', async (importOriginal) => {
  const actual = await importOriginal<typeof schema>();
  return { ...actual, validateLexicon: vi.fn(actual.validateLexicon), validateLexiconV1: vi.fn(actual.validateLexiconV1) };
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'natolex-loader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.mocked(schema.validateLexicon).mockClear();
  vi.mocked(schema.validateLexiconV1).mockClear();
});

async function files(contents: Record<string, string | Uint8Array>): Promise<GlossaryFile[]> {
  return Promise.all(
    Object.entries(contents).map(async ([name, content]) => {
      await writeFile(path.join(dir, name), content);
      return { path: path.join(dir, name), display: name };
    }),
  );
}

const glossary = (acronyms: object[]) => `${JSON.stringify({ name: 'Team', acronyms }, null, 2)}\n`;
const entry = (id: string, fields: object = {}) => ({ id: `acronym.${id}`, form: id.toUpperCase(), expansion: `Expansion of ${id}`, ...fields });

/** Each document was validated exactly once. */
function expectValidatedOnce(count: number) {
  // Schema 1 glossaries (these tests' own) are validated as schema 1.
  const validated = [...vi.mocked(schema.validateLexicon).mock.calls, ...vi.mocked(schema.validateLexiconV1).mock.calls].map(([document]) => document);
  expect(validated).toHaveLength(count);
  expect(new Set(validated).size).toBe(count);
}

describe('loadLexicon', () => {
  it('loads valid glossaries over the corpus, validating each once', async () => {
    const { lexicon, schemaOne } = await loadLexicon(await files({ 'a.json': glossary([entry('qqa')]), 'b.json': glossary([entry('qqb', { related: ['acronym.qqa'] })]) }));
    expect(lexicon.expand('QQB')).toBe('Expansion of qqb');
    expect(lexicon.expand('NUC')).toBe('NATO-Ukraine Commission');
    expectValidatedOnce(2);
    // Both are schema 1 glossaries (upgraded on load): natolex check warns about each.
    expect(schemaOne).toEqual(['a.json', 'b.json']);
  });

  it('reports every invalid glossary at file:line:col, validating each once', async () => {
    const glossaries = await files({ 'ok.json': glossary([entry('qqc')]), 'one.json': glossary([{ id: 'acronym.x' }]), 'two.json': glossary([entry('qqd', { status: 'gone' })]) });
    const error = await loadLexicon(glossaries).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as GlossaryError).problems).toEqual([
      "one.json:4:5  /acronyms/0  must have required property 'form'",
      "one.json:4:5  /acronyms/0  must have required property 'expansion'",
      "two.json:8:17  /acronyms/0/status  must be one of 'preferred', 'admitted', 'deprecated', 'superseded' (got 'gone')",
    ]);
    // ok.json and one.json were validated by createLexicon, which stopped at one.json; two.json by the loader.
    expectValidatedOnce(3);
  });

  it('lists the first 100 problems of a glossary and counts the rest', async () => {
    const many = Array.from({ length: 250 }, (_, i) => entry(`qq${i}`, { definedInSource: 'no' }));
    const check = await checkGlossaries(await files({ 'many.json': glossary(many) }));
    const lines = problemLines(check);
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('many.json:8:26  /acronyms/0/definedInSource  must be a boolean (got a string)');
    expect(lines[100]).toBe('many.json: … and 150 more problems (only the first 100 are listed)');
    expect(check.files[0]).toMatchObject({ valid: false, omitted: 150 });
    // createLexicon's error does not say how many problems were left out: only then is a document counted again.
    expect(schema.validateLexiconV1).toHaveBeenCalledTimes(2);
  });

  it('refuses glossaries that are not UTF-8, naming the byte or the encoding', async () => {
    const text = glossary([entry('qqe')]);
    const at = text.indexOf('Expansion');
    const latin1 = new Uint8Array([...Buffer.from(text.slice(0, at)), 0xe9, ...Buffer.from(text.slice(at))]);
    const check = await checkGlossaries(await files({ 'latin1.json': latin1, 'wide.json': Buffer.from(`\uFEFF${text}`, 'utf16le') }));
    expect(problemLines(check)).toEqual([
      `latin1.json:7:21  (root)  glossary is not valid UTF-8 (byte 0xE9 at offset ${at}); save it as UTF-8`,
      'wide.json:1:1  (root)  glossary is UTF-16 (little-endian); save it as UTF-8',
    ]);
    expect(check.lexicon).toBeUndefined();
  });

  it('reports syntax errors, duplicated keys and unreadable files', async () => {
    const glossaries = [...(await files({ 'syntax.json': '{"acronyms": [}', 'dup.json': '{"name": "a",\n "name": "b"}' })), { path: path.join(dir, 'missing.json'), display: 'missing.json' }];
    expect(problemLines(await checkGlossaries(glossaries))).toEqual([
      "syntax.json:1:15  (root)  expected a value, found '}'",
      "dup.json:2:2  /name  duplicate property 'name' (JSON keeps only the last one)",
      'missing.json:1:1  (root)  cannot read the glossary (ENOENT)',
    ]);
  });

  it('places problems createLexicon finds across documents in the glossary, without repeating where they are', async () => {
    const text = glossary([entry('qqf', { status: 'deprecated', preferred: 'acronym.nowhere' })]);
    const check = await checkGlossaries(await files({ 'ref.json': text }));
    expect(check.files).toEqual([{ file: 'ref.json', valid: true, errors: [], omitted: 0 }]);
    expect(check.conflicts).toEqual([expect.stringMatching(/^ref\.json:9:20 {2}\/acronyms\/0\/preferred {2}no acronym or term has the id "acronym\.nowhere"/)]);
  });
});
