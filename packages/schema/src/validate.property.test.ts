// Property tests (issue 5): the validator never throws and always answers with usable positions. Fixed seeds keep
// the normal test run reproducible; each property runs at least 10,000 cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schema, schemaV1 } from './index.js';
import { validateLexicon, validateLexiconText, validateLexiconTextV1, validateLexiconV1, type ValidationIssue, type ValidationResult } from './validate.js';

const RUNS = 10_000;
const TIMEOUT_MS = 120_000;
const settings = (seed: number) => ({ numRuns: RUNS, seed, endOnFailure: true });

/** Reference line/column of an offset by plain counting, to check the validator's line index. */
function naivePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function checkShape(result: ValidationResult): void {
  expect(result.valid).toBe(result.errors.length === 0);
  for (const issue of result.errors) {
    expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 1).toBe(true);
    expect(typeof issue.pointer).toBe('string');
    expect(issue.pointer === '' || issue.pointer.startsWith('/')).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(/[\n\r]/);
  }
}

function checkTextPositions(text: string, result: ValidationResult): void {
  checkShape(result);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  for (const issue of result.errors) {
    if (issue.keyword === 'internal') continue;
    const offset = issue.offset ?? -1;
    expect(offset).toBeGreaterThanOrEqual(bom);
    expect(offset + (issue.length ?? 0)).toBeLessThanOrEqual(text.length);
    expect({ line: issue.line, column: issue.column }).toEqual(naivePosition(text.slice(bom), offset - bom));
  }
}

function resolvePointer(value: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '') return { found: true, value };
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, token)) return { found: false };
    current = (current as Record<string, unknown>)[token];
  }
  return { found: true, value: current };
}

const KEY_KEYWORDS = new Set(['additionalProperties', 'unevaluatedProperties', 'duplicateKey']);

/** Schema issues of a parsed text point at real members, and the text at the reported offset is that member. */
function checkSchemaIssuesAgainstText(text: string, result: ValidationResult, validateValue: (value: unknown) => ValidationResult): void {
  const source = text.replace(/^\uFEFF/, '');
  const bom = text.length - source.length;
  const parsed: unknown = JSON.parse(source);
  for (const issue of result.errors) {
    const target = resolvePointer(parsed, issue.pointer);
    // A duplicated key inside a value that a later duplicate replaced is in the text but not in the parsed value.
    if (issue.keyword !== 'duplicateKey') expect(target.found, `${issue.pointer} resolves`).toBe(true);
    const at = source.slice((issue.offset ?? 0) - bom, (issue.offset ?? 0) - bom + (issue.length ?? 0));
    if (KEY_KEYWORDS.has(issue.keyword)) {
      const lastToken = issue.pointer.slice(issue.pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
      expect(JSON.parse(at)).toBe(lastToken);
    } else if (target.value !== null && typeof target.value === 'object') {
      expect(at).toBe(Array.isArray(target.value) ? '[' : '{');
    } else {
      expect(JSON.parse(at)).toEqual(target.value);
    }
  }
  // Text validation finds what value validation finds, plus duplicated keys.
  const summary = (issues: ValidationIssue[]) => issues.map((issue) => `${issue.pointer} ${issue.message}`).sort();
  expect(summary(result.errors.filter((issue) => issue.keyword !== 'duplicateKey'))).toEqual(summary(validateValue(parsed).errors));
}

// Names and values the schemas know, so generated documents reach deep into them and fail in many different ways.
const schemaWords = new Set<string>();
for (const known of [schema, schemaV1]) {
  JSON.stringify(known, (key, value: unknown) => {
    if (key && !key.startsWith('$') && key !== 'description' && key !== 'title') schemaWords.add(key);
    if (typeof value === 'string' && value.length < 30) schemaWords.add(value);
    return value;
  });
}
const word = fc.oneof(fc.constantFrom(...[...schemaWords].sort()), fc.string({ maxLength: 6 }));
const scalar = fc.oneof(word, fc.constantFrom('acronym.nuc', 'Bad Id', '', '2014-05', '2004/2011', 'en-GB', 'https://example.org'), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** JSON text built token by token, with arbitrary whitespace (CRLF, CR, tabs) and possibly duplicated keys. */
const whitespace = fc.constantFrom('', ' ', '\n', '\r\n', '\r', '\t', '  ', '\n    ');
type Tree = { kind: 'scalar'; value: unknown } | { kind: 'array'; items: Tree[] } | { kind: 'object'; members: [string, Tree][] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar.map((value): Tree => ({ kind: 'scalar', value })),
    fc.array(tie('tree'), { maxLength: 4 }).map((items): Tree => ({ kind: 'array', items })),
    fc.array(fc.tuple(word, tie('tree')), { maxLength: 6 }).map((members): Tree => ({ kind: 'object', members })),
  ),
})).tree;
const lexiconLike: fc.Arbitrary<Tree> = fc
  .array(fc.tuple(fc.constantFrom('$schema', 'name', 'concepts', 'acronyms', 'terms', 'sources', 'topics', 'snippets', 'events', 'language', 'extra'), tree), { maxLength: 7 })
  .map((members): Tree => ({ kind: 'object', members }));

