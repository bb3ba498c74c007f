import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ISSUE_LIMIT,
  formatIssue,
  formatOmitted,
  isSchemaKeyword,
  locatePointer,
  parseLexiconText,
  placeIssues,
  validateAnyLexiconText,
  validateLexicon,
  validateLexiconText,
  validateLexiconTextV1,
  validateLexiconV1,
  type ValidationIssue,
  type ValidationResult,
} from './validate.js';

const fixtures = new URL('../test/fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const list = (dir: string) => readdirSync(new URL(`${dir}/`, fixtures)).filter((name) => name.endsWith('.json')).sort();

type Expected = Pick<ValidationIssue, 'pointer' | 'line' | 'column' | 'keyword'> & { message: string | RegExp };

/** Every issue each invalid schema 1 fixture (test/fixtures/v1) must produce, exactly and in this order. */
const invalidFixturesV1: Record<string, Expected[]> = {
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
    {
      pointer: '/acronyms/0/expansion',
      line: 3,
      column: 56,
      keyword: 'pattern',
      message: "must contain a visible character and no line break or control character (got '')",
    },
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

const SINGLE_LINE = 'must contain a visible character and no line break or control character';
const SYNTAX: Record<string, Expected[]> = Object.fromEntries(
  ['root-array.json', 'syntax-comment.json', 'syntax-empty.json', 'syntax-missing-comma.json', 'syntax-trailing-comma.json', 'syntax-unclosed.json', 'bad-url.json', 'csl-name-incomplete.json', 'unknown-top-level.json'].map((name) => [name, invalidFixturesV1[name] ?? []]),
);
const EVENT_DATE = "must be a date YYYY, YYYY-MM or YYYY-MM-DD, or two of them separated by '/' for a period, e.g. '2004/2011'";

/** Every issue each invalid schema 2 fixture (test/fixtures/v2) must produce, exactly and in this order. */
const invalidFixturesV2: Record<string, Expected[]> = {
  ...SYNTAX,
  'bad-event-date.json': [
    { pointer: '/events/0/date', line: 3, column: 40, keyword: 'pattern', message: `${EVENT_DATE} (got 'in 1994')` },
    { pointer: '/events/1/date', line: 4, column: 40, keyword: 'pattern', message: `${EVENT_DATE} (got '2004/')` },
    { pointer: '/events/2/date', line: 5, column: 40, keyword: 'pattern', message: `${EVENT_DATE} (got '2004/2011/2012')` },
  ],
  'bad-id.json': [{ pointer: '/concepts/0/id', line: 3, column: 13, keyword: 'pattern', message: /^must be an id: .*\(got 'Concept NUC'\)$/ }],
  'bad-language.json': [
    { pointer: '/language', line: 2, column: 15, keyword: 'pattern', message: "must be a BCP 47 language tag such as 'en', 'fr' or 'en-GB' (got 'english')" },
    { pointer: '/concepts/0/terms/0/language', line: 4, column: 133, keyword: 'pattern', message: "(got 'en_GB')" },
  ],
  'bad-relation.json': [
    { pointer: '/concepts/0/related/0/type', line: 7, column: 29, keyword: 'enum', message: "must be one of 'broader', 'narrower', 'related', 'replaces', 'replacedBy', 'partOf' (got 'successor')" },
    { pointer: '/concepts/0/related/1', line: 7, column: 99, keyword: 'required', message: "must have required property 'target'" },
  ],
  'bad-status.json': [
    { pointer: '/concepts/0/terms/0/status', line: 7, column: 80, keyword: 'enum', message: "must be one of 'preferred', 'admitted', 'deprecated', 'superseded' (got 'obsolete')" },
  ],
  'bad-term-type.json': [
    { pointer: '/concepts/0/terms/0/type', line: 3, column: 87, keyword: 'enum', message: "must be one of 'fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant' (got 'initialism')" },
  ],
  'bom-crlf-wrong-type.json': [{ pointer: '/concepts/0/terms', line: 4, column: 67, keyword: 'type', message: 'must be an array (got an integer)' }],
  'duplicate-key.json': [{ pointer: '/name', line: 4, column: 3, keyword: 'duplicateKey', message: "duplicate property 'name' (JSON keeps only the last one)" }],
  'duplicate-topic.json': [{ pointer: '/concepts/0/topics/2', line: 7, column: 47, keyword: 'uniqueItems', message: 'duplicate item: same as item 0' }],
  'empty-provenance.json': [
    { pointer: '/concepts/0/terms/0/text', line: 3, column: 72, keyword: 'pattern', message: `${SINGLE_LINE} (got '')` },
    { pointer: '/concepts/0/definitions/0/provenance', line: 4, column: 57, keyword: 'minItems', message: 'must not be empty (at least one item)' },
  ],
  'missing-terms.json': [
    { pointer: '/concepts/1', line: 5, column: 5, keyword: 'required', message: "must have required property 'terms'" },
    { pointer: '/concepts/2/terms', line: 6, column: 67, keyword: 'minItems', message: 'must not be empty (at least one item)' },
  ],
  'schema-1-members.json': [
    {
      pointer: '/acronyms',
      line: 3,
      column: 3,
      keyword: 'additionalProperties',
      message: "unknown property 'acronyms' (a schema 1 member: schema 2 has concepts; `natolex migrate` converts the file)",
    },
  ],
  'unknown-property.json': [
    { pointer: '/concepts/0/defintions', line: 8, column: 7, keyword: 'additionalProperties', message: "unknown property 'defintions' (did you mean 'definitions'?)" },
  ],
  'wrong-schema-id.json': [{ pointer: '/$schema', line: 2, column: 14, keyword: 'const', message: "must be 'urn:natolex:schema:lexicon:2' (got './node_modules" }],
  'wrong-type.json': [{ pointer: '/concepts', line: 3, column: 15, keyword: 'type', message: 'must be an array (got an object)' }],
};

/**
 * What differs between the schemas for the tests that hold for both: where the fixtures are, the validators, and
 * documents of each shape built for a purpose.
 */
interface Version {
  name: string;
  dir: string;
  invalidFixtures: Record<string, Expected[]>;
  validate: (value: unknown) => ValidationResult;
  validateText: (text: string, file?: string) => ValidationResult;
  /** The member that holds the entries, and a document with one entry lacking a required property. */
  entries: string;
  missingRequired: { value: unknown; pointer: string; message: string };
  /** A document of `count` entries with one wrong-typed field each, and that field's pointer. */
  invalidEntries: (count: number) => { value: Record<string, unknown>; pointerOf: (i: number) => string };
  /** A document with an id list (uniqueItems) holding `ids`, and the list's pointer. */
  withIdList: (ids: string[]) => { value: unknown; pointer: string };
  /** A document with `form` in one Form (and its pointer), or in every place that takes a Form. */
  oneForm: (form: string) => { value: unknown; pointer: string };
  everyForm: (form: string) => { value: unknown; pointers: string[] };
  /** A document with several problems, and their pointers in text order. */
  manyProblems: { value: unknown; pointers: string[] };
}

const concept = (terms: unknown[], fields: Record<string, unknown> = {}) => ({ id: 'concept.x', subjectField: 'concept', terms, ...fields });
const term = (fields: Record<string, unknown> = {}) => ({ text: 'X', type: 'acronym', status: 'preferred', ...fields });

const versions: Version[] = [
  {
    name: 'schema 2',
    dir: 'v2',
    invalidFixtures: invalidFixturesV2,
    validate: validateLexicon,
    validateText: validateLexiconText,
    entries: 'concepts',
    missingRequired: { value: { concepts: [{ id: 'concept.x', subjectField: 'body' }] }, pointer: '/concepts/0', message: "must have required property 'terms'" },
    invalidEntries: (count) => ({
      value: { concepts: Array.from({ length: count }, (_, i) => ({ id: `concept.c${i}`, subjectField: 'concept', terms: [term({ text: `C${i}`, definedInSource: 'yes' })] })) },
      pointerOf: (i) => `/concepts/${i}/terms/0/definedInSource`,
    }),
    withIdList: (ids) => ({ value: { concepts: [concept([term()], { topics: ids })] }, pointer: '/concepts/0/topics' }),
    oneForm: (form) => ({ value: { concepts: [concept([term({ text: form })])] }, pointer: '/concepts/0/terms/0/text' }),
    everyForm: (form) => ({
      value: { concepts: [concept([term({ text: form }), term({ text: form, type: 'fullForm' })]), concept([term({ text: form, type: 'variant' })], { id: 'concept.y' })] },
      pointers: ['/concepts/0/terms/0/text', '/concepts/0/terms/1/text', '/concepts/1/terms/0/text'],
    }),
    manyProblems: {
      value: { concepts: [{ id: 'X' }, concept([term({ status: 'gone' })])], name: '' },
      pointers: ['/concepts/0', '/concepts/0', '/concepts/0/id', '/concepts/1/terms/0/status', '/name'],
    },
  },
  {
    name: 'schema 1',
    dir: 'v1',
    invalidFixtures: invalidFixturesV1,
    validate: validateLexiconV1,
    validateText: validateLexiconTextV1,
    entries: 'acronyms',
    missingRequired: { value: { acronyms: [{ id: 'acronym.x', form: 'X' }] }, pointer: '/acronyms/0', message: "must have required property 'expansion'" },
    invalidEntries: (count) => ({
      value: { acronyms: Array.from({ length: count }, (_, i) => ({ id: `acronym.a${i}`, form: `A${i}`, expansion: 'A', definedInSource: 'yes' })) },
      pointerOf: (i) => `/acronyms/${i}/definedInSource`,
    }),
    withIdList: (related) => ({ value: { acronyms: [{ id: 'acronym.x', form: 'X', expansion: 'X', related }] }, pointer: '/acronyms/0/related' }),
    oneForm: (form) => ({ value: { acronyms: [{ id: 'acronym.x', form, expansion: 'Ex' }] }, pointer: '/acronyms/0/form' }),
    everyForm: (form) => ({
      value: { acronyms: [{ id: 'acronym.x', form, expansion: form, variants: [{ form }] }], terms: [{ id: 'term.t', term: form, category: 'concept', aliases: [form] }] },
      pointers: ['/acronyms/0/form', '/acronyms/0/expansion', '/acronyms/0/variants/0/form', '/terms/0/term', '/terms/0/aliases/0'],
    }),
    manyProblems: {
      value: { acronyms: [{ id: 'X' }, { id: 'ok', form: 'OK', expansion: 'Okay', status: 'gone' }], name: '' },
      pointers: ['/acronyms/0', '/acronyms/0', '/acronyms/0/id', '/acronyms/1/status', '/name'],
    },
  },
];

describe.each(versions)('$name', (version) => {
  const { dir, invalidFixtures, validate, validateText } = version;

  describe('valid fixtures', () => {
    it.each(list(`${dir}/valid`))('%s is valid as text and as a value', (name) => {
      const text = read(`${dir}/valid/${name}`);
      expect(validateText(text, name)).toEqual({ valid: true, errors: [], omitted: 0 });
      expect(validate(JSON.parse(text.replace(/^\uFEFF/, '')))).toEqual({ valid: true, errors: [], omitted: 0 });
    });
  });

  describe('invalid fixtures', () => {
    it('every invalid fixture has an expectation, and every expectation a fixture', () => {
      expect(list(`${dir}/invalid`)).toEqual(Object.keys(invalidFixtures).sort());
    });

    it.each(Object.entries(invalidFixtures))('%s reports the exact pointer, line and column', (name, expected) => {
      const result = validateText(read(`${dir}/invalid/${name}`), `invalid/${name}`);
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
        const value: unknown = JSON.parse(read(`${dir}/invalid/${name}`).replace(/^\uFEFF/, ''));
        // Value issues come in ajv's order, text issues in text order: compare them as sets.
        const summary = (issues: ValidationIssue[]) => issues.map(({ pointer, message }) => `${pointer} ${message}`).sort();
        expect(summary(validate(value).errors), name).toEqual(summary(validateText(read(`${dir}/invalid/${name}`)).errors));
      }
    });
  });

  describe('text', () => {
    it('points at the key of an unknown property and at the value of a wrong one', () => {
      const text = '{\n  "name": 1,\n  "nmae": "x"\n}';
      const [wrongType, unknown] = validateText(text).errors;
      expect(wrongType).toMatchObject({ pointer: '/name', line: 2, column: 11, offset: 12, length: 1 });
      expect(unknown).toMatchObject({ pointer: '/nmae', line: 3, column: 3, offset: 17, length: 6, message: "unknown property 'nmae' (did you mean 'name'?)" });
    });

    it('escapes ~ and / in pointers and finds the escaped members', () => {
      const result = validateText('{"a/b~c": 1}');
      expect(result.errors).toEqual([expect.objectContaining({ pointer: '/a~1b~0c', line: 1, column: 2, message: "unknown property 'a/b~c'" })]);
    });

    it('reports every error in one pass (allErrors), sorted by position', () => {
      const errors = validateText(JSON.stringify(version.manyProblems.value, null, 2)).errors;
      expect(errors.map((issue) => issue.pointer)).toEqual(version.manyProblems.pointers);
      const offsets = errors.map((issue) => issue.offset ?? -1);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    });

    it('counts a leading byte-order mark in offsets but not in columns', () => {
      const [issue] = validateText('\uFEFF{"x": 1}').errors;
      expect(issue).toMatchObject({ line: 1, column: 2, offset: 2, pointer: '/x' });
    });

    it('does not let a "__proto__" key change anything but report it', () => {
      const result = validateText('{"__proto__": {"polluted": true}}');
      expect(result.errors).toEqual([expect.objectContaining({ pointer: '/__proto__', message: "unknown property '__proto__'" })]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('handles nesting far deeper than any parser recursion allows', () => {
      const depth = 100_000;
      const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      expect(validateText(deepArray).errors).toEqual([expect.objectContaining({ pointer: '', keyword: 'type' })]);
      const deepName = `{"name": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
      expect(validateText(deepName).errors).toEqual([expect.objectContaining({ pointer: '/name', line: 1, column: 10 })]);
      const unclosed = `{"name": ${'['.repeat(depth)}`;
      const [syntax] = validateText(unclosed).errors;
      expect(syntax).toMatchObject({ keyword: 'syntax', pointer: '' });
      expect(syntax?.line).toBeGreaterThanOrEqual(1);
    });

    it('answers non-string input with an issue instead of throwing', () => {
      const result = validateText(undefined as unknown as string, 'x.json');
      expect(result).toEqual({
        valid: false,
        errors: [{ file: 'x.json', line: 1, column: 1, pointer: '', keyword: 'syntax', message: 'expected JSON text, got undefined' }],
        omitted: 0,
      });
    });

    it('keeps messages on one line whatever the input contains', () => {
      const result = validateText('{"bad\\nkey\\u0000": 1, "language": "e\\nn"}');
      for (const issue of result.errors) expect(formatIssue(issue)).not.toMatch(/[\n\r\u0000]/);
      expect(result.errors[0]?.message).toBe("unknown property 'bad\\u000akey\\u0000'");
    });
  });

  describe('values', () => {
    it('accepts a minimal document', () => {
      expect(validate({})).toEqual({ valid: true, errors: [], omitted: 0 });
    });

    it('reports line and column 1 and the pointer for values', () => {
      const { value, pointer, message } = version.missingRequired;
      expect(validate(value).errors).toEqual([{ line: 1, column: 1, pointer, keyword: 'required', message }]);
    });

    it('never throws on hostile values', () => {
      const throwing = Object.defineProperty({}, version.entries, { enumerable: true, get: () => { throw new Error('boom'); } });
      expect(validate(throwing).errors).toEqual([expect.objectContaining({ keyword: 'internal', message: 'could not be validated: boom' })]);
      const proxy = new Proxy({}, { ownKeys: () => { throw new TypeError('no keys'); } });
      expect(validate(proxy).valid).toBe(false);
      const cyclic: Record<string, unknown> = { name: 'x' };
      cyclic.self = cyclic;
      expect(validate(cyclic).errors).toEqual([expect.objectContaining({ pointer: '/self' })]);
      for (const value of [undefined, null, 1n, Symbol('s'), () => 1, [], 'text', 0, true]) {
        const result = validate(value);
        expect(result.valid).toBe(false);
        expect(result.errors[0]?.pointer).toBe('');
      }
    });
  });

  describe('size of the work and of the report', () => {
    it(`lists the first ${ISSUE_LIMIT} problems in text order and counts the rest`, () => {
      const { value, pointerOf } = version.invalidEntries(150);
      const text = JSON.stringify({ ...value, name: 7 }, null, 1);
      const result = validateText(text);
      expect(result).toMatchObject({ valid: false, omitted: 51 });
      expect(result.errors).toHaveLength(ISSUE_LIMIT);
      expect(result.errors[0]?.pointer).toBe(pointerOf(0));
      expect(result.errors[99]?.pointer).toBe(pointerOf(99));
      expect(validate(JSON.parse(text))).toMatchObject({ valid: false, omitted: 51 });
    });

    it('interleaves duplicated keys with schema problems in text order, and counts every problem once', () => {
      const { value } = version.invalidEntries(150);
      const text = JSON.stringify({ ...value, name: 7 }, null, 1);
      // A duplicated key after the 11th "id" (in an entry, among the schema problems): JSON keeps the last copy.
      let at = -1;
      for (let n = 0; n < 11; n++) at = text.indexOf('"id"', at + 1);
      at = text.indexOf('\n', at);
      const duplicated = `${text.slice(0, at)}\n  "zDuplicate": 1,\n  "zDuplicate": 2,${text.slice(at)}`;
      const plain = validateText(text);
      const result = validateText(duplicated);
      const offsets = result.errors.map((issue) => issue.offset ?? 0);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      const keywords = result.errors.map((issue) => issue.keyword);
      expect(keywords.filter((keyword) => keyword === 'duplicateKey')).toHaveLength(1);
      expect(keywords.indexOf('duplicateKey')).toBeGreaterThan(0);
      // The other problems are those of the text without the duplicate (which adds an unknown property, too).
      expect(result.errors.length + result.omitted).toBe(plain.errors.length + plain.omitted + 2);
      expect(result.errors).toHaveLength(ISSUE_LIMIT);
    });

    // ajv copied all errors so far after each entry, and compared a uniqueItems array pair by pair: these took minutes.
    it('validates 100k invalid entries, and an id list of 100k ids, in linear time', () => {
      const { value } = version.invalidEntries(100_000);
      expect(validate(value)).toMatchObject({ valid: false, omitted: 100_000 - ISSUE_LIMIT });
      expect(validateText(JSON.stringify(value))).toMatchObject({ valid: false, omitted: 100_000 - ISSUE_LIMIT });
      const ids = Array.from({ length: 100_000 }, (_, i) => `topic.r${i}`);
      expect(validate(version.withIdList(ids).value).valid).toBe(true);
      ids.push('topic.r5');
      const { value: repeated, pointer } = version.withIdList(ids);
      expect(validate(repeated).errors).toEqual([expect.objectContaining({ pointer: `${pointer}/100000`, message: 'duplicate item: same as item 5' })]);
    }, 30_000);
  });

  describe('forms', () => {
    const messages = (value: unknown) => validate(value).errors.map(({ pointer, message }) => `${pointer} ${message}`);

    it.each([['NUC'], ['NATO A–Z'], [' padded '], ['\u00a0NBSP\u00a0'], ['x'.repeat(300)]])('accepts %j', (form) => {
      expect(messages(version.everyForm(form).value)).toEqual([]);
    });

    it.each([[''], ['   '], ['\u00a0'], ['a\nb'], ['a\r'], ['\tX'], ['a\u2028b'], ['\u001b[2J'], ['\u009b2J'], ['X\u0085']])('rejects %j', (form) => {
      const { value, pointer } = version.oneForm(form);
      expect(messages(value)).toEqual([expect.stringMatching(new RegExp(`^${pointer} ${SINGLE_LINE} \\(got '[^\\u0000-\\u001f\\u007f-\\u009f\\u2028]*'\\)$`))]);
    });

    it('bounds every form at 300 characters', () => {
      const { value, pointers } = version.everyForm('L'.repeat(301));
      expect(messages(value)).toEqual(pointers.map((p) => `${p} must be at most 300 characters long`));
    });

    it('checks a megabyte-long form with a line break in linear time', () => {
      const form = `${' '.repeat(1_000_000)}a${' a'.repeat(1_000_000)}\n`;
      expect(messages(version.oneForm(form).value).map((m) => m.split(' must')[1])).toEqual([
        ' be at most 300 characters long',
        ` contain a visible character and no line break or control character (got '${' '.repeat(40)}…')`,
      ]);
    }, 30_000);
  });
});

describe('a line break in a form, where it would end up in the files a fix writes', () => {
  it('is rejected in a schema 1 expansion', () => {
    const text = '{"acronyms": [{"id": "acronym.bare", "form": "bare",\n  "expansion": "false\\n\\thooksPath = hooks\\n#"}]}';
    expect(validateLexiconTextV1(text).errors).toEqual([
      expect.objectContaining({ line: 2, column: 16, pointer: '/acronyms/0/expansion', message: `${SINGLE_LINE} (got 'false\\u000a\\u0009hooksPath = hooks\\u000a#')` }),
    ]);
  });

  it('is rejected in a schema 2 full form', () => {
    const text = '{"concepts": [{"id": "concept.bare", "subjectField": "concept", "terms": [\n  {"type": "fullForm", "status": "preferred", "text": "false\\n\\thooksPath = hooks\\n#"}]}]}';
    expect(validateLexiconText(text).errors).toEqual([
      expect.objectContaining({ line: 2, column: 55, pointer: '/concepts/0/terms/0/text', message: `${SINGLE_LINE} (got 'false\\u000a\\u0009hooksPath = hooks\\u000a#')` }),
    ]);
  });
});

describe('the two schemas', () => {
  it('tell a schema 1 document from a schema 2 one (validateAnyLexiconText)', () => {
    const v1 = read('v1/valid/glossary-acronym.json');
    const v2 = read('v2/valid/glossary-concept.json');
    expect(validateAnyLexiconText(v1, 'a.json')).toEqual({ valid: true, errors: [], omitted: 0, version: 1 });
    expect(validateAnyLexiconText(v2, 'b.json')).toEqual({ valid: true, errors: [], omitted: 0, version: 2 });
    expect(validateAnyLexiconText('{"acronyms": [{"id": "acronym.x", "form": "X"}]}').errors).toEqual([
      expect.objectContaining({ pointer: '/acronyms/0', message: "must have required property 'expansion'" }),
    ]);
    expect(validateAnyLexiconText('{"acronyms": [], "concepts": []}')).toMatchObject({ version: 2, valid: false });
    expect(validateAnyLexiconText('{', 'c.json')).toMatchObject({ version: 2, valid: false, errors: [expect.objectContaining({ keyword: 'syntax' })] });
  });

  it('reject each other\'s documents', () => {
    const v1 = JSON.parse(read('v1/valid/glossary-acronym.json')) as unknown;
    const v2 = JSON.parse(read('v2/valid/glossary-concept.json')) as unknown;
    expect(validateLexicon(v1).errors.map((issue) => issue.pointer).sort()).toEqual(['/$schema', '/acronyms']);
    expect(validateLexiconV1(v2).errors.map((issue) => issue.pointer)).toEqual(['/concepts']);
  });
});

describe('parseLexiconText, placeIssues and locatePointer', () => {
  const text = '\uFEFF{\n  "acronyms": [\n    {"id": "acronym.x", "form": "X", "nmae": 1}\n  ]\n}';

  it('parses without the schema: syntax errors and duplicated keys only', () => {
    expect(parseLexiconText(text)).toEqual({ valid: true, errors: [], omitted: 0, value: JSON.parse(text.slice(1)) });
    expect(parseLexiconText('{"a": 1, "a": 2}', 'd.json')).toEqual({
      valid: false,
      omitted: 0,
      errors: [{ file: 'd.json', line: 1, column: 10, offset: 9, length: 3, pointer: '/a', keyword: 'duplicateKey', message: "duplicate property 'a' (JSON keeps only the last one)" }],
    });
    expect(parseLexiconText('{"a": }').errors).toEqual([expect.objectContaining({ keyword: 'syntax', column: 7 })]);
  });

  it('places issues found on the parsed value at their values, or keys for unknown properties, in text order', () => {
    const issues = [
      { pointer: '/acronyms/0/nmae', message: "unknown property 'nmae'", keyword: 'unevaluatedProperties' },
      { pointer: '/acronyms/0/id', message: 'dangling', keyword: 'reference' },
      { pointer: '/nowhere', message: 'not in the text' },
    ];
    expect(placeIssues(text, issues, 'g.json')).toEqual([
      { file: 'g.json', line: 1, column: 1, offset: 1, length: 0, pointer: '/nowhere', keyword: 'invalid', message: 'not in the text' },
      { file: 'g.json', line: 3, column: 12, offset: 30, length: 11, pointer: '/acronyms/0/id', keyword: 'reference', message: 'dangling' },
      { file: 'g.json', line: 3, column: 38, offset: 56, length: 6, pointer: '/acronyms/0/nmae', keyword: 'unevaluatedProperties', message: "unknown property 'nmae'" },
    ]);
  });

  it('locates the value a pointer names', () => {
    expect(locatePointer(text, '/acronyms/0/form')).toEqual({ line: 3, column: 33, offset: 51, length: 3 });
    expect(locatePointer(text, '')).toEqual({ line: 1, column: 1, offset: 1, length: 1 });
    expect(locatePointer(text, '/acronyms/1')).toBeUndefined();
    expect(locatePointer('not json', '/a')).toBeUndefined();
  });
});

describe('isSchemaKeyword', () => {
  it('knows the keywords validateLexicon and validateLexiconV1 report, and no property names or other checks', () => {
    for (const keyword of ['required', 'unevaluatedProperties', 'additionalProperties', 'pattern', 'maxLength', 'uniqueItems', 'anyOf', 'enum', 'const', 'internal']) {
      expect(isSchemaKeyword(keyword), keyword).toBe(true);
    }
    for (const keyword of ['uniqueId', 'knownId', 'formTokens', 'form', 'acronyms', 'Acronym', 'concepts', 'Concept', 'duplicateKey', 'syntax']) expect(isSchemaKeyword(keyword), keyword).toBe(false);
  });
});

describe('formatIssue', () => {
  it('shortens and escapes a hostile pointer and message', () => {
    const key = `\u009b${'k'.repeat(1_000_000)}`;
    const line = formatIssue({ file: 'g.json', line: 1, column: 2, pointer: `/${key}`, keyword: 'x', message: `about ${key}` });
    expect(line).toBe(`g.json:1:2  /\\u009b${'k'.repeat(78)}…  about \\u009b${'k'.repeat(493)}…`);
  });

  it('says how many problems are not listed', () => {
    expect(formatOmitted(99_900, 'g.json')).toBe('g.json: … and 99900 more problems (only the first 100 are listed)');
    expect(formatOmitted(1)).toBe('… and 1 more problem (only the first 100 are listed)');
  });

  it('renders file:line:col  pointer  message', () => {
    const issue: ValidationIssue = { file: 'g.json', line: 3, column: 7, pointer: '/acronyms/0', keyword: 'required', message: "must have required property 'expansion'" };
    expect(formatIssue(issue)).toBe("g.json:3:7  /acronyms/0  must have required property 'expansion'");
  });

  it('leaves out an unknown file and names the root', () => {
    expect(formatIssue({ line: 1, column: 1, pointer: '', keyword: 'type', message: 'must be an object' })).toBe('1:1  (root)  must be an object');
  });
});
