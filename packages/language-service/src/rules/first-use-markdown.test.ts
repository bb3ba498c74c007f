// first-use on the Markdown prose model: quotations, headings, well-known acronyms, wrapped definitions.
import { describe, expect, it } from 'vitest';
import { briefOnly } from '../test-support/passages.js';

const rule = ['first-use'] as const;

describe('rule first-use in Markdown', () => {
  it('never fires inside a quotation; the writer’s own first use is reported', () => {
    expect(briefOnly(rule, '> The PfP grew.\n\nHe said "the PfP grew".\n\nThe PfP grew.\n')).toEqual(['first-use:PfP']);
    expect(briefOnly(rule, '> The PfP grew.\n')).toEqual([]);
  });

  it('a definition in a quotation counts: the reader has read it', () => {
    expect(briefOnly(rule, '> the Partnership for Peace (PfP) grew\n\nThe PfP grew.\n')).toEqual([]);
  });

  it('a definition in a heading does not excuse the body by default; headingDefinitions makes it count', () => {
    const text = '# Partnership for Peace (PfP)\n\nThe PfP grew.\n';
    expect(briefOnly(rule, text)).toEqual(['first-use:PfP']);
    expect(briefOnly(rule, text, { headingDefinitions: true })).toEqual([]);
  });

  it('well-known acronyms need no definition: NATO by default, configurable, [] turns it off', () => {
    expect(briefOnly(rule, 'NATO and KFOR.')).toEqual(['first-use:KFOR']);
    expect(briefOnly(rule, 'NATO and KFOR.', { wellKnown: ['KFOR'] })).toEqual(['first-use:NATO']);
    expect(briefOnly(rule, 'NATO and KFOR.', { wellKnown: [] })).toEqual(['first-use:NATO', 'first-use:KFOR']);
  });

  it('a definition wrapped across lines counts, and uses in code, links and HTML are not uses', () => {
    expect(briefOnly(rule, 'The Kosovo\n  Force (KFOR) and KFOR.\n')).toEqual([]);
    expect(briefOnly(rule, '`KFOR` [x](https://e.org/KFOR) <b title="KFOR">x</b> ![KFOR](k.png)\n\nKosovo Force (KFOR).\n')).toEqual([]);
  });
});
