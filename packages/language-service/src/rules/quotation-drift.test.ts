import { lexicon as corpus } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { checkText } from '../check.js';
import { formatCitedInsertion } from '../features/citation.js';
import { RULE_IDS } from './index.js';
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

  it('a short inline quotation followed by a natolex citation is compared: a footnote naming the page, or a parenthetical naming NATO', () => {
    const footnoted = 'It “signs a partnership agreement”[^1] with NATO.\n\n[^1]: “Relations with Uzbekistan,” NATO A–Z topics.\n';
    const [finding] = checkOnly(rule, footnoted);
    expect(finding?.message).toBe("This quotation differs from passage snippet.uzbekistan.p9: 'a partnership agreement' where the source has 'a security agreement'");
    expect(footnoted.slice(finding!.start, finding!.end)).toBe('“signs a partnership agreement”');
    expect(applyEdits(footnoted, finding!.fixes![0]!.edits)).toBe(footnoted.replace('partnership', 'security'));
    expect(briefOnly(rule, 'It “signs a partnership agreement” (North Atlantic Treaty Organization, n.d.).')).toEqual(['quotation-drift:“signs a partnership agreement”']);
    expect(briefOnly(rule, 'It “signs a partnership agreement” (NATO, n.d.).')).toEqual(['quotation-drift:“signs a partnership agreement”']);
  });

  it('the same short quotation is not compared without a citation, with a citation that is not natolex\'s, or when it is exact', () => {
    expect(briefOnly(rule, 'It “signs a partnership agreement” with NATO.')).toEqual([]);
    expect(briefOnly(rule, 'It “signs a partnership agreement”[^1].\n\n[^1]: My own notes.\n')).toEqual([]);
    expect(briefOnly(rule, 'It “signs a partnership agreement” (Smith 2020).')).toEqual([]);
    expect(briefOnly(rule, 'It “signs a security agreement”[^1].\n\n[^1]: Relations with Uzbekistan.\n')).toEqual([]);
    expect(briefOnly(rule, 'It “signs”[^1].\n\n[^1]: Relations with Uzbekistan.\n')).toEqual([]); // under three words
  });

  it('a block quotation ending in a natolex footnote is compared with the cited page first', () => {
    const text = '> In 1995 Uzbekistan signs a partnership agreement with the North Atlantic Treaty Organization (NATO) and joins the Partnership for Peace programme.[^8]\n\n[^8]: Relations with Uzbekistan.\n';
    expect(checkOnly(rule, text)[0]?.entry).toBe('snippet.uzbekistan.p9');
  });

  it('with the bundled corpus: a passage natolex cited inline or in a footnote is no finding, one altered word in it is', () => {
    const severities = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'quotation-drift' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    const drift = (text: string) => checkText(corpus, text, { markdown: true, severities }).map((finding) => finding.entry);
    for (const [format, style] of [['inline', 'chicago-note'], ['inline', 'apa'], ['inline', 'harvard'], ['footnote', 'apa']] as const) {
      const intro = 'As the page puts it, ';
      const inserted = formatCitedInsertion(corpus, 'snippet.uzbekistan.p9', format, style, intro, { offset: intro.length }).edits;
      const text = applyEdits(intro, inserted);
      expect(drift(text), `${format} ${style}`).toEqual([]);
      expect(drift(text.replace('reform educational', 'reform training')), `${format} ${style}`).toEqual(['snippet.uzbekistan.p9']);
    }
  });

  it('with the bundled corpus: a short excerpt with natolex\'s inline citation is compared (it was not: under eight words)', () => {
    const severities = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'quotation-drift' ? 'warning' : 'off'])) as Record<string, 'warning' | 'off'>;
    const drift = (text: string) => checkText(corpus, text, { markdown: true, severities }).map((finding) => finding.entry);
    for (const style of ['chicago-note', 'apa', 'harvard'] as const) {
      const cite = corpus.cite('snippet.uzbekistan.p9', { style, form: 'inline' });
      expect(drift(`NATO helps “build, develop and reform educational institutions” (${cite}).`), style).toEqual([]);
      expect(drift(`NATO helps “build, develop and reform training institutions” (${cite}).`), style).toEqual(['snippet.uzbekistan.p9']);
      expect(drift(`NATO helps “build, develop and reform training institutions”.`), style).toEqual([]);
    }
  });
});