function render(node: Tree, ws: () => string): string {
  if (node.kind === 'scalar') return JSON.stringify(node.value) ?? 'null';
  if (node.kind === 'array') return `[${ws()}${node.items.map((item) => render(item, ws)).join(`${ws()},${ws()}`)}${ws()}]`;
  return `{${ws()}${node.members.map(([key, value]) => `${JSON.stringify(key)}${ws()}:${ws()}${render(value, ws)}`).join(`,${ws()}`)}${ws()}}`;
}
const jsonText = fc.tuple(lexiconLike, fc.array(whitespace, { minLength: 1, maxLength: 16 }), fc.boolean()).map(([node, spaces, bom]) => {
  let i = 0;
  return (bom ? '\uFEFF' : '') + render(node, () => spaces[i++ % spaces.length] ?? '');
});

const versions = [
  { name: 'schema 2', validateLexicon, validateLexiconText, seedOffset: 0 },
  { name: 'schema 1', validateLexicon: validateLexiconV1, validateLexiconText: validateLexiconTextV1, seedOffset: 1 },
];

describe.each(versions)('validator properties, $name (fast-check, fixed seeds)', ({ validateLexicon, validateLexiconText, seedOffset }) => {
  it('validateLexicon never throws on arbitrary JSON values and answers with positions >= 1', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateLexicon(value);
        checkShape(result);
        for (const issue of result.errors) expect(resolvePointer(value, issue.pointer).found).toBe(true);
      }),
      settings(20261127 + seedOffset),
    );
  }, TIMEOUT_MS);

  it('validateLexicon never throws on arbitrary JavaScript values', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (value) => checkShape(validateLexicon(value))), settings(1325 + seedOffset));
  }, TIMEOUT_MS);

  it('validateLexiconText never throws on arbitrary strings and reports consistent line/column', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', ' ', '\n', '\r', '1', 'a', 'e', '-', '/', '*', '\uFEFF'), maxLength: 60 }));
    fc.assert(fc.property(anyText, (text) => checkTextPositions(text, validateLexiconText(text, 'any.json'))), settings(1540 + seedOffset));
  }, TIMEOUT_MS);

  it('validateLexiconText on lexicon-like JSON: issues point at real members, at the right place in the text', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const result = validateLexiconText(text);
        checkTextPositions(text, result);
        checkSchemaIssuesAgainstText(text, result, validateLexicon);
      }),
      settings(1997 + seedOffset),
    );
  }, TIMEOUT_MS);

  it('validateLexiconText on damaged JSON (a character cut or inserted) never throws', () => {
    const damaged = fc.tuple(jsonText, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', ':', '/', '\u0000')).map(([text, at, insert]) => {
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 1 : 0));
    });
    fc.assert(fc.property(damaged, (text) => checkTextPositions(text, validateLexiconText(text))), settings(2009 + seedOffset));
  }, TIMEOUT_MS);
});
