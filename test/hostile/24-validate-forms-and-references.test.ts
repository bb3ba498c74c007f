// Item 24 (schema and `natolex validate` part): forms that can never match (blank) or that carry a line break into
// whatever the expansion is written to are schema errors, as are forms too long to match in bounded time (item 2);
// `natolex validate` reports ids that point nowhere and entries that point at themselves.
import { describe, expect, it } from 'vitest';
import { glossary, makeRepo, natolex } from './support.js';

const SINGLE_LINE = 'must contain a visible character and no line break or control character';

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('forms, terms and expansions (item 24, item 2)', () => {
  it('rejects a blank form and a multi-line expansion at their line:col', async () => {
    const text = glossary([
      { id: 'acronym.blank', form: '   ', expansion: 'Blank' },
      { id: 'acronym.bare', form: 'bare', expansion: 'false\n\thooksPath = hooks\n#' },
    ]);
    const repo = await makeRepo({ 'g.natolex.json': text });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`g.natolex.json:${lineOf(text, '"   "')}:15  /acronyms/0/form  ${SINGLE_LINE} (got '   ')`);
    expect(run.stdout).toContain(`g.natolex.json:${lineOf(text, '"false')}:20  /acronyms/1/expansion  ${SINGLE_LINE} (got 'false\\u000a\\u0009hooksPath`);
  });

  it('rejects blank or multi-line terms, aliases and variants', async () => {
    const text = glossary([{ id: 'acronym.v', form: 'V', expansion: 'Vee', variants: [{ form: '\t' }] }], {
      terms: [{ id: 'term.t', term: 'Line\u2028break', category: 'concept', aliases: [' ', 'ok'] }],
    });
    const repo = await makeRepo({ 'g.natolex.json': text });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    for (const pointer of ['/acronyms/0/variants/0/form', '/terms/0/term', '/terms/0/aliases/0']) {
      expect(run.stdout).toMatch(new RegExp(`g\\.natolex\\.json:\\d+:\\d+  ${pointer}  ${SINGLE_LINE}`));
    }
    expect(run.stdout).not.toContain('/terms/0/aliases/1');
  });

  it('bounds the length of forms and terms (item 2)', async () => {
    const text = glossary([{ id: 'acronym.long', form: 'L'.repeat(301), expansion: 'Long' }], {
      terms: [{ id: 'term.long', term: 'T'.repeat(301), category: 'concept' }],
    });
    const repo = await makeRepo({ 'g.natolex.json': text });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('/acronyms/0/form  must be at most 300 characters long');
    expect(run.stdout).toContain('/terms/0/term  must be at most 300 characters long');
  });
});

describe('references between entries (item 24)', () => {
  it('reports a preferred id that is neither in the glossaries nor in the bundled corpus, at its line', async () => {
    const text = glossary([
      { id: 'acronym.old', form: 'OLD', expansion: 'Old', status: 'deprecated', preferred: 'acronym.nowhere' },
      { id: 'acronym.new', form: 'NEW', expansion: 'New' },
    ]);
    const repo = await makeRepo({ 'g.natolex.json': text });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^g\\.natolex\\.json:${lineOf(text, '"acronym.nowhere"')}:20  /acronyms/0/preferred  .*["']acronym\\.nowhere["']`, 'm'));
  });

  it('reports a related id nobody has, and accepts ids of the glossary and of the corpus', async () => {
    const text = glossary([
      { id: 'acronym.old', form: 'OLD', expansion: 'Old' },
      { id: 'acronym.rel', form: 'REL', expansion: 'Rel', related: ['acronym.old', 'acronym.nuc', 'term.missing'] },
    ]);
    const repo = await makeRepo({ 'g.natolex.json': text });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^g\\.natolex\\.json:${lineOf(text, '"term.missing"')}:9  /acronyms/1/related/2  .*["']term\\.missing["']`, 'm'));
    expect(run.stdout).not.toContain('/acronyms/1/related/0');
    expect(run.stdout).not.toContain('/acronyms/1/related/1');
  });

  it('reports an entry that is its own preferred entry instead of telling users to use it instead of itself', async () => {
    const text = glossary([{ id: 'acronym.self', form: 'SELF', expansion: 'Self', status: 'deprecated', preferred: 'acronym.self' }]);
    const repo = await makeRepo({ 'g.natolex.json': text, 'draft.md': 'SELF is here.\n' });
    const run = natolex(['validate', 'g.natolex.json'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^g\\.natolex\\.json:${lineOf(text, '"preferred"')}:20  /acronyms/0/preferred  .*itself`, 'm'));
    const check = natolex(['check', '--glossary', 'g.natolex.json', 'draft.md'], repo);
    expect(check.code).toBe(2);
    expect(check.stderr).not.toContain("use 'SELF' instead");
  });
});
