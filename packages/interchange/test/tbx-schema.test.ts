// The TBX export against the standard: TBX-Basic's RELAX NG schema (xmllint), and the data-category values the
// dialect allows (the schema lists the type attributes; the picklist values are TBX-Basic's, checked here).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Lexicon } from '@natolex/schema';
import { STATUS_VALUES, TERM_TYPE_VALUES, statusOf, termTypeOf } from '../src/tbx/categories.js';
import { exportTbx } from '../src/tbx/export.js';
import { importTbx } from '../src/tbx/import.js';
import { TBX_BASIC_RNG, bilingualTbx, corpus, ensureXmllint, relaxNgProblems } from './support.js';

/** Text that needs every kind of escaping, and characters XML 1.0 cannot carry at all. */
const NASTY = 'Tom & "Jerry" <script>alert(1)</script> ]]> \'quoted\' \u0007bell\ttab\r\nCRLF \uD800 lone';

function nastyLexicon(): Lexicon {
  return {
    $schema: SCHEMA_ID,
    name: `Glossary ${NASTY}`,
    language: 'en',
    sources: [{ id: 'source.x', type: 'webpage', title: `Title ${NASTY}`, URL: 'https://example.org/a?b=1&c="2"' }],
    concepts: [
      {
        id: 'concept.nasty',
        subjectField: 'concept',
        terms: [
          { id: 'term.nasty', text: 'A&B <C>', type: 'fullForm', status: 'preferred', note: NASTY, provenance: [{ source: 'source.x', quote: NASTY }] },
          { text: 'A&B', type: 'acronym', status: 'deprecated', language: 'fr' },
        ],
        definitions: [{ text: `Definition ${NASTY}`, provenance: [{ source: 'source.x', quote: 'Definition' }] }],
        contexts: [{ text: 'In context: A&B <C>.', provenance: [{ source: 'source.x', quote: 'In context: A&B <C>.' }] }],
        notes: [NASTY],
        related: [{ type: 'broader', target: 'concept.other' }],
      },
      { id: 'concept.other', subjectField: 'document', terms: [{ text: 'Other', type: 'fullForm', status: 'preferred' }] },
    ],
  };
}

const TBX_BASIC = {
  // TBX-Basic 1.1: termType and administrativeStatus picklists.
  termType: ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'],
  administrativeStatus: ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts'],
};

/** The values a RELAX NG define allows, read from the schema file itself. */
function allowedValues(define: string): string[] {
  const rng = readFileSync(TBX_BASIC_RNG, 'utf8');
  const body = rng.split(`<define name="${define}">`)[1]?.split('</define>')[0] ?? '';
  return [...body.matchAll(/<value>([^<]*)<\/value>/g)].map((match) => match[1] as string);
}

