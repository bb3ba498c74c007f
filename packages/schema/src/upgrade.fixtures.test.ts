// Every schema 1 document of the repository (test/fixtures/v1: this package's fixtures, and copies of the other
// packages' glossaries and of the schema 1 corpus) and the shapes of the inline glossaries of the hostile and CLI
// tests: each valid one upgrades to a valid schema 2 document, the same bytes every time.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLexiconV1, upgradeLexicon, validateLexicon, validateLexiconV1, type LexiconV1 } from './index.js';

const fixtures = new URL('../test/fixtures/v1/', import.meta.url);
const files = ['valid', 'repo'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, fixtures))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => `${dir}/${name}`),
);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, fixtures), 'utf8').replace(/^\uFEFF/, ''));

/** Upgrades a valid schema 1 document and checks the result; returns it. */
function upgradeChecked(v1: unknown) {
  expect(validateLexiconV1(v1).errors).toEqual([]);
  const lexicon = upgradeLexicon(v1 as LexiconV1);
  expect(validateLexicon(lexicon).errors).toEqual([]);
  expect(JSON.stringify(upgradeLexicon(structuredClone(v1) as LexiconV1))).toBe(JSON.stringify(lexicon));
  return lexicon;
}

describe('upgradeLexicon on the schema 1 documents of the repository', () => {
  it('finds them all', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it.each(files.filter((file) => !file.endsWith('broken.natolex.json')))('%s upgrades to a valid schema 2 document', (file) => {
    const v1 = read(file);
    // Documents without entries (only sources, only events) have nothing that says schema 1, and are valid as both.
    const hasEntries = typeof v1 === 'object' && v1 !== null && ('acronyms' in v1 || 'terms' in v1);
    expect(isLexiconV1(v1)).toBe(hasEntries);
    const lexicon = upgradeChecked(v1);
    const entries = [...((v1 as LexiconV1).acronyms ?? []), ...((v1 as LexiconV1).terms ?? [])];
    const termIds = new Set((lexicon.concepts ?? []).flatMap((concept) => concept.terms.map((term) => term.id)));
    expect(entries.filter((entry) => !termIds.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  });

  it('leaves an invalid schema 1 document to validation (broken.natolex.json)', () => {
    expect(validateLexiconV1(read('repo/cli--test--fixtures--broken--broken.natolex.json')).valid).toBe(false);
  });

  it('joins the corpus acronyms with their terms: KFOR gets the Kosovo Force definition', () => {
    const v1 = read('repo/data--dist--lexicon.json') as LexiconV1;
    const lexicon = upgradeChecked(v1);
    expect(lexicon.concepts).toHaveLength((v1.terms?.length ?? 0) + 4);
    const kfor = lexicon.concepts?.find((concept) => concept.terms.some((term) => term.text === 'KFOR'));
    expect(kfor).toMatchObject({ id: 'concept.kosovo-force', subjectField: 'operation' });
    expect(kfor?.terms.map((term) => [term.type, term.text])).toEqual([
      ['fullForm', 'Kosovo Force'],
      ['acronym', 'KFOR'],
    ]);
    expect(kfor?.definitions?.[0]?.text).toContain('to provide an international security presence');
    // The four acronyms that no term names with their expansion stay concepts of their own.
    const lone = (lexicon.concepts ?? []).filter((concept) => concept.terms[0]?.type === 'acronym').map((concept) => concept.terms[0]?.text);
    expect(lone).toEqual(['NATO', 'SALW', 'SOFA', 'UNSCR']);
  });
});

// The glossaries that the hostile tests (test/hostile) and the CLI tests write inline, in their shapes.
describe('upgradeLexicon on the inline glossaries of the hostile and CLI tests', () => {
  const inline: Record<string, LexiconV1> = {
    'support.ts glossary()': { name: 'Hostile glossary', acronyms: [{ id: 'acronym.zz', form: 'ZZ', expansion: 'Zed Zed' }] },
    'item 4: definition with terminal escapes': {
      name: 'Hostile glossary',
      acronyms: [{ id: 'acronym.hostile.evl', form: 'EVL', expansion: 'Evil Very Large', definition: '\u001b[2J::error::boom\n::error::again' }],
    },
    'item 8: an entry related to 100k others': {
      name: 'Big',
      acronyms: Array.from({ length: 100_000 }, (_, i) => ({
        id: `acronym.big${i}`,
        form: `BIG${i}`,
        expansion: `Big thing ${i}`,
        ...(i === 0 ? { related: Array.from({ length: 99_999 }, (_, j) => `acronym.big${j + 1}`) } : {}),
      })),
    },
    'item 9: many acronyms': { name: 'Hostile glossary', acronyms: Array.from({ length: 5_000 }, (_, n) => ({ id: `acronym.many.q${n}`, form: `Q${n}`, expansion: `Q number ${n}` })) },
    'item 10: 30,000 acronyms': { name: 'Hostile', acronyms: Array.from({ length: 30_000 }, (_, i) => ({ id: `qa.${i}`, form: `QA${i}`, expansion: `Question ${i}` })) },
    'item 24: a deprecated entry preferring itself': { acronyms: [{ id: 'acronym.self', form: 'SELF', expansion: 'Self', status: 'deprecated', preferred: 'acronym.self' }] },
    'item 24: variants and references': {
      acronyms: [
        { id: 'acronym.v', form: 'V', expansion: 'Vee', variants: [{ form: 'v' }], related: ['acronym.nato', 'term.vee'] },
        { id: 'acronym.w', form: 'W', expansion: 'Double-u', status: 'superseded', preferred: 'acronym.v' },
      ],
      terms: [{ id: 'term.vee', term: 'Vee', category: 'concept', aliases: ['The Vee'] }],
    },
  };

  it.each(Object.entries(inline))('%s', (_name, v1) => {
    const lexicon = upgradeChecked(v1);
    expect(lexicon.concepts?.length).toBeGreaterThan(0);
  }, 60_000);

  it('keeps a hostile definition word for word (a team definition without provenance stays a definition)', () => {
    const lexicon = upgradeChecked(inline['item 4: definition with terminal escapes']);
    expect(lexicon.concepts?.[0]?.definitions).toEqual([{ text: '\u001b[2J::error::boom\n::error::again' }]);
  });

  it('drops the self-replacement of an entry that prefers itself, and joins V with its term', () => {
    expect(upgradeChecked(inline['item 24: a deprecated entry preferring itself']).concepts?.[0]?.related).toBeUndefined();
    const concepts = upgradeChecked(inline['item 24: variants and references']).concepts ?? [];
    expect(concepts.map((concept) => [concept.id, concept.terms.map((term) => term.text), concept.related])).toEqual([
      ['concept.vee', ['Vee', 'The Vee', 'V', 'v'], [{ type: 'related', target: 'acronym.nato' }]],
      ['concept.w', ['W', 'Double-u'], [{ type: 'replacedBy', target: 'concept.vee' }]],
    ]);
  });
});
