import { describe, expect, it } from 'vitest';
import { appendAll } from './append-all.js';

describe('appendAll', () => {
  it('appends in order', () => {
    const target = [1, 2];
    appendAll(target, [3, 4]);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it('appends more items than a spread call can take as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, n) => n);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError); // why appendAll exists
    const target: number[] = [];
    appendAll(target, many);
    expect(target.length).toBe(500_000);
    expect(target[499_999]).toBe(499_999);
  });
});
