// Every export keeps its documented promise for any argument: it returns what its type says, or throws a LexiconError
// (only where the README says it may), never a TypeError or anything else. Arguments are arbitrary values, with
// hostile ones mixed in: proxies whose every trap throws, objects whose toString throws, huge strings.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as data from './index.js';
import { formTokenCount, formTokens } from './text/tokens.js';
import { formArbitrary } from './test-support/arbitraries.js';

const SEED = 20_251_201;
const trap = () => {
  throw new Error('hostile trap');
};
const HOSTILE: unknown[] = [
  new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }),
  new Proxy([], { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }),
  { toString: trap, valueOf: trap, [Symbol.toPrimitive]: trap },
  Object.create(null),
  { text: 'NUC', matches: [null, 5] },
  { start: 0, end: 3, text: 'x' },
  { start: 0, end: 3, form: 'NUC', expansion: 'x', id: 'acronym.nuc' },
  { scan: () => [{ start: 0, end: 3, text: 'NUC', id: 'acronym.nuc', kind: 'acronym' }, null], get: () => ({ expansion: 5 }) },
  { scan: trap, get: trap },
  { limit: Symbol('l'), kinds: 'acronym', style: 'apa', markdown: 0, ignore: 'NUC' },
  { id: 'c.x', terms: [null, { text: 5, type: 'acronym', status: 'preferred', language: 7 }, { text: 'X', type: 'fullForm', status: 'deprecated' }], definitions: [null], contexts: 'x' },
  { terms: new Proxy([], { get: trap }) },
  { text: 'X', type: 'acronym', status: 'deprecated', language: 'fr' },
  'x'.repeat(100_000),
];
/** Stands for HOSTILE[index] in generated values: fast-check itself would trip over the proxies while generating. */
class Hostile {
  constructor(readonly index: number) {}
}
const resolve = (value: unknown): unknown => (value instanceof Hostile ? HOSTILE[value.index] : value);
const argument = fc.oneof(fc.anything(), fc.string(), fc.nat(HOSTILE.length - 1).map((index) => new Hostile(index)));

type Returns = (value: unknown) => boolean;
const array: Returns = Array.isArray;
const object: Returns = (value) => typeof value === 'object' && value !== null;
const optional: Returns = (value) => value === undefined || object(value);

/** A real concept with an acronym, for the helpers' second argument. */
const concept = data.lookup('KFOR')!.concept;

/** Each export with what it may return, and whether it may throw (a LexiconError) at all. */
const EXPORTS: [string, (a: unknown, b: unknown) => unknown, Returns, 'may throw' | 'never throws'][] = [
  ['lookup', (a) => data.lookup(a as string), optional, 'never throws'],
  ['expand', (a) => data.expand(a as string), (value) => value === undefined || typeof value === 'string', 'never throws'],
  ['lexicon.get', (a) => data.lexicon.get(a as string), optional, 'never throws'],
  ['search', (a, b) => data.search(a as string, b as never), array, 'never throws'],
  ['search (string query)', (a, b) => data.search(String(typeof a === 'string' ? a : 'Uzbekistan'), b as never), array, 'never throws'],
  ['matchAt', (a, b) => data.matchAt(a as never, b as number), optional, 'never throws'],
  ['isLexiconError', (a) => data.isLexiconError(a), (value) => typeof value === 'boolean', 'never throws'],
  ['new LexiconError', (a) => new data.LexiconError(a as never), (value) => data.isLexiconError(value), 'never throws'],
  ['scan', (a, b) => data.scan(a as string, b as never), array, 'may throw'],
  ['scan (string text)', (a, b) => data.scan(typeof a === 'string' ? a : 'The NUC met.', b as never), array, 'may throw'],
  ['scanState', (a) => data.scanState(a as string), object, 'may throw'],
  ['rescan', (a, b) => data.rescan(a as never, b as never), object, 'may throw'],
  ['rescan (real state)', (_a, b) => data.rescan(data.scanState('The NUC met.\nPfP'), b as never), object, 'may throw'],
  ['cite', (a, b) => data.cite(a as string, b as never), (value) => typeof value === 'string', 'may throw'],
  ['createLexicon', (a, b) => data.createLexicon(a as never, b as never), object, 'may throw'],
  ['findFirstUseIssues', (a, b) => data.findFirstUseIssues(a as never, b as string), array, 'may throw'],
  ['findFirstUseIssues (bundled)', (a, b) => data.findFirstUseIssues(data.lexicon, a as string, b as never), array, 'may throw'],
  ['expandFirstUses', (a, b) => data.expandFirstUses(data.lexicon, a as string, b as never), array, 'may throw'],
  ['firstUseEdit', (a) => data.firstUseEdit(a as never), object, 'may throw'],
  ['findMarkdownNonProse', (a) => data.findMarkdownNonProse(a as string), array, 'may throw'],
  ['preferredTerm', (a, b) => data.preferredTerm(a as never, b as never), optional, 'may throw'],
  ['preferredTerm (real concept)', (_a, b) => data.preferredTerm(concept, b as never), optional, 'may throw'],
  ['acronymsOf', (a, b) => data.acronymsOf(a as never, b as never), array, 'may throw'],
  ['acronymsOf (real concept)', (_a, b) => data.acronymsOf(concept, b as never), array, 'may throw'],
  ['fullFormOf', (a, b) => data.fullFormOf(a as never, b as never), optional, 'may throw'],
  ['describeConcept', (a, b) => data.describeConcept(a as never, b as never), optional, 'may throw'],
  ['describeConcept (real concept)', (_a, b) => data.describeConcept(concept, b as never), optional, 'may throw'],
  ['replacementOf', (a, b) => data.replacementOf(a as never, b as never), optional, 'may throw'],
  ['replacementOf (real concept)', (_a, b) => data.replacementOf(concept, b as never), optional, 'may throw'],
  ['conceptLabel', (a, b) => data.conceptLabel(a as never, b as never), (value) => typeof value === 'string', 'may throw'],
  ['expansionOf', (a, b) => data.expansionOf(a as never, b as never), (value) => value === undefined || typeof value === 'string', 'may throw'],
  ['expansionOf (real concept)', (_a, b) => data.expansionOf(concept, b as never), (value) => value === undefined || typeof value === 'string', 'may throw'],
];

describe('every export keeps its promise for any argument', () => {
  test('the list covers every function the package exports', () => {
    const functions = Object.entries(data).filter(([, value]) => typeof value === 'function').map(([name]) => name);
    const covered = new Set(EXPORTS.map(([name]) => name.split(' ')[0] === 'new' ? name.split(' ')[1] : name.split(' ')[0]));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
  });

  test.each(EXPORTS)('%s', (_name, call, returns, throws) => {
    fc.assert(
      fc.property(argument, argument, (a, b) => {
        let value: unknown;
        try {
          value = call(resolve(a), resolve(b));
        } catch (error) {
          return throws === 'may throw' && data.isLexiconError(error);
        }
        return returns(value);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

test('formTokenCount counts like formTokens, up to its limit', () => {
  fc.assert(
    fc.property(fc.oneof(formArbitrary, fc.string(), fc.constantFrom('', '  ', '\n', ' a ', 'a\u2028b')), fc.integer({ min: 0, max: 8 }), (form, limit) => {
      const count = formTokenCount(form, limit);
      const exact = formTokens(form).length;
      return exact <= limit ? count === exact : count === limit + 1;
    }),
    { seed: SEED, numRuns: 5_000 },
  );
});
