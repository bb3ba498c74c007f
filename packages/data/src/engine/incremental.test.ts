import { describe, expect, test } from 'vitest';
import type { Match } from '../api.js';
import { createLexicon } from '../create-lexicon.js';
import { LexiconError } from '../errors.js';
import { fixtureDocument } from '../test-support/fixture.js';
import { matchAt } from './incremental.js';

const lexicon = createLexicon([fixtureDocument], { bundled: false });

describe('matchAt', () => {
  const text = 'NATO and the UN CTC; DEEP';
  const matches = lexicon.scan(text);

  test('finds the match covering an offset, end exclusive', () => {
    expect(matchAt(matches, 0)?.text).toBe('NATO');
    expect(matchAt(matches, 3)?.text).toBe('NATO');
    expect(matchAt(matches, 4)).toBeUndefined();
    expect(matchAt(matches, 13)?.text).toBe('UN CTC');
    expect(matchAt(matches, 16)?.text).toBe('UN CTC');
    expect(matchAt(matches, 24)?.text).toBe('DEEP');
    expect(matchAt(matches, 25)).toBeUndefined();
    expect(matchAt(matches, -1)).toBeUndefined();
    expect(matchAt([], 0)).toBeUndefined();
  });

  test('agrees with a linear search at every offset', () => {
    const many: Match[] = Array.from({ length: 1000 }, (_, index) => ({ start: index * 10, end: index * 10 + 1 + (index % 9), text: 'x', id: 'x', term: { text: 'x', type: 'acronym', status: 'preferred' }, kind: 'acronym' }));
    for (let offset = -2; offset < 10_010; offset++) {
      expect(matchAt(many, offset)).toBe(many.find((match) => match.start <= offset && offset < match.end));
    }
  });
});

describe('rescan', () => {
  const text = 'NATO line one\nthe UN CTC meets\nDEEP and SOFA\n';

  test('typing inside a line re-scans it and shifts later matches', () => {
    const before = lexicon.scanState(text);
    const at = text.indexOf('CTC');
    const after = lexicon.rescan(before, { start: at, end: at, text: 'X' });
    expect(after.text).toBe('NATO line one\nthe UN XCTC meets\nDEEP and SOFA\n');
    expect(after.matches.map((match) => match.text)).toEqual(['NATO', 'UN', 'DEEP', 'SOFA']);
    expect(after.matches).toEqual(lexicon.scan(after.text));
  });

  test('joining and splitting lines', () => {
    const state = lexicon.scanState('UN\nCTC');
    const joined = lexicon.rescan(state, { start: 2, end: 3, text: ' ' });
    expect(joined.matches.map((match) => match.text)).toEqual(['UN CTC']);
    const split = lexicon.rescan(joined, { start: 2, end: 3, text: '\r\n\r\n' });
    expect(split.matches.map((match) => match.text)).toEqual(['UN']);
    expect(split.text).toBe('UN\r\n\r\nCTC');
    const wrapped = lexicon.rescan(split, { start: 2, end: 6, text: '\n  ' });
    expect(wrapped.matches.map((match) => match.text)).toEqual(['UN\n  CTC']);
  });

  test('an edit far down a wrapped paragraph re-scans only near it, and stays exact', () => {
    // 300 wrapped lines of one paragraph: a form that ends on the edited line and starts on the line before.
    const lines = Array.from({ length: 300 }, (_, index) => (index % 2 === 0 ? 'DEEP and the UN' : 'CTC meets SOFA'));
    const text = lines.join('\n');
    let state = lexicon.scanState(text);
    const at = text.lastIndexOf('CTC');
    state = lexicon.rescan(state, { start: at, end: at + 3, text: 'XYZ' });
    expect(state.matches).toEqual(lexicon.scan(state.text));
    expect(state.matches.at(-2)?.text).toBe('UN');
    state = lexicon.rescan(state, { start: at, end: at + 3, text: 'CTC' });
    expect(state.matches).toEqual(lexicon.scan(state.text));
    expect(state.matches.at(-2)?.text).toBe('UN\nCTC');
  });

  test('an edit that makes a line blank splits the paragraph; one that fills it joins it again', () => {
    let state = lexicon.scanState('UN\n  \nCTC');
    expect(state.matches.map((match) => match.text)).toEqual(['UN']);
    state = lexicon.rescan(state, { start: 4, end: 4, text: '>' });
    expect(state.matches.map((match) => match.text)).toEqual(['UN']);
    state = lexicon.rescan(state, { start: 3, end: 6, text: 'x' });
    expect(state.matches.map((match) => match.text)).toEqual(['UN']);
    state = lexicon.rescan(state, { start: 3, end: 5, text: '  ' });
    expect(state.matches.map((match) => match.text)).toEqual(['UN\n  CTC']);
    expect(state.matches).toEqual(lexicon.scan(state.text));
  });

  test('the previous state is left untouched', () => {
    const before = lexicon.scanState(text);
    const copy = structuredClone(before);
    lexicon.rescan(before, { start: 0, end: 4, text: '' });
    expect(before).toEqual(copy);
  });

  test('an edit outside the text is a LexiconError', () => {
    const state = lexicon.scanState('NATO');
    for (const edit of [
      { start: -1, end: 0, text: '' },
      { start: 3, end: 2, text: '' },
      { start: 0, end: 5, text: '' },
      { start: 0.5, end: 1, text: '' },
      { start: 0, end: 0, text: 7 as unknown as string },
    ]) {
      expect(() => lexicon.rescan(state, edit)).toThrow(LexiconError);
    }
  });

  test('a previous state that is not one is a LexiconError, and so is a throwing getter', () => {
    const edit = { start: 0, end: 0, text: '' };
    const trap = () => {
      throw new Error('trap');
    };
    for (const previous of [null, undefined, 'NATO', {}, { text: 'NATO' }, { text: 5, matches: [] }, new Proxy({}, { get: trap })]) {
      expect(() => lexicon.rescan(previous as never, edit)).toThrow(LexiconError);
    }
    expect(() => lexicon.rescan({ text: 'NATO', matches: [null] } as never, { start: 4, end: 4, text: '' })).toThrow(LexiconError);
  });

  test('the edit is read once: a getter cannot pass the check with one value and do the work with another', () => {
    const state = lexicon.scanState('NATO and DEEP');
    let reads = 0;
    const edit = {
      get start() {
        reads++;
        return reads === 1 ? 0 : -50;
      },
      end: 4,
      text: 'UN',
    };
    const next = lexicon.rescan(state, edit);
    expect(next.text).toBe('UN and DEEP');
    expect(next).toEqual(lexicon.scanState('UN and DEEP'));
  });
});

describe('matchAt with arguments that are not matches', () => {
  test('gives undefined, never an exception', () => {
    const trap = () => {
      throw new Error('trap');
    };
    expect(matchAt(null as never, 0)).toBeUndefined();
    expect(matchAt(lexicon.scan('NATO'), Number.NaN)).toBeUndefined();
    expect(matchAt([null, null] as never, 1)).toBeUndefined();
    expect(matchAt(new Proxy([], { get: trap }) as never, 1)).toBeUndefined();
  });
});

describe('scan with a range that is not one', () => {
  test('null means the whole text; a non-object is a LexiconError', () => {
    expect(lexicon.scan('NATO\nDEEP', null as never).map((match) => match.text)).toEqual(['NATO', 'DEEP']);
    expect(() => lexicon.scan('NATO', 5 as never)).toThrow(LexiconError);
    expect(() => lexicon.scan('NATO', { start: { valueOf: () => { throw new Error('trap'); } }, end: 1 } as never)).toThrow(LexiconError);
  });
});
