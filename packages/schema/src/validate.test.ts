import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, validateLexicon, validateLexiconText, type ValidationIssue } from './validate.js';

const fixtures = new URL('../test/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const list = (dir: string) => readdirSync(new URL(`${dir}/`, fixtures)).filter((name) => name.endsWith('.json')).sort();

type Expected = Pick<ValidationIssue, 'pointer' | 'line' | 'column' | 'keyword'> & { message: string | RegExp };

/** Every issue each invalid fixture must produce, exactly and in this order. */
const invalidFixtures: Record<string, Expected[]> = {
  'bad-event-date.json': [{ pointer: '/events/0/date', line: 5, column: 15, keyword: 'pattern', message: "(got 'in 1994')" }],
  'bad-id.json': [{ pointer: '/acronyms/0/id', line: 3, column: 13, keyword: 'pattern', message: /^must be an id: .*\(got 'Acronym NUC'\)$/ }],
  'bad-status.json': [
    {
      pointer: '/terms/0/status',
      line: 7,
      column: 17,
      keyword: 'enum',
      message: "must be one of 'preferred', 'admitted', 'deprecated', 'superseded' (got 'obsolete')",
    },
  ],
  'bad-url.json': [{ pointer: '/sources/0/URL', line: 3, column: 92, keyword: 'format', message: "must be a valid uri (got 'nato.int ukraine')" }],
  'bom-crlf-wrong-type.json': [
    { pointer: '/acronyms/0/expansion', line: 4, column: 58, keyword: 'type', message: 'must be a string (got an integer)' },
  ],
  'csl-name-incomplete.json': [
    { pointer: '/sources/0/author/0', line: 7, column: 18, keyword: 'anyOf', message: "must have at least one of the properties 'literal', 'family'" },
  ],
  'duplicate-alias.json': [{ pointer: '/terms/0/aliases/2', line: 7, column: 61, keyword: 'uniqueItems', message: 'duplicate item: same as item 0' }],
  'duplicate-key.json': [{ pointer: '/name', line: 4, column: 3, keyword: 'duplicateKey', message: "duplicate property 'name' (JSON keeps only the last one)" }],
  'empty-provenance.json': [
    { pointer: '/acronyms/0/expansion', line: 3, column: 56, keyword: 'minLength', message: 'must not be empty' },
    { pointer: '/acronyms/0/provenance', line: 3, column: 74, keyword: 'minItems', message: 'must not be empty (at least one item)' },
  ],
  'missing-expansion.json': [{ pointer: '/acronyms/1', line: 5, column: 5, keyword: 'required', message: "must have required property 'expansion'" }],
  'root-array.json': [{ pointer: '', line: 1, column: 1, keyword: 'type', message: 'must be an object (got an array)' }],
  'syntax-comment.json': [{ pointer: '', line: 2, column: 3, keyword: 'syntax', message: 'comments are not allowed in JSON' }],
  'syntax-empty.json': [{ pointer: '', line: 1, column: 1, keyword: 'syntax', message: 'the document is empty (expected a JSON object)' }],
  'syntax-missing-comma.json': [{ pointer: '', line: 3, column: 3, keyword: 'syntax', message: "expected ',' or a closing bracket (is a comma missing?)" }],
  'syntax-trailing-comma.json': [{ pointer: '', line: 3, column: 17, keyword: 'syntax', message: 'trailing comma is not allowed in JSON' }],
  'syntax-unclosed.json': [{ pointer: '', line: 5, column: 1, keyword: 'syntax', message: "expected ']' (an array is not closed)" }],
  'unknown-property.json': [
    {
      pointer: '/acronyms/0/defintion',
      line: 8,
      column: 7,
      keyword: 'unevaluatedProperties',
      message: "unknown property 'defintion' (did you mean 'definition'?)",
    },
  ],
  'unknown-top-level.json': [{ pointer: '/glossary', line: 3, column: 3, keyword: 'additionalProperties', message: "unknown property 'glossary'" }],
  'wrong-type.json': [{ pointer: '/acronyms', line: 3, column: 15, keyword: 'type', message: 'must be an array (got an object)' }],
};

describe('valid fixtures', () => {
  it.each(list('valid'))('%s is valid as text and as a value', (name) => {
    const text = read(`valid/${name}`);
    expect(validateLexiconText(text, name)).toEqual({ valid: true, errors: [] });
    expect(validateLexicon(JSON.parse(text.replace(/^\uFEFF/, '')))).toEqual({ valid: true, errors: [] });
  });
});

describe('invalid fixtures', () => {
  it('every invalid fixture has an expectation, and every expectation a fixture', () => {
    expect(list('invalid')).toEqual(Object.keys(invalidFixtures).sort());
  });

  it.each(Object.entries(invalidFixtures))('%s reports the exact pointer, line and column', (name, expected) => {
    const result = validateLexiconText(read(`invalid/${name}`), `invalid/${name}`);
    expect(result.valid).toBe(false);
    expect(result.errors.map(({ pointer, line, column, keyword }) => ({ pointer, line, column, keyword }))).toEqual(
      expected.map(({ pointer, line, column, keyword }) => ({ pointer, line, column, keyword })),
    );
    result.errors.forEach((issue, i) => {
      const message = expected[i]?.message ?? '';
      if (typeof message === 'string') expect(issue.message).toContain(message);
      else expect(issue.message).toMatch(message);
      expect(issue.file).toBe(`invalid/${name}`);
    });
  });

  it('schema-invalid fixtures give the same pointers and messages when validated as values', () => {
    for (const [name, expected] of Object.entries(invalidFixtures)) {
      if (expected.some((issue) => issue.keyword === 'syntax' || issue.keyword === 'duplicateKey')) continue;
      const value: unknown = JSON.parse(read(`invalid/${name}`).replace(/^\uFEFF/, ''));
      // Value issues come in ajv's order, text issues in text order: compare them as sets.
      const summary = (issues: ValidationIssue[]) => issues.map(({ pointer, message }) => `${pointer} ${message}`).sort();
      expect(summary(validateLexicon(value).errors), name).toEqual(summary(validateLexiconText(read(`invalid/${name}`)).errors));
    }
  });
});

describe('validateLexiconText', () => {
  it('points at the key of an unknown property and at the value of a wrong one', () => {
    const text = '{\n  "name": 1,\n  "nmae": "x"\n}';
    const [wrongType, unknown] = validateLexiconText(text).errors;
    expect(wrongType).toMatchObject({ pointer: '/name', line: 2, column: 11, offset: 12, length: 1 });
    expect(unknown).toMatchObject({ pointer: '/nmae', line: 3, column: 3, offset: 17, length: 6, message: "unknown property 'nmae' (did you mean 'name'?)" });
  });

  it('escapes ~ and / in pointers and finds the escaped members', () => {
    const result = validateLexiconText('{"a/b~c": 1}');
    expect(result.errors).toEqual([
      expect.objectContaining({ pointer: '/a~1b~0c', line: 1, column: 2, message: "unknown property 'a/b~c'" }),
    ]);
  });

  it('reports every error in one pass (allErrors), sorted by position', () => {
    const text = JSON.stringify({ acronyms: [{ id: 'X' }, { id: 'ok', form: 'OK', expansion: 'Okay', status: 'gone' }], name: '' }, null, 2);
    const errors = validateLexiconText(text).errors;
    expect(errors.map((issue) => issue.pointer)).toEqual([
      '/acronyms/0',
      '/acronyms/0',
      '/acronyms/0/id',
      '/acronyms/1/status',
      '/name',
    ]);
    const offsets = errors.map((issue) => issue.offset ?? -1);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('counts a leading byte-order mark in offsets but not in columns', () => {
    const [issue] = validateLexiconText('\uFEFF{"x": 1}').errors;
    expect(issue).toMatchObject({ line: 1, column: 2, offset: 2, pointer: '/x' });
  });

  it('does not let a "__proto__" key change anything but report it', () => {
    const result = validateLexiconText('{"__proto__": {"polluted": true}}');
    expect(result.errors).toEqual([expect.objectContaining({ pointer: '/__proto__', message: "unknown property '__proto__'" })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('handles nesting far deeper than any parser recursion allows', () => {
    const depth = 100_000;
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(validateLexiconText(deepArray).errors).toEqual([expect.objectContaining({ pointer: '', keyword: 'type' })]);
    const deepName = `{"name": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(validateLexiconText(deepName).errors).toEqual([expect.objectContaining({ pointer: '/name', line: 1, column: 10 })]);
    const unclosed = `{"name": ${'['.repeat(depth)}`;
    const [syntax] = validateLexiconText(unclosed).errors;
    expect(syntax).toMatchObject({ keyword: 'syntax', pointer: '' });
    expect(syntax?.line).toBeGreaterThanOrEqual(1);
  });

  it('answers non-string input with an issue instead of throwing', () => {
    const result = validateLexiconText(undefined as unknown as string, 'x.json');
    expect(result).toEqual({
      valid: false,
      errors: [{ file: 'x.json', line: 1, column: 1, pointer: '', keyword: 'syntax', message: 'expected JSON text, got undefined' }],
    });
  });

  it('keeps messages on one line whatever the input contains', () => {
    const result = validateLexiconText('{"bad\\nkey\\u0000": 1, "language": "e\\nn"}');
    for (const issue of result.errors) expect(formatIssue(issue)).not.toMatch(/[\n\r\u0000]/);
    expect(result.errors[0]?.message).toBe("unknown property 'bad\\u000akey\\u0000'");
  });
});

describe('validateLexicon', () => {
  it('accepts a minimal document', () => {
    expect(validateLexicon({})).toEqual({ valid: true, errors: [] });
  });

  it('reports line and column 1 and the pointer for values', () => {
    expect(validateLexicon({ acronyms: [{ id: 'acronym.x', form: 'X' }] }).errors).toEqual([
      { line: 1, column: 1, pointer: '/acronyms/0', keyword: 'required', message: "must have required property 'expansion'" },
    ]);
  });

  it('never throws on hostile values', () => {
    const throwing = Object.defineProperty({}, 'acronyms', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(validateLexicon(throwing).errors).toEqual([expect.objectContaining({ keyword: 'internal', message: 'could not be validated: boom' })]);
    const proxy = new Proxy({}, { ownKeys: () => { throw new TypeError('no keys'); } });
    expect(validateLexicon(proxy).valid).toBe(false);
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(validateLexicon(cyclic).errors).toEqual([expect.objectContaining({ pointer: '/self' })]);
    for (const value of [undefined, null, 1n, Symbol('s'), () => 1, [], 'text', 0, true]) {
      const result = validateLexicon(value);
      expect(result.valid).toBe(false);
      expect(result.errors[0]?.pointer).toBe('');
    }
  });
});

describe('formatIssue', () => {
  it('renders file:line:col  pointer  message', () => {
    const issue: ValidationIssue = { file: 'g.json', line: 3, column: 7, pointer: '/acronyms/0', keyword: 'required', message: "must have required property 'expansion'" };
    expect(formatIssue(issue)).toBe("g.json:3:7  /acronyms/0  must have required property 'expansion'");
  });

  it('leaves out an unknown file and names the root', () => {
    expect(formatIssue({ line: 1, column: 1, pointer: '', keyword: 'type', message: 'must be an object' })).toBe('1:1  (root)  must be an object');
  });
});
