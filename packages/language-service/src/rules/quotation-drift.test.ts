import { describe, expect, it } from 'vitest';
import { applyEdits } from '../text/apply-edits.js';
import { PASSAGE, briefOnly, checkOnly } from '../test-support/passages.js';

const rule = ['quotation-drift'] as const;

describe('rule quotation-drift', () => {
  it('the exact passage, wrapped and marked up, is no finding', () => {
    const wrapped = '> In 1995 Uzbekistan signs a security agreement with the North Atlantic\n> Treaty Organization (NATO) and joins the *Partnership for Peace* programme.[^8]\n\n[^8]: Relations with Uzbekistan.\n';
    expect(briefOnly(rule, wrapped)).toEqual([]);
    expect(briefOnly(rule, `> ${PASSAGE.replace(/’/g, "'")}\n`)).toEqual([]);
  });

  it('an altered word is reported with the passage id and the first difference; the fix restores the source', () => {
    const text = '> In 1995 Uzbekistan signs a partnership agreement with the North Atlantic\n> Treaty Organization (NATO) and joins the Partnership for Peace programme.\n';
    const [finding] = checkOnly(rule, text);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe("This quotation differs from passage snippet.uzbekistan.p9: 'a partnership agreement' where the source has 'a security agreement'");
    const fixed = applyEdits(text, finding?.fixes?.[0]?.edits ?? []);
    expect(fixed).toBe(text.replace('partnership agreement', 'security agreement'));
    expect(briefOnly(rule, fixed)).toEqual([]);
  });

  it('left-out and added words, and a change of case, are restored too', () => {
    const text = '> In 1995 Uzbekistan signs a security agreement with the north Atlantic Treaty Organization (NATO) and then joins Partnership for Peace programme.\n';
    const fixed = applyEdits(text, checkOnly(rule, text)[0]?.fixes?.[0]?.edits ?? []);
    expect(fixed).toBe(`> ${PASSAGE}\n`);
  });

  it('a long inline quotation is compared; a loose paraphrase or a short quote is not', () => {
    expect(briefOnly(rule, 'It says “In 1995 Uzbekistan signs a security agreement with the North Atlantic Treaty Organisation”.')).toEqual([
      'quotation-drift:“In 1995 Uzbekistan signs a security agreement with the North Atlantic Treaty Organisation”',
    ]);
    expect(briefOnly(rule, '> Uzbekistan and NATO agreed on many things in the nineties, among them security.\n')).toEqual([]);
    expect(briefOnly(rule, 'It says "signs a security pact".')).toEqual([]);
  });
});
