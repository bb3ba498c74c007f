// The suite's assertions: the strict API of node:assert that the tests use, on top of chai, which runs in both
// extension hosts (the web-worker host has no node:assert).
import { assert as chai } from 'chai';

export function ok(value: unknown, message?: string): asserts value {
  chai.ok(value, message);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  chai.strictEqual(actual, expected, message);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  chai.notStrictEqual(actual, expected, message);
}

/** Deep, strict equality (chai compares types and prototypes like node:assert/strict). */
export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  chai.deepEqual(actual, expected, message);
}

export function match(value: string, pattern: RegExp, message?: string): void {
  chai.match(value, pattern, message);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string): void {
  chai.notMatch(value, pattern, message);
}
