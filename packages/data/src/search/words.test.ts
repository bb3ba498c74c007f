import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { boundedEditDistance } from './words.js';

/** Optimal-string-alignment distance, the whole table, no early stop: what boundedEditDistance must agree with. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, row) => Array.from({ length: b.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
  for (let row = 1; row <= a.length; row++) {
    for (let column = 1; column <= b.length; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      d[row]![column] = Math.min(d[row - 1]![column]! + 1, d[row]![column - 1]! + 1, d[row - 1]![column - 1]! + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) d[row]![column] = Math.min(d[row]![column]!, d[row - 2]![column - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('bounded edit distance', () => {
  test('is the optimal-string-alignment distance, or max + 1 beyond max (rows reused between calls of any width)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: 90 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(osaDistance(a, b), max + 1));
      }),
      { seed: 20_261_202, numRuns: 3000 },
    );
  });
});
