// Golden citations, written from the manuals for an institutional-author web page with no date and no URL (the
// corpus's own case), without and with a section locator: Chicago 17 notes-bibliography (14.206–207, 14.29,
// 14.146), APA 7 (10.16, 8.13, 8.28, 9.17), Harvard as in Cite Them Right (web pages with organisations as authors).
import { describe, expect, test } from 'vitest';
import { createLexicon } from '../create-lexicon.js';
import { LexiconError } from '../errors.js';
import { fixtureDocument } from '../test-support/fixture.js';

const corpus = createLexicon();
const fixtures = createLexicon([fixtureDocument], { bundled: false });
const PAGE = 'source.un';
const DISASTER_RELIEF = 'snippet.un.p23';
const LEAD_PARAGRAPH = 'snippet.un.p2';
const ORG = 'North Atlantic Treaty Organization';

describe('Chicago 17, notes and bibliography', () => {
  test('note: headline-style titles, n.d., and the section heading as the locator', () => {
    expect(corpus.cite(PAGE)).toBe(`${ORG}, “NATO’s Relations with the United Nations,” n.d.`);
    expect(corpus.cite(DISASTER_RELIEF, { style: 'chicago-note' })).toBe(
      `${ORG}, “NATO’s Relations with the United Nations,” n.d., sec. “Disaster relief.”`,
    );
    expect(corpus.cite(LEAD_PARAGRAPH, { style: 'chicago-note', form: 'citation' })).toBe(
      `${ORG}, “NATO’s Relations with the United Nations,” n.d., para. 2.`,
    );
  });

  test('short note for running text, without its final full stop', () => {
    expect(corpus.cite(PAGE, { form: 'inline' })).toBe(`${ORG}, “NATO’s Relations with the United Nations”`);
    expect(corpus.cite(DISASTER_RELIEF, { form: 'inline' })).toBe(`${ORG}, “NATO’s Relations with the United Nations,” sec. “Disaster relief”`);
  });

  test('bibliography entry: the page once, without the locator', () => {
    const entry = `${ORG}. “NATO’s Relations with the United Nations.” n.d.`;
    expect(corpus.cite(PAGE, { form: 'bibliography' })).toBe(entry);
    expect(corpus.cite(DISASTER_RELIEF, { form: 'bibliography' })).toBe(entry);
  });

  test('a dated page with a person author, an access date and a URL', () => {
    expect(fixtures.cite('source.fixture.dated')).toBe(
      `${ORG} and Jane Q. Doe, “A Dated Page with Specials: 100% R&D_1 {x} #2 $3 ~4 ^5 \\6,” NATO A–Z Topics, September 3, 2014, accessed January 15, 2024, https://example.org/dated.`,
    );
    expect(fixtures.cite('source.fixture.dated', { form: 'bibliography' })).toBe(
      `${ORG}, and Jane Q. Doe. “A Dated Page with Specials: 100% R&D_1 {x} #2 $3 ~4 ^5 \\6.” NATO A–Z Topics. September 3, 2014. Accessed January 15, 2024. https://example.org/dated.`,
    );
  });
});

describe('APA 7', () => {
  test('reference entry (the default form): sentence-case title as the page has it, (n.d.)', () => {
    const entry = `${ORG}. (n.d.). NATO’s relations with the United Nations.`;
    expect(corpus.cite(PAGE, { style: 'apa' })).toBe(entry);
    expect(corpus.cite(DISASTER_RELIEF, { style: 'apa', form: 'bibliography' })).toBe(entry);
  });

  test('in-text citation, with the heading as "… section" or a paragraph number', () => {
    expect(corpus.cite(PAGE, { style: 'apa', form: 'citation' })).toBe(`(${ORG}, n.d.)`);
    expect(corpus.cite(DISASTER_RELIEF, { style: 'apa', form: 'citation' })).toBe(`(${ORG}, n.d., Disaster relief section)`);
    expect(corpus.cite(LEAD_PARAGRAPH, { style: 'apa', form: 'citation' })).toBe(`(${ORG}, n.d., para. 2)`);
    expect(corpus.cite(DISASTER_RELIEF, { style: 'apa', form: 'inline' })).toBe(`${ORG}, n.d., Disaster relief section`);
  });

  test('a dated page: (2014, September 3), initials, retrieval date with the URL', () => {
    expect(fixtures.cite('source.fixture.dated', { style: 'apa' })).toBe(
      `${ORG}, & Doe, J. Q. (2014, September 3). A dated page with specials: 100% R&D_1 {x} #2 $3 ~4 ^5 \\6. NATO A–Z topics. Retrieved January 15, 2024, from https://example.org/dated`,
    );
  });
});

