import { describe, expect, it } from 'vitest';
import { RULES, cleanSeed, positionOf, readRawSeed } from './clean.mjs';

const raw = readRawSeed();

describe('cleanSeed', () => {
  const { text, changes } = cleanSeed(raw);

  it('removes every ?, no-break space and straight quote of the seed', () => {
    expect(raw).toMatch(/\?/);
    expect(text).not.toMatch(/[?\u00a0"']/);
  });

  it('makes exactly the expected number of changes per rule', () => {
    for (const rule of RULES) {
      expect(changes.filter((change) => change.rule === rule.id)).toHaveLength(rule.expect);
    }
    expect(changes).toHaveLength(23);
  });

  it('reports each change where it is, in the raw and in the cleaned text', () => {
    for (const change of changes) {
      expect(raw.slice(change.raw.offset, change.raw.offset + change.before.length)).toBe(change.before);
      expect(text.slice(change.cleaned.offset, change.cleaned.offset + change.after.length)).toBe(change.after);
      expect(positionOf(raw, change.raw.offset)).toEqual({ line: change.raw.line, column: change.raw.column });
    }
  });

  it('decides the ?-mojibake by context: a title separator and a boilerplate link', () => {
    expect(text).toContain('NATO-Ukraine relations - NATO’s relations with Ukraine Over time');
    expect(text).toContain('signed in 2009.\n  • Unified Protector');
  });

  it('keeps the typographic quotes and the footnote marker', () => {
    expect(text).toContain('UN “Safe Areas”');
    expect(text).toContain('Uzbekistan, NATO’s relations with');
    expect(text).toContain('Republic of Macedonia¹.');
  });

  it('changes nothing else: undoing the changes gives back the raw seed', () => {
    let restored = text;
    for (const change of [...changes].reverse()) {
      restored = restored.slice(0, change.cleaned.offset) + change.before + restored.slice(change.cleaned.offset + change.after.length);
    }
    expect(restored).toBe(raw);
  });

  it('fails loudly when the seed does not match a rule as expected', () => {
    expect(() => cleanSeed(raw.replace(' ? more News', ''))).toThrow(/rule "more-news-boilerplate" matched 0 time\(s\), expected 1/);
  });

  it('fails loudly when mojibake no rule accounts for remains', () => {
    expect(() => cleanSeed(`${raw} Is it?s`)).toThrow(/question mark/);
  });

  it('refuses overlapping rules', () => {
    const [first] = RULES;
    if (!first) throw new Error('no rules');
    const overlapping = [...RULES, { ...first, id: 'twice' }];
    expect(() => cleanSeed(raw, overlapping)).toThrow(/overlap/);
  });
});
