import { describe, expect, it } from 'vitest';
import rule from './verbatim-spans.mjs';
import { conceptIn, realInput, termIn } from './test-support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const find = (list: any[], id: string) => list.find((record) => record.id === id);

describe('verbatim-spans', () => {
  it('accepts the built lexicon', () => {
    expect(rule.check(realInput())).toEqual([]);
  });

  it('fails on a snippet whose text was retouched', () => {
    const input = realInput();
    find(input.lexicon.snippets, 'snippet.ukraine.p1').text = 'Over time, Ukraine has reinforced political dialog.';
    const issues = rule.check(input);
    expect(issues).toContainEqual({ where: 'snippet.ukraine.p1', message: expect.stringContaining('is not in the cleaned text') });
    // Quotes drawn from the retouched paragraph fail with it.
    expect(issues).toContainEqual({ where: expect.stringContaining('concept.nato-ukraine-commission /concepts/'), message: expect.stringContaining('is not verbatim in snippet.ukraine.p1') });
  });

  it('fails on a provenance quote that is not in the snippet it names', () => {
    const input = realInput();
    const nuc = termIn(input.lexicon, 'acronym.nuc');
    nuc.provenance[0].snippet = 'snippet.un.p1';
    expect(rule.check(input)).toEqual([{ where: expect.stringMatching(/^concept\.nato-ukraine-commission \/concepts\/\d+\/terms\/1\/provenance\/0$/), message: expect.stringContaining('is not verbatim in snippet.un.p1') }]);
  });

  it('fails on a paraphrased definition', () => {
    const input = realInput();
    conceptIn(input.lexicon, 'concept.virtual-silk-highway').definitions[0].text = 'a satellite network for academics in Central Asia';
    expect(rule.check(input)).toEqual([{ where: expect.stringMatching(/^concept\.virtual-silk-highway \/definitions\/0$/), message: expect.stringContaining('definition "a satellite network') }]);
  });

  it('fails on a context that is not a whole verbatim span of its snippet (contexts take no elisions)', () => {
    const input = realInput();
    const concept = conceptIn(input.lexicon, 'concept.kosovo-force');
    const provenance = concept.terms[0].provenance;
    concept.contexts = [{ text: provenance[0].quote, provenance }];
    expect(rule.check(input)).toEqual([]);
    concept.contexts[0].text = 'The Kosovo Force (KFOR) was deployed … for peace and reconstruction of Kosovo.';
    expect(rule.check(input)).toEqual([{ where: expect.stringMatching(/\/contexts\/0$/), message: expect.stringContaining('context "The Kosovo Force') }]);
  });

  it('accepts a trimmed definition whose pieces are verbatim and in order, and rejects them out of order', () => {
    const input = realInput();
    const [definition] = conceptIn(input.lexicon, 'concept.un-programme-of-action-salw').definitions;
    expect(definition.text).toContain(' … ');
    expect(rule.check(input)).toEqual([]);
    definition.text = definition.text.split(' … ').reverse().join(' … ');
    expect(rule.check(input)).toHaveLength(1);
  });

  it('fails on an event whose text or date is not the source’s', () => {
    const input = realInput();
    const event = find(input.lexicon.events, 'event.uzbekistan.1994');
    event.text = 'Uzbekistan joins the PfP.';
    event.dateText = 'spring 1994';
    expect(rule.check(input).map((issue) => issue.message)).toEqual([
      expect.stringContaining('text "Uzbekistan joins the PfP."'),
      expect.stringContaining('dateText "spring 1994"'),
    ]);
  });
});
