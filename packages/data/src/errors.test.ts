import { describe, expect, test } from 'vitest';
import { ECHO_LIMIT, LexiconError, MESSAGE_LIMIT, clip, describeThrown, echo, guarded, isLexiconError } from './errors.js';

const trap = () => {
  throw new Error('trap');
};
const throwingProxy = new Proxy({}, { get: trap, getPrototypeOf: trap, has: trap });

describe('echo', () => {
  test('quotes short strings whole and cuts long ones, saying how long they were', () => {
    expect(echo('acronym.nuc')).toBe('"acronym.nuc"');
    const long = echo('x'.repeat(1_000_000));
    expect(long).toBe(`"${'x'.repeat(ECHO_LIMIT)}…" (1000000 characters)`);
  });

  test('does not cut a surrogate pair in half', () => {
    const text = `${'x'.repeat(ECHO_LIMIT - 1)}\u{1D400}${'y'.repeat(10)}`;
    expect(echo(text)).toBe(`"${'x'.repeat(ECHO_LIMIT - 1)}…" (${text.length} characters)`);
  });

  test('names other values by type and never throws', () => {
    expect(echo(null)).toBe('null');
    expect(echo(42)).toBe('42');
    expect(echo(Symbol('s'))).toBe('a value of type symbol');
    expect(echo([1])).toBe('an array');
    expect(echo({ toString: trap })).toBe('a value of type object');
    expect(echo(throwingProxy)).toBe('a value of type object');
  });
});

describe('LexiconError', () => {
  test('keeps its details', () => {
    const error = new LexiconError({ code: 'unknown-id', message: 'm', pointer: '/a', documentIndex: 1, documentName: 'n' });
    expect(error).toMatchObject({ name: 'LexiconError', code: 'unknown-id', message: 'm', pointer: '/a', documentIndex: 1, documentName: 'n', issues: [] });
  });

  test('caps the message whatever built it', () => {
    expect(new LexiconError({ code: 'unknown-id', message: 'x'.repeat(5000) }).message).toHaveLength(MESSAGE_LIMIT + 1);
  });

  test('can be made from anything without throwing', () => {
    for (const details of [null, undefined, 5, 'text', throwingProxy, { code: 5, message: {} }]) {
      const error = new LexiconError(details as never);
      expect(isLexiconError(error)).toBe(true);
      expect(error.code).toBe('invalid-argument');
    }
  });

  test('isLexiconError is false, never an exception, for a proxy whose traps throw', () => {
    expect(isLexiconError(throwingProxy)).toBe(false);
    expect(isLexiconError(new Error('x'))).toBe(false);
  });
});

describe('guarded', () => {
  test('passes results and LexiconErrors through, turns anything else into an invalid-argument LexiconError', () => {
    expect(guarded('f', () => 3)).toBe(3);
    const own = new LexiconError({ code: 'unknown-id', message: 'own' });
    expect(() =>
      guarded('f', () => {
        throw own;
      }),
    ).toThrow(own);
    try {
      guarded('scan', () => (null as unknown as { a: number }).a);
      expect.unreachable();
    } catch (error) {
      expect(isLexiconError(error)).toBe(true);
      expect((error as LexiconError).code).toBe('invalid-argument');
      expect((error as LexiconError).message).toMatch(/^scan: could not read the arguments \(TypeError: /);
    }
  });

  test('describeThrown and clip keep messages short and never throw', () => {
    expect(describeThrown(throwingProxy)).toBe('a value of type object');
    expect(describeThrown(new RangeError('r'))).toBe('RangeError: r');
    expect(clip('abc', 2)).toBe('ab…');
  });
});