describe('Harvard (Cite Them Right)', () => {
  test('reference entry: (no date), title as the page has it', () => {
    expect(corpus.cite(PAGE, { style: 'harvard' })).toBe(`${ORG} (no date) NATO’s relations with the United Nations.`);
  });

  test('in-text citation, with the section heading in single quotes', () => {
    expect(corpus.cite(PAGE, { style: 'harvard', form: 'citation' })).toBe(`(${ORG}, no date)`);
    expect(corpus.cite(DISASTER_RELIEF, { style: 'harvard', form: 'citation' })).toBe(`(${ORG}, no date, sec. ‘Disaster relief’)`);
  });

  test('a dated page: Available at: URL (Accessed: day month year)', () => {
    expect(fixtures.cite('source.fixture.dated', { style: 'harvard' })).toBe(
      `${ORG} and Doe, J.Q. (2014) A dated page with specials: 100% R&D_1 {x} #2 $3 ~4 ^5 \\6. Available at: https://example.org/dated (Accessed: 15 January 2024).`,
    );
  });
});

describe('any CSL 1.0.2 style', () => {
  // A minimal style written here: "[key] TITLE (locator)" in citations, "Author: title" in the bibliography.
  const style = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Test style</title><id>test-style</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation>
    <layout prefix="[" suffix="]">
      <text variable="citation-key" suffix=" "/>
      <text variable="title" text-case="uppercase"/>
      <group prefix=" (" suffix=")" delimiter=" "><label variable="locator" form="long"/><text variable="locator"/></group>
    </layout>
  </citation>
  <bibliography><layout><names variable="author" suffix=": "/><text variable="title"/></layout></bibliography>
</style>`;

  test('renders citations and bibliography entries with it', () => {
    expect(corpus.cite(DISASTER_RELIEF, { style: style as `<${string}`, form: 'citation' })).toBe('[NATO’S RELATIONS WITH THE UNITED NATIONS (section Disaster relief)]');
    expect(corpus.cite(PAGE, { style: style as `<${string}` })).toBe(`${ORG}: NATO’s relations with the United Nations`);
  });

  test('text that is not a CSL style is a LexiconError', () => {
    expect(() => corpus.cite(PAGE, { style: '<html></html>' })).toThrow(/not a CSL style/);
    expect(() => corpus.cite(PAGE, { style: `<style>${' '.repeat(600 * 1024)}</style>` })).toThrow(/at most/);
  });
});

describe('exports', () => {
  test('csl-json: the page under its readable key, bibliographic fields only (no curator note)', () => {
    const stub = JSON.parse(corpus.cite('source.unscr-1325', { style: 'csl-json' }));
    expect(stub).toEqual({
      id: 'nato-unscr-1325',
      type: 'webpage',
      title: 'NATO’s implementation of UNSCR 1325',
      author: [{ literal: ORG }],
    });
    expect(corpus.sources.find((source) => source.id === 'source.unscr-1325')?.note).toBeDefined();
    expect(JSON.parse(corpus.cite(DISASTER_RELIEF, { style: 'csl-json' }))).toEqual(JSON.parse(corpus.cite(PAGE, { style: 'csl-json' })));
  });

  test('bibtex: ASCII, capitals braced word by word, institutional author braced, n.d. as a note', () => {
    const entry = corpus.cite(PAGE, { style: 'bibtex' });
    expect(entry).toBe(
      [
        '@misc{nato-un,',
        `  author = {{${ORG}}},`,
        '  title = {{NATO}{\\textquoteright}s relations with the {United} {Nations}},',
        '  note = {n.d.}',
        '}',
      ].join('\n'),
    );
    expect(entry).toMatch(/^[\x20-\x7e\n]*$/);
  });

  test('bibtex escapes & % $ # _ { } ~ ^ \\ and keeps braces balanced', () => {
    const entry = fixtures.cite('source.fixture.dated', { style: 'bibtex' });
    expect(entry).toContain(
      '  title = {{A} dated page with specials: 100\\% {R}\\&{D}\\_1 \\{x\\} \\#2 \\$3 {\\textasciitilde}4 {\\textasciicircum}5 {\\textbackslash}6},',
    );
    expect(entry).toContain(`  author = {{${ORG}} and Doe, Jane Q.},`);
    expect(entry).toContain('  url = {https://example.org/dated},');
    expect(entry).toContain('  urldate = {2024-01-15}');
    const depth = [...entry.replace(/\\[{}]/g, '')].reduce((open, char) => (char === '{' ? open + 1 : char === '}' ? open - 1 : open), 0);
    expect(depth).toBe(0);
  });

  test('ris: one record per page, institutional author as one name', () => {
    expect(corpus.cite(DISASTER_RELIEF, { style: 'ris' })).toBe(
      ['TY  - ELEC', 'ID  - nato-un', `AU  - ${ORG}`, 'TI  - NATO’s relations with the United Nations', 'ER  - '].join('\n'),
    );
    expect(fixtures.cite('source.fixture.dated', { style: 'ris' })).toContain('AU  - Doe, Jane Q.\n');
    expect(fixtures.cite('source.fixture.dated', { style: 'ris' })).toContain('DA  - 2014/09/03/\nUR  - https://example.org/dated\nY2  - 2024/01/15/\n');
  });

  test('pandoc: the key with the section as a braced locator, or the lead paragraph', () => {
    expect(corpus.cite(PAGE, { style: 'pandoc' })).toBe('[@nato-un]');
    expect(corpus.cite(DISASTER_RELIEF, { style: 'pandoc' })).toBe('[@nato-un, sec. {Disaster relief}]');
    expect(corpus.cite(LEAD_PARAGRAPH, { style: 'pandoc' })).toBe('[@nato-un, para. {2}]');
  });
});

describe('keys and titles', () => {
  test('every bundled page has a readable key', () => {
    const keys = corpus.sources.map((source) => JSON.parse(corpus.cite(source.id, { style: 'csl-json' })).id);
    expect(keys).toEqual(['nato-index', 'nato-ukraine', 'nato-un', 'nato-unified-protector', 'nato-unscr-1325', 'nato-uzbekistan']);
  });

  test('no title guessed from mojibake and no "›" in any citation', () => {
    expect(corpus.cite('source.ukraine')).toBe(`${ORG}, “NATO’s Relations with Ukraine,” n.d.`);
    for (const snippet of corpus.snippets.filter((candidate) => candidate.role !== 'stub')) {
      expect(corpus.cite(snippet.id)).not.toContain('›');
    }
  });
});

describe('errors', () => {
  test('"has moved" stubs are not citable; their page is', () => {
    expect(() => corpus.cite('snippet.unscr-1325.stub')).toThrow(/has moved/);
    expect(corpus.cite('source.unscr-1325')).toContain('NATO’s Implementation of UNSCR 1325');
  });

  test('unknown ids, ids of other kinds, unknown styles and forms are LexiconErrors', () => {
    expect(() => corpus.cite('snippet.nope')).toThrow(LexiconError);
    expect(() => fixtures.cite('acronym.fixture.deep')).toThrow(/only snippets and sources/);
    expect(() => corpus.cite(undefined as unknown as string)).toThrow(LexiconError);
    expect(() => corpus.cite(PAGE, { style: 'mla' as never })).toThrow(/unknown style/);
    expect(() => corpus.cite(PAGE, { form: 'footnote' as never })).toThrow(/unknown form/);
  });
});
