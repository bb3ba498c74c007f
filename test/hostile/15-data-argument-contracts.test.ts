// Item 15: `scan('x', null)`, `rescan(null, e)` and `search('x', null)` threw TypeError where the README promises a
// LexiconError or []. Every export of the built package is called here with hostile arguments (null, numbers,
// symbols, objects without a prototype, proxies whose every trap throws, values whose toString throws) and must keep
// its documented promise: its result type, or a LexiconError, and never another error.
import * as data from '@natolex/data';
import { expect, it } from 'vitest';

const trap = () => {
  throw new Error('hostile trap');
};
const throwingProxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
const throwingArray = new Proxy([], { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
const HOSTILE: unknown[] = [
  null,
  undefined,
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  10n,
  '',
  'NUC',
  Symbol('hostile'),
  true,
  {},
  [],
  [null],
  Object.create(null),
  { toString: trap, valueOf: trap },
  { start: 0, end: 1 },
  { start: Symbol('s'), end: {} },
  { text: 'NUC', matches: [null] },
  { text: 'NUC', matches: 'x' },
  { limit: { valueOf: trap }, kinds: 5 },
  { kinds: throwingArray },
  { style: { toString: trap } },
  { scan: () => 'not an array', get: () => null },
  { scan: () => [null, { start: 'x' }], get: trap },
  throwingProxy,
  throwingArray,
];

type Check = (value: unknown) => boolean;
const isArray: Check = Array.isArray;
const isUndefinedOrObject: Check = (value) => value === undefined || (typeof value === 'object' && value !== null);
const isString: Check = (value) => typeof value === 'string';
const isObject: Check = (value) => typeof value === 'object' && value !== null;

/** Each export, how it is called with two hostile arguments, and what it may return (it may also throw LexiconError). */
const CONTRACTS: [string, (a: unknown, b: unknown) => unknown, Check][] = [
  ['lookup', (a) => data.lookup(a as string), isUndefinedOrObject],
  ['expand', (a) => data.expand(a as string), (value) => value === undefined || typeof value === 'string'],
  ['lexicon.get', (a) => data.lexicon.get(a as string), isUndefinedOrObject],
  ['scan', (a, b) => data.scan(a as string, b as never), isArray],
  ['scan (string)', (_a, b) => data.scan('The NUC met.', b as never), isArray],
  ['scanState', (a) => data.scanState(a as string), isObject],
  ['rescan', (a, b) => data.rescan(a as never, b as never), isObject],
  ['rescan (state)', (_a, b) => data.rescan(data.scanState('The NUC met.'), b as never), isObject],
  ['search', (a, b) => data.search(a as string, b as never), isArray],
  ['search (string)', (_a, b) => data.search('Uzbekistan', b as never), isArray],
  ['cite', (a, b) => data.cite(a as string, b as never), isString],
  ['cite (snippet)', (_a, b) => data.cite('snippet.un.p4', b as never), isString],
  ['matchAt', (a, b) => data.matchAt(a as never, b as number), isUndefinedOrObject],
  ['createLexicon', (a, b) => data.createLexicon(a as never, b as never), isObject],
  ['findFirstUseIssues', (a, b) => data.findFirstUseIssues(a as never, b as string), isArray],
  ['findFirstUseIssues (lexicon)', (a, b) => data.findFirstUseIssues(data.lexicon, a as string, b as never), isArray],
  ['expandFirstUses', (a, b) => data.expandFirstUses(data.lexicon, a as string, b as never), isArray],
  ['firstUseEdit', (a) => data.firstUseEdit(a as never), isObject],
  ['findMarkdownNonProse', (a) => data.findMarkdownNonProse(a as string), isArray],
  ['isLexiconError', (a) => data.isLexiconError(a), (value) => typeof value === 'boolean'],
  ['new LexiconError', (a) => new data.LexiconError(a as never), (value) => data.isLexiconError(value)],
];

it.each(CONTRACTS)('%s keeps its promise for hostile arguments', (name, call, returns) => {
  const broken: string[] = [];
  for (const [index, a] of HOSTILE.entries()) {
    for (const b of [undefined, ...HOSTILE.slice(index % 3, index % 3 + 9)]) {
      try {
        const value = call(a, b);
        if (!returns(value)) broken.push(`${name}(#${index}, …) returned ${typeof value}`);
      } catch (error) {
        if (!data.isLexiconError(error)) broken.push(`${name}(#${index}, …) threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 80)}`);
      }
    }
  }
  expect(broken).toEqual([]);
});

it('keeps the promises the issue quoted', () => {
  expect(() => data.scan('x', null as never)).not.toThrow(TypeError);
  expect(data.search('x', null as never)).toEqual([]);
  expect(() => data.rescan(null as never, { start: 0, end: 0, text: '' })).toThrow(data.LexiconError);
});