describe('TBX export against TBX-Basic', () => {
  const hasSchema = existsSync(TBX_BASIC_RNG);
  let dir: string;
  let xmllint: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'natolex-tbx-'));
    if (hasSchema) xmllint = ensureXmllint();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: Array<[string, () => unknown]> = [
    ['the built corpus', corpus],
    ['a bilingual termbase (re-exported)', () => importTbx(bilingualTbx()).document],
    ['text that needs escaping everywhere', nastyLexicon],
  ];
  for (const [name, build] of cases) {
    it.skipIf(!hasSchema)(`${name} validates against the TBX-Basic RELAX NG schema`, () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.tbx`);
      writeFileSync(file, exportTbx(build()).text);
      expect(relaxNgProblems(xmllint, file)).toBe('');
    });
  }
  if (!hasSchema) it.skip(`the TBX-Basic RELAX NG schema is not at ${TBX_BASIC_RNG}: the xmllint validation is skipped`, () => undefined);

  it('the schema check can fail: a file with a wrong data category is refused', () => {
    if (!hasSchema) return;
    const file = path.join(dir, 'wrong.tbx');
    writeFileSync(file, exportTbx(nastyLexicon()).text.replace('type="termType"', 'type="termKind"'));
    expect(relaxNgProblems(xmllint, file)).toMatch(/termNote|Invalid attribute|fails to validate/);
  });

  it('writes only data-category types that TBX-Basic defines', () => {
    const text = exportTbx([corpus(), nastyLexicon()]).text;
    const used = (element: string) => [...new Set([...text.matchAll(new RegExp(`<${element} [^>]*type="([^"]+)"`, 'g'))].map((match) => match[1]))].sort();
    if (hasSchema) {
      for (const [element, define] of [['termNote', 'termNote.types'], ['descrip', 'descrip.types'], ['admin', 'admin.types'], ['ref', 'ref.types'], ['xref', 'xref.types']] as const) {
        expect(allowedValues(define), element).toEqual(expect.arrayContaining(used(element)));
      }
    }
    expect(used('termNote')).toEqual(['administrativeStatus', 'termType']);
    expect(used('descrip')).toEqual(['context', 'definition', 'subjectField']);
  });

  it('writes termType and administrativeStatus values from the TBX-Basic picklists, and reads every one back', () => {
    expect(TBX_BASIC.termType).toEqual(expect.arrayContaining(Object.values(TERM_TYPE_VALUES)));
    expect(Object.values(STATUS_VALUES).sort()).toEqual([...TBX_BASIC.administrativeStatus].sort());
    for (const [type, value] of Object.entries(TERM_TYPE_VALUES)) expect(termTypeOf(value)).toBe(type);
    for (const [status, value] of Object.entries(STATUS_VALUES)) expect(statusOf(value)).toBe(status);
    expect(termTypeOf('phrase')).toBeUndefined(); // TBX-Basic has it, natolex does not: reported on import
    const text = exportTbx(corpus()).text;
    const values = (type: string) => new Set([...text.matchAll(new RegExp(`<termNote type="${type}">([^<]*)<`, 'g'))].map((match) => match[1] as string));
    for (const value of values('termType')) expect(TBX_BASIC.termType).toContain(value);
    for (const value of values('administrativeStatus')) expect(TBX_BASIC.administrativeStatus).toContain(value);
  });

  it('escapes every text and attribute: the nasty lexicon comes back with the same text (XML-impossible characters as U+FFFD, counted)', () => {
    const exported = exportTbx(nastyLexicon());
    expect(exported.text).not.toContain('<script>');
    expect(exported.omitted).toContainEqual({ what: 'characters XML cannot carry, replaced by U+FFFD', count: expect.any(Number) });
    const { document } = importTbx(exported.text);
    const representable = (value: string) => value.replace(/[\u0007\uD800]/g, '\uFFFD').replace(/\s+/g, ' ').trim();
    const [concept] = document.concepts ?? [];
    expect(document.name).toBe(representable(`Glossary ${NASTY}`));
    expect(concept?.terms.map((term) => term.text)).toEqual(['A&B <C>', 'A&B']);
    expect(concept?.terms[0]?.note).toBe(representable(NASTY));
    expect(concept?.terms[0]?.provenance).toEqual([{ source: 'source.x', quote: representable(NASTY) }]);
    expect(concept?.definitions?.[0]?.text).toBe(representable(`Definition ${NASTY}`));
    expect(concept?.notes).toEqual([representable(NASTY)]);
    expect(concept?.related).toEqual([{ type: 'broader', target: 'concept.other' }]);
    expect(document.sources?.find((source) => source.id === 'source.x')).toMatchObject({ title: representable(`Title ${NASTY}`), URL: 'https://example.org/a?b=1&c="2"' });
  });

  it('refuses an empty lexicon (TBX needs a concept entry) rather than write an invalid file', () => {
    expect(() => exportTbx({ $schema: SCHEMA_ID, concepts: [] })).toThrow(/at least one concept/);
  });
});
