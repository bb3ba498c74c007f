import { describe, expect, it } from 'vitest';
import { closestName, describeValue, editDistance } from './messages.js';

describe('closestName', () => {
  const names = ['id', 'form', 'expansion', 'definition', 'definedInSource', 'variants', 'status'];

  it('suggests the property a typo most likely meant', () => {
    expect(closestName('expansio', names)).toBe('expansion');
    expect(closestName('defintion', names)).toBe('definition');
    expect(closestName('Status', names)).toBe('status');
    expect(closestName('fomr', names)).toBe('form');
  });

  it('suggests nothing for unrelated names', () => {
    expect(closestName('glossary', names)).toBeUndefined();
    expect(closestName('x', names)).toBeUndefined();
    expect(closestName('a'.repeat(1000), names)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('form', 'form')).toBe(0);
    expect(editDistance('form', 'forms')).toBe(1);
    expect(editDistance('form', 'frm')).toBe(1);
    expect(editDistance('form', 'farm')).toBe(1);
    expect(editDistance('form', 'fomr')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('describeValue', () => {
  it('renders JSON values briefly and never throws', () => {
    expect(describeValue('x')).toBe("'x'");
    expect(describeValue(1.5)).toBe('1.5');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(10n)).toBe('a bigint');
    expect(describeValue(undefined)).toBe('undefined');
  });
});
